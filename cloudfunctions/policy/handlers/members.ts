/** 经办人授权: the legal representative lists, authorises (one-time code), revokes and removes; anyone may leave. */
import { beijingDate } from '@shared/calendar/working-days';
import type { policyContracts } from '@shared/contracts/policy';
import { AGENT_SCOPE_LABEL, AGENT_SCOPES, AUTH_CODE_VALID_HOURS, memberRefusal, type AgentScope } from '@shared/enterprise/binding';
import { AppError } from '@shared/errors';
import type { Database } from '../../_runtime/cloudbase';
import { enforceRateLimit } from '../../_runtime/rate-limit';
import { requireUser, type Handler } from '../../_runtime/router';
import type { UserRecord } from '../../_runtime/users';
import { requireLegalRepresentative, requireMembership } from '../access';
import {
  createAuthorization,
  findIssued,
  hashCode,
  newAuthorizationId,
  newCode,
  outstandingAuthorizations,
  settleAuthorization,
  type AuthorizationDoc,
} from '../store/authorizations';
import { findEnterprise, type EnterpriseDoc } from '../store/enterprises';
import { bindMember, linksView, realNameOf, relationLabel, unbindMember } from '../store/members';

type Policy = typeof policyContracts;

const scopesView = (scopes: readonly AgentScope[]) => scopes.map((s) => ({ value: s, label: AGENT_SCOPE_LABEL[s] }));

const authorizationView = (doc: AuthorizationDoc) => ({
  id: doc._id,
  agentName: doc.agentName,
  scopes: scopesView(doc.scopes),
  expiresOn: doc.expiresOn,
  codeValidUntil: new Date(doc.codeValidUntil).toISOString(),
});

async function membersAnswer(db: Database, user: UserRecord, enterprise: EnterpriseDoc) {
  const today = beijingDate(new Date());
  const me = enterprise.members.find((m) => m.openid === user._id)!;
  const canManage = me.relation === 'legal_representative';
  // People bound before names were recorded with the binding (seeded data): their name from their profile.
  const names = new Map<string, string | null>();
  for (const m of enterprise.members) names.set(m.openid, m.name ?? (await realNameOf(db, m.openid)));
  return {
    creditCode: enterprise._id,
    name: enterprise.name,
    myRole: relationLabel(me.relation),
    canManage,
    members: enterprise.members.map((m) => ({
      openid: m.openid,
      name: names.get(m.openid) ?? '（未实名）',
      role: relationLabel(m.relation),
      scopes: scopesView(m.relation === 'legal_representative' ? AGENT_SCOPES : (m.scopes ?? [])),
      expiresOn: m.relation === 'agent' ? (m.expiresOn ?? null) : null,
      expired: memberRefusal(m, 'read', today) === 'expired',
      isMe: m.openid === user._id,
    })),
    authorizations: canManage ? (await outstandingAuthorizations(db, enterprise._id, new Date())).map(authorizationView) : [],
  };
}

export const listMembers: Handler<Policy['members.list']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  const { enterprise } = await requireMembership(ctx.db, user, input.creditCode, 'read');
  return membersAnswer(ctx.db, user, enterprise);
};

export const authorizeAgent: Handler<Policy['members.authorize']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const enterprise = await requireLegalRepresentative(ctx.db, user, input.creditCode);
  const today = beijingDate(new Date());
  if (input.expiresOn < today) {
    throw new AppError('VALIDATION_FAILED', '授权到期日不能早于今天', { fields: [{ path: 'expiresOn', message: '授权到期日不能早于今天' }] });
  }
  const now = new Date();
  const code = newCode();
  const doc: AuthorizationDoc = {
    _id: newAuthorizationId(),
    creditCode: enterprise._id,
    enterpriseName: enterprise.name,
    agentName: input.agentName,
    scopes: [...new Set(input.scopes)],
    expiresOn: input.expiresOn,
    codeHash: hashCode(code),
    codeValidUntil: new Date(now.getTime() + AUTH_CODE_VALID_HOURS * 3600_000),
    status: 'issued',
    issuedByOpenid: openid,
    redeemedByOpenid: null,
    createdAt: now,
    updatedAt: now,
  };
  await createAuthorization(ctx.db, doc);
  ctx.log.info('agent_authorized', { creditCode: enterprise._id, authorizationId: doc._id, scopes: doc.scopes, expiresOn: doc.expiresOn });
  return { ...authorizationView(doc), code };
};

