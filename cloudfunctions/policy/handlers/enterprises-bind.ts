import type { policyContracts } from '@shared/contracts/policy';
import { sameIdentity } from '@shared/enterprise/binding';
import { AppError } from '@shared/errors';
import { randomBytes } from 'node:crypto';
import { enforceRateLimit } from '../../_runtime/rate-limit';
import { requireUser, type Handler } from '../../_runtime/router';
import { localMarketRegistration } from '../sharing/market-registration';
import { bindingRequestView, createBindingRequest, pendingRequestOf, type BindingRequestDoc } from '../store/binding-requests';
import { findEnterprise } from '../store/enterprises';
import { bindMember, identityOf, linksView, realNameOf, relationLabel } from '../store/members';

const AGENTS_USE_CODES = '经办人不能自行绑定企业：请企业的法定代表人在「经办人授权」中为您生成授权码，再在「绑定企业」页填写授权码。';

/**
 * Binds the caller as the enterprise's legal representative — at once only when the name and ID number on their
 * profile match the legal representative in market-registration data. Otherwise the bind becomes a binding request
 * that 市场监管 staff (or the enterprise's bound legal representative) decide; until then the caller gets nothing.
 */
export const bindEnterprise: Handler<(typeof policyContracts)['enterprises.bind']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  if (input.role === 'agent') throw new AppError('FORBIDDEN', AGENTS_USE_CODES);
  const role = relationLabel('legal_representative');
  // Every attempt counts, matched or not: the limit also stops trying enterprise after enterprise.
  await enforceRateLimit(ctx, 'bindRequests');
  const existing = await findEnterprise(ctx.db, input.creditCode);
  const registration = await localMarketRegistration(ctx.db).legalRepresentativeOf(input.creditCode);
  const nameOnRecord = registration?.enterpriseName ?? existing?.name;
  if (nameOnRecord && nameOnRecord !== input.name) {
    throw new AppError('CONFLICT', '企业名称与登记的名称不一致，请按营业执照上的名称填写。', { field: 'name' });
  }
  const alreadyBound = existing?.members?.find((m) => m.openid === openid && m.relation === 'legal_representative');
  if (existing && alreadyBound) {
    return { outcome: { value: 'bound', label: '已绑定' }, request: null, creditCode: existing._id, name: existing.name, role, created: false, enterprises: linksView(user.enterprises) };
  }

  const identity = await identityOf(ctx.db, openid);
  if (registration && identity && sameIdentity(identity, registration)) {
    const now = new Date();
    const member = { openid, relation: 'legal_representative' as const, name: identity.name, boundAt: now };
    const bound = await bindMember(ctx.db, input.creditCode, registration.enterpriseName, member, now, registration.name);
    ctx.log.info('enterprise_bound', { creditCode: input.creditCode, openid, how: 'registration_match' });
    return { outcome: { value: 'bound', label: '已绑定' }, request: null, creditCode: input.creditCode, name: bound.enterprise.name, role, created: bound.created, enterprises: linksView(bound.links) };
  }

  const why = !registration
    ? '未查到这家企业的市场主体登记信息，需由市场监管部门人工核对。'
    : !identity
      ? '您还没有在「我的—个人信息」中填写姓名和身份证号，无法与登记的法定代表人自动核对，需由市场监管部门人工核对。'
      : '您的实名信息与这家企业登记的法定代表人不一致，需由市场监管部门或企业的法定代表人核对。';
  const pending = await pendingRequestOf(ctx.db, openid, input.creditCode);
  const request: BindingRequestDoc = pending ?? {
    _id: `br-${randomBytes(8).toString('hex')}`,
    creditCode: input.creditCode,
    enterpriseName: input.name,
    requesterOpenid: openid,
    requesterName: identity?.name ?? (await realNameOf(ctx.db, openid)) ?? '未实名用户',
    relation: 'legal_representative',
    status: 'pending',
    why,
    reason: null,
    decidedByOpenid: null,
    decidedBy: null,
    createdAt: new Date(),
    decidedAt: null,
  };
  if (!pending) {
    await createBindingRequest(ctx.db, request);
    ctx.log.info('binding_requested', { creditCode: input.creditCode, requestId: request._id });
  }
  return {
    outcome: { value: 'requested', label: '已提交绑定申请，等待审核' },
    request: bindingRequestView(request),
    creditCode: input.creditCode,
    name: input.name,
    role,
    created: false,
    enterprises: linksView(user.enterprises),
  };
};
