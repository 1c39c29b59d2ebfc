import type { AppealReason, AppealState } from '@shared/review/appeals';
import type { Channel } from '@shared/review/indicators';
import type { FixRating, Level } from '@shared/review/levels';
import type { EscalationReason, RectificationState } from '@shared/review/rectification';
import type { Stage } from '@shared/review/window';
import type { CaseSourceName } from '../sources/types';

/** One document of `review_ratings` (_id = ratingKey). Never updated except `excluded`/`rectificationId`. */
export interface StoredRating {
  _id: string;
  source: CaseSourceName;
  caseId: string;
  caseNumber: string;
  itemCode: string;
  itemVersion: string;
  itemName: string;
  department: string;
  regionCode: string;
  regionName: string;
  theme: string;
  themeName: string;
  channel: Channel;
  served: { kind: 'staff' | 'helper'; id: string; name: string | null } | null;
  stage: Stage;
  level: Level;
  indicators: Record<string, Level>;
  comment: string | null;
  photos: string[];
  raterOpenid: string;
  raterName: string | null;
  realName: boolean;
  createdAt: Date;
  excluded: boolean;
  exclusion: { appealId: string; at: Date } | null;
  rectificationId: string | null;
}

export interface StoredRectification {
  _id: string;
  ratingId: string;
  caseNumber: string;
  department: string;
  level: Level;
  comment: string | null;
  raterOpenid: string;
  raterName: string | null;
  realName: boolean;
  state: RectificationState;
  version: number;
  dueDate: string;
  dueAt: Date;
  firstDueAt: Date;
  firstClosedAt: Date | null;
  closedAt: Date | null;
  reopenCount: number;
  escalation: { reason: EscalationReason; at: Date } | null;
  overdue: { at: Date } | null;
  verification: { note: string | null; at: Date; byOpenid: string } | null;
  handling: { kind: 'rectify' | 'explain'; text: string; at: Date; byOpenid: string } | null;
  callbacks: { reached: boolean; note: string; at: Date; byOpenid: string }[];
  fixRating: { value: FixRating; at: Date } | null;
  history: { event: string; at: Date; note: string | null }[];
  createdAt: Date;
}

export interface StoredAppeal {
  _id: string;
  ratingId: string;
  department: string;
  reason: AppealReason;
  explanation: string;
  evidence: string[];
  byOpenid: string;
  state: AppealState;
  decision: { note: string; at: Date; byOpenid: string } | null;
  createdAt: Date;
}

export interface StoredReminder {
  _id: string;
  openid: string;
  source: CaseSourceName;
  caseId: string;
  caseNumber: string;
  at: Date;
}