export const redeemAuthorization: Handler<Policy['members.redeem']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  // A redeemed code binds: tries share the binding limit, so codes cannot be guessed by trying.
  await enforceRateLimit(ctx, 'bindRequests', { requestId: null });
  const doc = await findIssued(ctx.db, input.code);
  const now = new Date();
  if (!doc) throw new AppError('NOT_FOUND', '授权码不正确，或已经用过、已被作废。请向企业法定代表人核对。');
  if (new Date(doc.codeValidUntil).getTime() <= now.getTime()) throw new AppError('CONFLICT', '授权码已过期（72小时内有效），请请法定代表人重新生成。');
  if (doc.expiresOn < beijingDate(now)) throw new AppError('CONFLICT', '这份授权的到期日已过，请请法定代表人重新授权。');
  const realName = await realNameOf(ctx.db, openid);
  if (!realName || realName.replace(/\s+/g, '') !== doc.agentName.replace(/\s+/g, '')) {
    throw new AppError('FORBIDDEN', '授权码上的经办人姓名与您的实名信息不一致。请先在「我的—个人信息」核对姓名，或请法定代表人按您的姓名重新授权。');
  }
  const enterprise = await findEnterprise(ctx.db, doc.creditCode);
  if (enterprise?.members?.some((m) => m.openid === openid && m.relation === 'legal_representative')) {
    throw new AppError('CONFLICT', '您已是这家企业的法定代表人，不需要经办人授权。');
  }
  const claimed = await settleAuthorization(ctx.db, doc._id, {}, { status: 'redeemed', redeemedByOpenid: openid, updatedAt: now });
  if (!claimed) throw new AppError('CONFLICT', '授权码刚刚已被使用或作废。');
  const member = { openid, relation: 'agent' as const, scopes: doc.scopes, expiresOn: doc.expiresOn, name: realName, boundAt: now };
  const bound = await bindMember(ctx.db, doc.creditCode, doc.enterpriseName, member, now);
  ctx.log.info('agent_bound', { creditCode: doc.creditCode, authorizationId: doc._id });
  return { creditCode: doc.creditCode, name: bound.enterprise.name, scopes: scopesView(doc.scopes), expiresOn: doc.expiresOn, enterprises: linksView(bound.links) };
};

export const revokeAuthorization: Handler<Policy['authorizations.revoke']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  const enterprise = await requireLegalRepresentative(ctx.db, user, input.creditCode);
  const revoked = await settleAuthorization(ctx.db, input.id, { creditCode: enterprise._id }, { status: 'revoked', updatedAt: new Date() });
  if (!revoked) throw new AppError('CONFLICT', '这个授权码已经用过或已作废；如要取消已绑定的经办人，请在名单中点「解除」。');
  return membersAnswer(ctx.db, user, enterprise);
};

export const removeMember: Handler<Policy['members.remove']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  const enterprise = await requireLegalRepresentative(ctx.db, user, input.creditCode);
  if (input.openid === user._id) throw new AppError('CONFLICT', '要解除您自己的绑定，请点「解除我的绑定」。');
  if (!enterprise.members.some((m) => m.openid === input.openid)) throw new AppError('NOT_FOUND', '这个人已经不在本企业的绑定名单中。');
  await unbindMember(ctx.db, enterprise, input.openid, new Date());
  ctx.log.info('member_removed', { creditCode: enterprise._id, removed: input.openid });
  return membersAnswer(ctx.db, user, enterprise);
};

export const leaveEnterprise: Handler<Policy['members.leave']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const enterprise = await findEnterprise(ctx.db, input.creditCode);
  const linked = user.enterprises.some((l) => l.enterpriseId === input.creditCode);
  if (!enterprise || (!enterprise.members?.some((m) => m.openid === openid) && !linked)) throw new AppError('NOT_FOUND', '您没有绑定这家企业。');
  const links = await unbindMember(ctx.db, enterprise, openid, new Date());
  ctx.log.info('member_left', { creditCode: enterprise._id });
  return { enterprises: linksView(links) };
};
