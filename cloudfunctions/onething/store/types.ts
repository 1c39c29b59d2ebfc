import type { Answers } from '@shared/catalog';
import type { Version } from '@shared/catalog/schema';
import type { StoredHandover } from '@shared/onething/handover';
import type { CaseEventRecord, TaskRecord } from '@shared/onething/machine';
import type { CaseStatus } from '@shared/onething/states';
import type { StoredMaterial } from '@shared/onething/supply';

export type StoredDelivery =
  | { method: 'window' }
  | { method: 'electronic' }
  | { method: 'ems'; address: { recipient: string; phone: string; address: string } };

/** One 一件事 case as stored in `onething_cases`. */
export interface StoredCase {
  _id: string;
  number: string;
  applicantOpenid: string;
  applicantName: string | null;
  requestId: string;
  themeId: string;
  themeName: string;
  /** The version the case was submitted under (the definition is read back with it). */
  themeVersion: Version;
  regionCode: string | null;
  city: { code: string; name: string } | null;
  answers: Answers;
  form: Record<string, unknown>;
  materials: StoredMaterial[];
  delivery: StoredDelivery;
  tasks: TaskRecord[];
  /** The departments with a task here (tasks.list queries it). */
  departments: string[];
  /** Derived from the tasks on every write (kept for queries). */
  status: CaseStatus;
  timeline: CaseEventRecord[];
  withdrawnAt: Date | null;
  completedAt: Date | null;
  /** Set once by the 综合窗口 (results.issue); absent on cases stored before it existed. */
  handover?: StoredHandover | null;
  /** Optimistic concurrency: each write requires the version it read. */
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
