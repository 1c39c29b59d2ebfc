import { beijingDate } from '@shared/calendar/working-days';
import { AGENT_SCOPE_LABEL, memberRefusal, type AgentScope, type EnterpriseNeed } from '@shared/enterprise/binding';
import { AppError } from '@shared/errors';
import type { Database } from '../_runtime/cloudbase';
import type { UserRecord } from '../_runtime/users';
import { findEnterprise, type EnterpriseDoc, type EnterpriseMember } from './store/enterprises';

const NOT_BOUND = '只有绑定了这家企业的法定代表人或经办人才能查看和办理。如已提交绑定申请，请等待审核通过。';

/**
 * The caller's membership, checked against the enterprise document (the truth: a pending binding request, a
 * removed person or a link left behind gives nothing), the agent's expiry and the scope the action needs.
 */
export async function requireMembership(db: Database, user: UserRecord, creditCode: string, need: EnterpriseNeed): Promise<{ enterprise: EnterpriseDoc; member: EnterpriseMember }> {
  const enterprise = await findEnterprise(db, creditCode);
  const member = enterprise?.members?.find((m) => m.openid === user._id);
  if (!enterprise || !member) throw new AppError('FORBIDDEN', NOT_BOUND);
  const refusal = memberRefusal(member, need, beijingDate(new Date()));
  if (refusal === 'expired') throw new AppError('FORBIDDEN', `您的经办人授权已于 ${member.expiresOn} 到期，请联系企业法定代表人重新授权。`);
  if (refusal === 'scope') {
    throw new AppError('FORBIDDEN', `法定代表人没有授权您办理「${AGENT_SCOPE_LABEL[need as AgentScope]}」，如需办理请联系法定代表人。`);
  }
  return { enterprise, member };
}

/** Staff and admins read any enterprise's profile; anyone else only as a bound person (agents until expiry). */
export async function requireEnterpriseReader(db: Database, user: UserRecord, creditCode: string): Promise<void> {
  if (user.roles.includes('staff') || user.roles.includes('admin')) return;
  await requireMembership(db, user, creditCode, 'read');
}

/** The enterprise's own people only, within the scope the action needs: its inbox, settings and declarations are not staff business. */
export async function requireEnterpriseMember(db: Database, user: UserRecord, creditCode: string, scope: AgentScope): Promise<EnterpriseDoc> {
  return (await requireMembership(db, user, creditCode, scope)).enterprise;
}

/** Only a bound legal representative manages who else is bound. */
export async function requireLegalRepresentative(db: Database, user: UserRecord, creditCode: string): Promise<EnterpriseDoc> {
  const { enterprise, member } = await requireMembership(db, user, creditCode, 'read');
  if (member.relation !== 'legal_representative') throw new AppError('FORBIDDEN', '只有企业的法定代表人才能授权或解除经办人。');
  return enterprise;
}
