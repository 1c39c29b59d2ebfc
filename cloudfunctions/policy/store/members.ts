/**
 * Binding and unbinding people: the enterprise document's `members` (the truth every access check reads, with
 * agents' scopes and expiry) and the person's `users.enterprises` links (what the app lists) change together.
 */
import { ENTERPRISE_RELATION_LABEL } from '@shared/contracts/policy';
import type { EnterpriseMemberRecord } from '@shared/enterprise/binding';
import { declareProfile, markVerified } from '@shared/enterprise/profile';
import { AppError } from '@shared/errors';
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import type { EnterpriseLink } from '../../_runtime/users';
import { COLLECTIONS } from '../../collections';
import { createEnterprise, findEnterprise, type EnterpriseDoc } from './enterprises';

export const relationLabel = (role: EnterpriseLink['relation']) => ({ value: role, label: ENTERPRISE_RELATION_LABEL[role] });

export const linksView = (links: EnterpriseLink[]) => links.map((link) => ({ creditCode: link.enterpriseId, name: link.name, role: relationLabel(link.relation) }));

/** The real name on the person's profile (collection `profiles`), if they filled it in. */
export async function identityOf(db: Database, openid: string): Promise<{ name: string; idNumber: string } | null> {
  const profile = await getById<{ realName?: string | null; idNumber?: string | null }>(db, COLLECTIONS.profiles, openid);
  if (!profile?.realName || !profile.idNumber) return null;
  return { name: profile.realName, idNumber: profile.idNumber };
}

export async function realNameOf(db: Database, openid: string): Promise<string | null> {
  const profile = await getById<{ realName?: string | null }>(db, COLLECTIONS.profiles, openid);
  if (profile?.realName) return profile.realName;
  const user = await getById<{ name?: string | null }>(db, COLLECTIONS.users, openid);
  return user?.name ?? null;
}

async function setLinks(db: Database, openid: string, change: (links: EnterpriseLink[]) => EnterpriseLink[], now: Date): Promise<EnterpriseLink[]> {
  const user = await getById<{ enterprises?: EnterpriseLink[] }>(db, COLLECTIONS.users, openid);
  const links = change(Array.isArray(user?.enterprises) ? user.enterprises : []);
  await db.collection(COLLECTIONS.users).doc(openid).update({ enterprises: db.command.set(links), updatedAt: now });
  return links;
}

/**
 * Binds `member` to the enterprise, creating its profile when nobody has (registration data, when known, is
 * marked verified by 市场监管). Binding again replaces the person's earlier relation. Answers the person's links.
 */
export async function bindMember(
  db: Database,
  creditCode: string,
  enterpriseName: string,
  member: EnterpriseMemberRecord,
  now: Date,
  registeredLegalRepresentative: string | null = null,
): Promise<{ enterprise: EnterpriseDoc; created: boolean; links: EnterpriseLink[] }> {
  let created = false;
  if (!(await findEnterprise(db, creditCode))) {
    const values = { creditCode, name: enterpriseName, ...(registeredLegalRepresentative ? { legalRepresentative: registeredLegalRepresentative } : {}) };
    const declared = declareProfile(values, now.toISOString());
    const profile = registeredLegalRepresentative
      ? markVerified(declared, ['creditCode', 'name', 'legalRepresentative'], '市场监督管理局', now.toISOString())
      : declared;
    created = await createEnterprise(db, profile, member, now);
  }
  const enterprise = await findEnterprise(db, creditCode);
  if (!enterprise) throw new AppError('CONFLICT');
  if (!created) {
    const members = [...(enterprise.members ?? []).filter((m) => m.openid !== member.openid), member];
    await db.collection(COLLECTIONS.enterprises).doc(creditCode).update({ members: db.command.set(members), updatedAt: now });
    enterprise.members = members;
  }
  const links = await setLinks(
    db,
    member.openid,
    (links) => [...links.filter((l) => l.enterpriseId !== creditCode), { enterpriseId: creditCode, name: enterprise.name, relation: member.relation }],
    now,
  );
  return { enterprise, created, links };
}

/** Unbinds the person: out of `members` (so every check refuses at once) and out of their links. */
export async function unbindMember(db: Database, enterprise: EnterpriseDoc, openid: string, now: Date): Promise<EnterpriseLink[]> {
  const members = (enterprise.members ?? []).filter((m) => m.openid !== openid);
  await db.collection(COLLECTIONS.enterprises).doc(enterprise._id).update({ members: db.command.set(members), updatedAt: now });
  enterprise.members = members;
  return setLinks(db, openid, (links) => links.filter((l) => l.enterpriseId !== enterprise._id), now);
}
