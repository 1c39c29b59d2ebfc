/**
 * `policy_deliveries`: one document per (policy, enterprise), _id = deliveryId(policyId, creditCode). It is created
 * (status 'pending') BEFORE anything is sent; the create fails on a duplicate _id, so however often the job runs,
 * races or is killed, a pair is sent at most once. A send then moves it to 'sent' or 'inbox' with a conditional
 * update on status 'pending'.
 */
import type { DeliveryDoc, DeliveryStatus } from '@shared/policy/delivery';
import type { Database } from '../../_runtime/cloudbase';
import { COLLECTIONS } from '../../collections';

export type { DeliveryDoc, DeliveryStatus } from '@shared/policy/delivery';

const isDuplicate = (error: unknown) => /DuplicateWrite|duplicate/i.test(String((error as Error)?.message ?? error));

/** Creates the delivery; false when it already exists (delivered, or being delivered, by an earlier run). */
export async function createDelivery(db: Database, doc: DeliveryDoc): Promise<boolean> {
  try {
    await db.collection(COLLECTIONS.policyDeliveries).add(doc);
    return true;
  } catch (error) {
    if (isDuplicate(error)) return false;
    throw error;
  }
}

/** The deliveries among `ids` that exist, by id: one read for a page of candidates instead of one per pair. */
export async function existingDeliveries(db: Database, ids: string[]): Promise<Map<string, DeliveryDoc>> {
  const found = new Map<string, DeliveryDoc>();
  const _ = db.command;
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const { data } = await db.collection(COLLECTIONS.policyDeliveries).where({ _id: _.in(chunk) }).limit(1000).get();
    for (const doc of data as DeliveryDoc[]) found.set(doc._id, doc);
  }
  return found;
}

/** Moves a delivery on from `from`; false when another run got there first. */
export async function settleDelivery(db: Database, id: string, from: DeliveryStatus, changes: Partial<DeliveryDoc>): Promise<boolean> {
  const res = await db.collection(COLLECTIONS.policyDeliveries).where({ _id: id, status: from }).update(changes);
  return (res.updated ?? 0) > 0;
}

/**
 * Deliveries left pending (WeChat said 45009, or a run was killed between creating and sending) whose retry time
 * has come, oldest first, at most `limit`. Whether a run may take one is for push/claims.ts to decide.
 */
export async function pendingDeliveries(db: Database, now: Date, limit: number, policyId?: string): Promise<DeliveryDoc[]> {
  const where: Record<string, unknown> = { status: 'pending', retryAfter: db.command.lte(now) };
  if (policyId) where.policyId = policyId;
  const { data } = await db.collection(COLLECTIONS.policyDeliveries).where(where).orderBy('createdAt', 'asc').limit(Math.min(1000, limit)).get();
  return data as DeliveryDoc[];
}

export async function countDeliveries(db: Database, where: Record<string, unknown>): Promise<number> {
  const res = await db.collection(COLLECTIONS.policyDeliveries).where(where).count();
  return res.total ?? 0;
}
