/**
 * `policy_subscriptions`: the one-time subscribe-message grants a user gave for a template, as the mini-program
 * reported them (_id = openid~templateId). One grant = one message; a send consumes one before it is attempted.
 */
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import { COLLECTIONS } from '../../collections';

const idOf = (openid: string, templateId: string) => `${openid}~${templateId}`;

export async function remainingGrants(db: Database, openid: string, templateId: string): Promise<number> {
  const doc = await getById<{ remaining?: number }>(db, COLLECTIONS.policySubscriptions, idOf(openid, templateId));
  return doc?.remaining ?? 0;
}

export async function addGrants(db: Database, openid: string, templateId: string, granted: number, now: Date): Promise<number> {
  const collection = db.collection(COLLECTIONS.policySubscriptions);
  const id = idOf(openid, templateId);
  const res = await collection.doc(id).update({ remaining: db.command.inc(granted), updatedAt: now });
  if (!res.updated) {
    try {
      await collection.add({ _id: id, openid, templateId, remaining: granted, updatedAt: now });
    } catch {
      // Created by a simultaneous call: add to it instead.
      await collection.doc(id).update({ remaining: db.command.inc(granted), updatedAt: now });
    }
  }
  return remainingGrants(db, openid, templateId);
}

/** Takes one grant if there is one left (conditional, so two sends never spend the same grant). */
export async function takeGrant(db: Database, openid: string, templateId: string): Promise<boolean> {
  const _ = db.command;
  const res = await db
    .collection(COLLECTIONS.policySubscriptions)
    .where({ _id: idOf(openid, templateId), remaining: _.gt(0) })
    .update({ remaining: _.inc(-1) });
  return (res.updated ?? 0) > 0;
}

/** Gives back a grant WeChat did not use (45009: the message was not sent). */
export async function returnGrant(db: Database, openid: string, templateId: string): Promise<void> {
  await db.collection(COLLECTIONS.policySubscriptions).doc(idOf(openid, templateId)).update({ remaining: db.command.inc(1) });
}

/** WeChat says none are left (43101): our count was stale. */
export async function clearGrants(db: Database, openid: string, templateId: string): Promise<void> {
  await db.collection(COLLECTIONS.policySubscriptions).doc(idOf(openid, templateId)).update({ remaining: 0 });
}
