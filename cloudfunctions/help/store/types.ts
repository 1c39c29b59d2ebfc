import type { AuthorizationScope } from '@shared/help/authorization';
import type { ConsentMethod, HelperTeam, HelpKind, Relation, SpecialNeed } from '@shared/help/kinds';
import type { TimelineEntry } from '@shared/help/machine';
import type { Availability, HelperStatus } from '@shared/help/matching';
import type { EscalationReason, OverdueReason } from '@shared/help/sla';
import type { HelpState } from '@shared/help/states';

export type About =
  | { type: 'theme'; themeId: string; title: string }
  | { type: 'case'; caseNumber: string; title: string }
  | { type: 'text'; text: string; title: string };

export interface StoredAuthorization {
  matter: string;
  scope: AuthorizationScope[];
  validUntil: string;
  materials: string[];
  textVersion: string;
  confirmedAt: Date | null;
  /** Every signature: the first and each renewal (续办委托书). */
  confirmations: { at: Date; validUntil: string; textVersion: string }[];
}

export interface StoredCallback {
  at: Date;
  byOpenid: string;
  byName: string | null;
  reached: boolean;
  satisfaction: 'satisfied' | 'basically_satisfied' | 'dissatisfied' | null;
  note: string | null;
}

/** One document of `help_requests`. */
export interface StoredHelpRequest {
  _id: string;
  number: string;
  requesterOpenid: string;
  enterprise: { id: string; name: string } | null;
  kind: HelpKind;
  about: About;
  description: string | null;
  window: { from: Date; to: Date };
  regionCode: string;
  /** Every enclosing code, for matching service areas by prefix in one query. */
  regionPath: string[];
  regionName: string;
  streetAddress: string | null;
  contact: { name: string; phone: string };
  beneficiary: { relation: Relation; name: string; phone: string; consent: { method: ConsentMethod; note: string | null; recordedAt: Date } } | null;
  specialNeeds: SpecialNeed[];
  language: string | null;
  disabilityConsent: { version: string; text: string; at: Date } | null;
  authorization: StoredAuthorization | null;
  state: HelpState;
  /** Bumped by every state or ownership change: the condition of every conditional update. */
  version: number;
  helper: { openid: string; name: string | null; team: HelperTeam | null; via: 'accepted' | 'assigned'; since: Date } | null;
  pastHelpers: string[];
  openedAt: Date | null;
  startBy: Date | null;
  dueAt: Date | null;
  startedAt: Date | null;
  completedAt: Date | null;
  ratingInvitedAt: Date | null;
  endedAt: Date | null;
  endReason: string | null;
  escalation: { reason: EscalationReason; at: Date } | null;
  overdue: { reason: OverdueReason; at: Date } | null;
  callbacks: StoredCallback[];
  timeline: TimelineEntry[];
  createdAt: Date;
  updatedAt: Date;
}

export interface StoredHelperHistory {
  at: Date;
  byOpenid: string;
  decision: 'verify' | 'suspend';
  reason: string | null;
}

/** One document of `helpers` (_id = openid). */
export interface StoredHelper {
  _id: string;
  identity: { realName: string; idNumber: string; phone: string };
  team: HelperTeam;
  organisation: string;
  skills: HelpKind[];
  supports: SpecialNeed[];
  languages: string[];
  serviceAreas: string[];
  availability: Availability & { note: string | null };
  status: HelperStatus;
  statusReason: string | null;
  verifiedAt: Date | null;
  verifiedBy: string | null;
  suspendedAt: Date | null;
  history: StoredHelperHistory[];
  createdAt: Date;
  updatedAt: Date;
}
