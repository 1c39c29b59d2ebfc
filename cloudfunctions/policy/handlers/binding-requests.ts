/** Binding requests: the requester's list and withdrawal; 市场监管 staff's (or the legal representative's) decision. */
import type { policyContracts } from '@shared/contracts/policy';
import { AppError } from '@shared/errors';
import { requireUser, type Handler } from '../../_runtime/router';
import type { UserRecord } from '../../_runtime/users';
import type { Database } from '../../_runtime/cloudbase';
import { localMarketRegistration } from '../sharing/market-registration';
import { bindingRequestView, listBindingRequests, loadBindingRequest, settleBindingRequest, type BindingRequestDoc } from '../store/binding-requests';
import { findEnterprise } from '../store/enterprises';
import { bindMember } from '../store/members';

type Policy = typeof policyContracts;

const isSamrStaff = (user: UserRecord) => user.roles.includes('staff') && user.department === 'samr';

async function isBoundLegalRepresentative(db: Database, user: UserRecord, creditCode: string): Promise<boolean> {
  const enterprise = await findEnterprise(db, creditCode);
  return Boolean(enterprise?.members?.some((m) => m.openid === user._id && m.relation === 'legal_representative'));
}

export const myBindingRequests: Handler<Policy['bindingRequests.mine']> = async (_input, ctx) => {
  const { openid } = requireUser(ctx);
  const docs = await listBindingRequests(ctx.db, { requesterOpenid: openid }, 'desc');
  return { items: docs.map(bindingRequestView) };
};

export const withdrawBindingRequest: Handler<Policy['bindingRequests.withdraw']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const doc = await loadBindingRequest(ctx.db, input.id);
  if (!doc || doc.requesterOpenid !== openid) throw new AppError('NOT_FOUND', '没有找到这份绑定申请。');
  const changes = { status: 'withdrawn' as const, decidedAt: new Date() };
  if (!(await settleBindingRequest(ctx.db, doc._id, changes))) throw new AppError('CONFLICT', '这份申请已经审核完毕，不能撤回了，请刷新查看结果。');
  return bindingRequestView({ ...doc, ...changes });
};

/** 市场监管 staff see every request; a bound legal representative sees those for their enterprises. */
export const listRequestsToDecide: Handler<Policy['bindingRequests.list']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  const where: Record<string, unknown> = { status: input.status };
  if (isSamrStaff(user)) {
    if (input.creditCode) where.creditCode = input.creditCode;
  } else {
    const mine = user.enterprises.filter((l) => l.relation === 'legal_representative').map((l) => l.enterpriseId);
    const codes = input.creditCode ? [input.creditCode] : mine;
    const allowed: string[] = [];
    for (const code of codes) if (await isBoundLegalRepresentative(ctx.db, user, code)) allowed.push(code);
    if (allowed.length === 0) throw new AppError('FORBIDDEN', '只有市场监督管理局的工作人员或企业的法定代表人才能审核绑定申请。');
    where.creditCode = ctx.db.command.in(allowed);
  }
  const docs = await listBindingRequests(ctx.db, where, 'asc');
  return { items: docs.map(bindingRequestView) };
};

export const decideBindingRequest: Handler<Policy['bindingRequests.decide']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const doc = await loadBindingRequest(ctx.db, input.id);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这份绑定申请。');
  const asStaff = isSamrStaff(user);
  if (!asStaff && !(await isBoundLegalRepresentative(ctx.db, user, doc.creditCode))) {
    throw new AppError('FORBIDDEN', '只有市场监督管理局的工作人员或企业的法定代表人才能审核绑定申请。');
  }
  if (doc.requesterOpenid === openid) throw new AppError('FORBIDDEN', '不能审核自己提交的申请。');
  if (doc.status !== 'pending') throw new AppError('CONFLICT', `这份申请已${doc.status === 'withdrawn' ? '被申请人撤回' : '审核完毕'}，请刷新查看。`);
  const now = new Date();
  const changes: Partial<BindingRequestDoc> = {
    status: input.decision === 'approve' ? 'approved' : 'refused',
    reason: input.reason || null,
    decidedByOpenid: openid,
    decidedBy: asStaff ? '市场监督管理局' : '企业法定代表人',
    decidedAt: now,
  };
  if (!(await settleBindingRequest(ctx.db, doc._id, changes))) throw new AppError('CONFLICT', '这份申请刚刚已被处理或撤回，请刷新查看。');
  if (input.decision === 'approve') {
    const registration = await localMarketRegistration(ctx.db).legalRepresentativeOf(doc.creditCode);
    const member = { openid: doc.requesterOpenid, relation: 'legal_representative' as const, name: doc.requesterName, boundAt: now };
    await bindMember(ctx.db, doc.creditCode, registration?.enterpriseName ?? doc.enterpriseName, member, now, registration?.name ?? null);
  }
  ctx.log.info('binding_request_decided', { requestId: doc._id, decision: input.decision, by: changes.decidedBy });
  return bindingRequestView({ ...doc, ...changes } as BindingRequestDoc);
};
