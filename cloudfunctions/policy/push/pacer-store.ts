/**
 * `policy_push_pacer`: the send window every push run shares (_id = 'subscribe'). `reservedUntil` is the last send
 * instant some run has reserved (runs reserve instants in small batches, never closer than 1/R apart); `recent` are
 * the instants the last R sends actually started, so a run that starts cannot send more than R in any second with
 * the ones before it. Every change is compare-and-set on `version`, so concurrent runs never reserve the same instant.
 */
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import { COLLECTIONS } from '../../collections';

export const PACER_ID = 'subscribe';

export interface PacerState {
  /** Milliseconds since the epoch; 0 when nothing was ever reserved. */
  reservedUntil: number;
  /** Milliseconds since the epoch, ascending, at most R of them. */
  recent: number[];
}

interface PacerDoc extends PacerState {
  _id: string;
  version: number;
  updatedAt: Date;
}

const isDuplicate = (error: unknown) => /DuplicateWrite|duplicate/i.test(String((error as Error)?.message ?? error));

/**
 * Applies `change` to the shared state and answers what was written. `change` may run more than once (another run
 * wrote in between): it must be a pure function of the state it is given.
 */
export async function updatePacer(db: Database, change: (state: PacerState) => PacerState): Promise<PacerState> {
  const collection = db.collection(COLLECTIONS.policyPushPacer);
  for (;;) {
    const doc = await getById<PacerDoc>(db, COLLECTIONS.policyPushPacer, PACER_ID);
    const next = change({ reservedUntil: doc?.reservedUntil ?? 0, recent: doc?.recent ?? [] });
    if (!doc) {
      try {
        await collection.add({ _id: PACER_ID, version: 1, ...next, updatedAt: new Date() });
        return next;
      } catch (error) {
        if (isDuplicate(error)) continue;
        throw error;
      }
    }
    const res = await collection.where({ _id: PACER_ID, version: doc.version }).update({ version: doc.version + 1, ...next, updatedAt: new Date() });
    if ((res.updated ?? 0) > 0) return next;
  }
}

/** The last `rate` of two ascending lists of instants, as one ascending list (both kept: they are different sends). */
export function mergeRecent(a: number[], b: number[], rate: number): number[] {
  return [...a, ...b].sort((x, y) => x - y).slice(-Math.max(1, Math.floor(rate)));
}
