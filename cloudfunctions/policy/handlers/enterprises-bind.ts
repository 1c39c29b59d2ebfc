import type { policyContracts } from '@shared/contracts/policy';
import { ENTERPRISE_RELATION_LABEL } from '@shared/contracts/policy';
import { declareProfile } from '@shared/enterprise/profile';
import { AppError } from '@shared/errors';
import { enforceRateLimit } from '../../_runtime/rate-limit';
import { requireUser, type Handler } from '../../_runtime/router';
import type { EnterpriseLink } from '../../_runtime/users';
import { COLLECTIONS } from '../../collections';
import { createEnterprise, findEnterprise } from '../store/enterprises';

const relation = (role: EnterpriseLink['relation']) => ({ value: role, label: ENTERPRISE_RELATION_LABEL[role] });

/**
 * Binds the caller to an enterprise. The first person creates its profile (credit code and name, self-declared);
 * a later one must give the name on record. Binding twice changes nothing.
 */
export const bindEnterprise: Handler<(typeof policyContracts)['enterprises.bind']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const now = new Date();
  await enforceRateLimit(ctx, 'bindRequests', { now });
  const member = { openid, relation: input.role };
  const existing = await findEnterprise(ctx.db, input.creditCode);
  let created = false;
  if (!existing) {
    created = await createEnterprise(ctx.db, declareProfile({ creditCode: input.creditCode, name: input.name }, now.toISOString()), member, now);
  }
  const current = existing ?? (await findEnterprise(ctx.db, input.creditCode));
  if (!current) throw new AppError('CONFLICT');
  if (current.name !== input.name) {
    throw new AppError('CONFLICT', '企业名称与登记的名称不一致，请按营业执照上的名称填写。', { field: 'name' });
  }
  if (!created && !(current.members ?? []).some((m) => m.openid === openid)) {
    await ctx.db.collection(COLLECTIONS.enterprises).doc(input.creditCode).update({ members: ctx.db.command.push([member]), updatedAt: now });
  }
  const links: EnterpriseLink[] = [
    ...user.enterprises.filter((link) => link.enterpriseId !== input.creditCode),
    { enterpriseId: input.creditCode, name: current.name, relation: input.role },
  ];
  await ctx.db.collection(COLLECTIONS.users).doc(openid).update({ enterprises: ctx.db.command.set(links), updatedAt: now });
  return {
    creditCode: input.creditCode,
    name: current.name,
    role: relation(input.role),
    created,
    enterprises: links.map((link) => ({ creditCode: link.enterpriseId, name: link.name, role: relation(link.relation) })),
  };
};
