/**
 * `policy_push_checkpoints`: where the push job is in its pass over each policy (_id = policy id). A pass walks the
 * policy's pre-filtered enterprises in credit-code order; `after` is the last code handled, saved as the run goes,
 * so a run killed by the function timeout is continued by the next one. A finished pass records the day: the
 * timer starts a new pass the next day (profiles change) or at once for a new version.
 */
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import { COLLECTIONS } from '../../collections';

export interface Checkpoint {
  _id: string;
  version: number;
  /** Last credit code handled in the current pass; null at the start of a pass. */
  after: string | null;
  /** Beijing day the last complete pass finished on, for this version. */
  completedOn: string | null;
  updatedAt: Date;
}

export async function loadCheckpoint(db: Database, policyId: string): Promise<Checkpoint | null> {
  return getById<Checkpoint>(db, COLLECTIONS.policyPushCheckpoints, policyId);
}

export async function saveCheckpoint(db: Database, checkpoint: Checkpoint): Promise<void> {
  const { _id, ...rest } = checkpoint;
  await db.collection(COLLECTIONS.policyPushCheckpoints).doc(_id).set(rest);
}
