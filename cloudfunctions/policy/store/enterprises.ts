import type { EnterpriseMemberRecord } from '@shared/enterprise/binding';
import type { ClaimMap } from '@shared/enterprise/claims';
import type { EnterpriseProfile } from '@shared/enterprise/profile';
import { toStoredEnterprise, type StoredEnterprise } from '@shared/enterprise/stored';
import { AppError } from '@shared/errors';
import type { PolicyCategory } from '@shared/policy/policy';
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import { COLLECTIONS } from '../../collections';

/** A bound person; agents carry their scopes and expiry (shared/enterprise/binding.ts). */
export type EnterpriseMember = EnterpriseMemberRecord;

/** The `enterprises` document: the stored profile plus what the push job needs at the top level. */
export type EnterpriseDoc = StoredEnterprise & {
  name: string;
  region: string | null;
  /** The people bound to it (they receive its subscribe messages). */
  members: EnterpriseMember[];
  /** Categories it asked not to hear about. */
  mutedCategories?: PolicyCategory[];
  /** Changes the enterprise declared to verified values, waiting for the verifying department. */
  claims?: ClaimMap;
  createdAt?: Date;
  updatedAt?: Date;
};

export async function findEnterprise(db: Database, creditCode: string): Promise<EnterpriseDoc | null> {
  const doc = await getById<Partial<EnterpriseDoc>>(db, COLLECTIONS.enterprises, creditCode);
  return doc?.profile ? (doc as EnterpriseDoc) : null;
}

/** The enterprise's stored profile; NOT_FOUND when nobody has filled one in yet. */
export async function loadEnterprise(db: Database, creditCode: string): Promise<EnterpriseDoc> {
  const doc = await findEnterprise(db, creditCode);
  if (!doc) throw new AppError('NOT_FOUND', '这家企业还没有填写企业档案，请先完善企业信息。');
  return doc;
}

/** The profile with its derived size class, and the top-level copies queries use. */
export function profileFields(profile: EnterpriseProfile, now: Date) {
  const stored = toStoredEnterprise(profile);
  return { profile: stored.profile, derived: stored.derived, name: profile.name, region: profile.region ?? null, updatedAt: now };
}

/** Writes a new profile; `derived` is recomputed from it here and nowhere else. */
export async function saveProfile(db: Database, creditCode: string, profile: EnterpriseProfile, now: Date): Promise<void> {
  // `set` of the nested objects replaces them whole: a field removed from the profile does not linger.
  await db.collection(COLLECTIONS.enterprises).doc(creditCode).update({ ...profileFields(profile, now), profile: db.command.set(profile) });
}

/** Creates the enterprise with its first member; false when it already exists (someone else bound it first). */
export async function createEnterprise(db: Database, profile: EnterpriseProfile, member: EnterpriseMember, now: Date): Promise<boolean> {
  try {
    await db.collection(COLLECTIONS.enterprises).add({ _id: profile.creditCode, ...profileFields(profile, now), members: [member], createdAt: now });
    return true;
  } catch (error) {
    if (/DuplicateWrite|duplicate/i.test(String((error as Error)?.message ?? error))) return false;
    throw error;
  }
}

export const ENTERPRISE_PAGE_FIELDS = { profile: true, name: true, members: true, mutedCategories: true } as const;

/**
 * One page of enterprises passing `where`, in credit-code order after `after` (a cursor, never skip: deep skips
 * get slower with the base). At most 1000 per page (CloudBase's cap).
 */
export async function enterprisePage(db: Database, where: Record<string, unknown>, after: string | null, limit: number): Promise<EnterpriseDoc[]> {
  const _ = db.command;
  const condition = after === null ? where : _.and([where, { _id: _.gt(after) }] as never);
  const { data } = await db
    .collection(COLLECTIONS.enterprises)
    .where(condition as Record<string, unknown>)
    .orderBy('_id', 'asc')
    .limit(Math.min(1000, limit))
    .field(ENTERPRISE_PAGE_FIELDS)
    .get();
  return data as EnterpriseDoc[];
}
