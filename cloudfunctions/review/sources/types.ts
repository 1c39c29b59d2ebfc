import type { Channel } from '@shared/review/indicators';
import type { StageReached } from '@shared/review/window';
import type { Database } from '../../_runtime/cloudbase';

export type CaseSourceName = 'help' | 'onething';
export interface CaseRef {
  source: CaseSourceName;
  id: string;
}

/** Everything a rating records about the case it rates, whatever capability the case comes from. */
export interface CaseFacts extends CaseRef {
  applicantOpenid: string;
  applicantName: string | null;
  number: string;
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
  stages: StageReached[];
  completedAt: Date | null;
}

export interface CaseSource {
  /** The case, or null when it does not exist. */
  load(db: Database, id: string): Promise<CaseFacts | null>;
  /** The person's cases completed at or after `since`. */
  completedFor(db: Database, openid: string, since: Date): Promise<CaseFacts[]>;
  /** Every case completed in [from, to] (for reminders). */
  completedBetween(db: Database, from: Date, to: Date): Promise<CaseFacts[]>;
}
