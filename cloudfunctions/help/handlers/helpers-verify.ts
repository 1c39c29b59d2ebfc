import type { ParsedInputOf } from '@shared/contract';
import type { helpContracts } from '@shared/contracts/help';
import { fullRegionDirectory } from '@shared/datasets/region-streets';
import { AppError, type FieldIssue } from '@shared/errors';
import { regionCovers } from '@shared/help/regions';
import { COLLECTIONS } from '../../collections';
import { getById } from '../../_runtime/read-all';
import { requireUser, type Handler, type HandlerContext } from '../../_runtime/router';
import { cityRegionPrefix } from '../resolve-input';
import { helperLoads } from '../store/helper-loads';
import { loadHelper } from '../store/helpers';
import type { StoredHelper } from '../store/types';
import { escalateSuspendedHelpersRequests } from '../suspension';
import { helperProfileView } from '../views/helper-view';

type Verify = (typeof helpContracts)['helpers.verify'];
type VerifyInput = Extract<ParsedInputOf<Verify>, { decision: 'verify' }>;

/** Service areas as short codes inside this city; every unknown or outside code is reported. */
function resolveAreas(codes: string[]): string[] {
  const directory = fullRegionDirectory();
  const city = cityRegionPrefix();
  const issues: FieldIssue[] = [];
  const out: string[] = [];
  codes.forEach((raw, i) => {
    const code = directory.normalize(raw);
    if (!code) issues.push({ path: `serviceAreas.${i}`, message: `没有行政区划代码 ${raw}，请从列表中选择` });
    else if (!regionCovers(city, code)) issues.push({ path: `serviceAreas.${i}`, message: `${directory.fullName(code)}不在本市范围内` });
    else if (!out.includes(code)) out.push(code);
  });
  if (issues.length > 0) throw new AppError('VALIDATION_FAILED', `服务区域有 ${issues.length} 处需要修改：${issues[0]!.message}`, { fields: issues });
  return out;
}

async function grantHelperRole(ctx: HandlerContext, openid: string, now: Date): Promise<void> {
  const user = await getById<{ roles?: string[] }>(ctx.db, COLLECTIONS.users, openid);
  if (!user) throw new AppError('NOT_FOUND', '没有找到这个用户：请让对方先打开一次小程序。');
  const roles = Array.isArray(user.roles) ? user.roles : ['citizen'];
  if (!roles.includes('helper')) await ctx.db.collection(COLLECTIONS.users).doc(openid).update({ roles: [...roles, 'helper'], updatedAt: now });
}

async function verify(ctx: HandlerContext, by: string, input: VerifyInput, now: Date): Promise<StoredHelper> {
  const existing = await loadHelper(ctx.db, input.openid);
  const identity = input.identity ?? existing?.identity;
  if (!identity) {
    const message = '首次认证请填写帮办员的真实姓名、身份证号和手机号';
    throw new AppError('VALIDATION_FAILED', message, { fields: [{ path: 'identity', message }] });
  }
  const serviceAreas = resolveAreas(input.serviceAreas);
  await grantHelperRole(ctx, input.openid, now);
  const helper: StoredHelper = {
    _id: input.openid,
    identity,
    team: input.team,
    organisation: input.organisation,
    skills: input.skills,
    supports: input.supports,
    languages: input.languages,
    serviceAreas,
    availability: { ...input.availability, note: input.availability.note ?? null },
    status: 'verified',
    statusReason: null,
    verifiedAt: now,
    verifiedBy: by,
    suspendedAt: null,
    history: [...(existing?.history ?? []), { at: now, byOpenid: by, decision: 'verify', reason: input.note ?? null }],
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  const { _id, ...doc } = helper;
  await ctx.db.collection(COLLECTIONS.helpers).doc(_id).set(doc);
  ctx.log.info('helper_verified', { helper: input.openid, by, skills: input.skills, areas: serviceAreas });
  return helper;
}

async function suspend(ctx: HandlerContext, by: string, openid: string, reason: string, now: Date): Promise<StoredHelper> {
  const existing = await loadHelper(ctx.db, openid);
  if (!existing) throw new AppError('NOT_FOUND', '这位用户还不是帮办员，无需暂停。');
  const helper: StoredHelper = {
    ...existing,
    status: 'suspended',
    statusReason: reason,
    suspendedAt: now,
    history: [...existing.history, { at: now, byOpenid: by, decision: 'suspend', reason }],
    updatedAt: now,
  };
  const { _id, ...doc } = helper;
  await ctx.db.collection(COLLECTIONS.helpers).doc(_id).set(doc);
  const escalated = await escalateSuspendedHelpersRequests(ctx.db, openid, now);
  ctx.log.info('helper_suspended', { helper: openid, by, escalated });
  return helper;
}

/** Verify (or re-verify with changes) a helper and grant the role, or suspend them; never oneself. */
export const verifyHelper: Handler<Verify> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  if (input.openid === openid) throw new AppError('FORBIDDEN', '不能认证或暂停自己，请由其他调度员办理。');
  const now = new Date();
  const helper = input.decision === 'verify' ? await verify(ctx, openid, input, now) : await suspend(ctx, openid, input.openid, input.reason, now);
  const loads = await helperLoads(ctx.db, [helper._id]);
  return helperProfileView(helper, loads.get(helper._id)!);
};
