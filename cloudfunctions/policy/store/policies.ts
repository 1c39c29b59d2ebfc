import type { CalendarDate } from '@shared/enterprise/calendar-date';
import { AppError } from '@shared/errors';
import { isPolicyOpen, policySchema, type Policy } from '@shared/policy/policy';
import type { Database } from '../../_runtime/cloudbase';
import { getById, readAll } from '../../_runtime/read-all';
import { COLLECTIONS } from '../../collections';

/** A stored document parsed again (the eligibility expression is validated and normalised by its schema). */
function parseStored(doc: Record<string, unknown>): Policy | null {
  const { _id, createdAt, updatedAt, publishedBy, ...fields } = doc;
  void _id;
  void createdAt;
  void updatedAt;
  void publishedBy;
  if (fields.payoutBy === null) delete fields.payoutBy;
  const parsed = policySchema.safeParse(fields);
  return parsed.success ? parsed.data : null;
}

/** Published policies whose window includes `today`, ordered by id so answers are stable. */
export async function openPolicies(db: Database, today: CalendarDate): Promise<Policy[]> {
  const docs = await readAll<Record<string, unknown>>(db, COLLECTIONS.policies, { status: 'published' }, { orderBy: ['_id', 'asc'] });
  return docs.map(parseStored).filter((policy): policy is Policy => policy !== null && isPolicyOpen(policy, today));
}

export async function findPolicy(db: Database, id: string): Promise<Policy | null> {
  const doc = await getById<Record<string, unknown>>(db, COLLECTIONS.policies, id);
  return doc ? parseStored(doc) : null;
}

export async function loadPolicy(db: Database, id: string): Promise<Policy> {
  const policy = await findPolicy(db, id);
  if (!policy) throw new AppError('NOT_FOUND', `没有编号为「${id}」的政策。`);
  return policy;
}

/**
 * Stores a published policy: a new id starts at version 1; the same id again is the next version, written only if
 * nobody published another version in between (CONFLICT otherwise).
 */
export async function savePublished(db: Database, policy: Omit<Policy, 'version' | 'status'>, by: string, now: Date): Promise<{ policy: Policy; created: boolean }> {
  const policies = db.collection(COLLECTIONS.policies);
  const existing = await getById<{ version?: number }>(db, COLLECTIONS.policies, policy.id);
  if (!existing) {
    const stored: Policy = { ...policy, version: 1, status: 'published' };
    try {
      await policies.add({ _id: policy.id, ...stored, publishedBy: by, createdAt: now, updatedAt: now });
      return { policy: stored, created: true };
    } catch (error) {
      if (!/DuplicateWrite|duplicate/i.test(String((error as Error)?.message ?? error))) throw error;
      throw new AppError('CONFLICT', '同一编号的政策刚刚被他人发布，请刷新后再试。');
    }
  }
  const version = (existing.version ?? 0) + 1;
  const stored: Policy = { ...policy, version, status: 'published' };
  const { _id, ...rest } = { _id: policy.id, ...stored, publishedBy: by, updatedAt: now };
  void _id;
  // payoutBy may be dropped in a new version: `set` replaces the document's fields wholesale.
  const _ = db.command;
  const res = await policies
    .where({ _id: policy.id, version: existing.version ?? null })
    .update({ ...rest, payoutBy: rest.payoutBy ?? null, eligibility: _.set(rest.eligibility), benefit: _.set(rest.benefit), window: _.set(rest.window) });
  if (!res.updated) throw new AppError('CONFLICT', '该政策刚刚被他人发布了新版本，请刷新后再试。');
  return { policy: stored, created: false };
}
