/**
 * Who may act for an enterprise (issue 11): binding requests checked by 市场监管 or the legal representative,
 * 经办人 authorised by the legal representative (scope, expiry, one-time code), removal and unbinding.
 * Merged into the `policy` group (shared/contracts/policy.ts).
 */
import { z } from 'zod';
import { defineContract } from '../contract';
import { creditCodeSchema } from '../enterprise/profile';
import { AGENT_SCOPES, AUTH_CODE_ALPHABET, AUTH_CODE_LENGTH, BINDING_REQUEST_STATUSES } from '../enterprise/binding';
import { isoDateTime, openidSchema } from './common';
import { everyone, labelled } from './policy-views';
import { dateSchema, freeText, name, type DateRange } from '../values';

/** An agent's authorisation ends today at the earliest and within three years (then the legal representative renews it). */
const AUTHORIZATION_EXPIRY: DateRange = { earliest: { daysFromToday: 0 }, latest: { monthsFromToday: 36 } };

const RELATIONS = ['legal_representative', 'agent'] as const;
const requestIdSchema = z.string().regex(/^br-[a-z0-9-]{6,64}$/, '申请编号无效，请刷新后重试');
const authorizationIdSchema = z.string().regex(/^au-[a-z0-9-]{6,64}$/, '授权编号无效，请刷新后重试');

export const bindingRequestViewSchema = z.object({
  id: z.string(),
  creditCode: z.string(),
  enterpriseName: z.string(),
  /** Masked (赵*国): lists never show a whole name. */
  requesterName: z.string(),
  role: labelled(RELATIONS),
  status: labelled(BINDING_REQUEST_STATUSES),
  /** Why it was not bound at once, in plain words. */
  why: z.string(),
  /** The refusal reason (or a note on approval); null while pending. */
  reason: z.string().nullable(),
  /** '市场监督管理局' or '法定代表人'; null while pending. */
  decidedBy: z.string().nullable(),
  createdAt: isoDateTime,
  decidedAt: isoDateTime.nullable(),
});
export type BindingRequestView = z.infer<typeof bindingRequestViewSchema>;

export const memberViewSchema = z.object({
  openid: z.string(),
  name: z.string(),
  role: labelled(RELATIONS),
  /** Agents: what they may do; legal representatives: everything. */
  scopes: z.array(labelled(AGENT_SCOPES)),
  /** Agents: last day of the authorisation (inclusive); null for legal representatives. */
  expiresOn: z.string().nullable(),
  expired: z.boolean(),
  isMe: z.boolean(),
});

export const authorizationViewSchema = z.object({
  id: z.string(),
  agentName: z.string(),
  scopes: z.array(labelled(AGENT_SCOPES)),
  expiresOn: z.string(),
  /** Until when the code can be redeemed. */
  codeValidUntil: isoDateTime,
});

const membersOutput = z.object({
  creditCode: z.string(),
  name: z.string(),
  /** The caller's own relation; only a legal representative may authorise and remove. */
  myRole: labelled(RELATIONS),
  canManage: z.boolean(),
  members: z.array(memberViewSchema),
  /** Codes issued and not yet redeemed (the code itself is shown only once, when issued). */
  authorizations: z.array(authorizationViewSchema),
});

const linksOutput = z.array(z.object({ creditCode: z.string(), name: z.string(), role: labelled(RELATIONS) }));

const codeSchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase().replace(/[\s-]/g, ''))
  .refine((code) => code.length === AUTH_CODE_LENGTH && [...code].every((c) => AUTH_CODE_ALPHABET.includes(c)), {
    message: `授权码是${AUTH_CODE_LENGTH}位字母和数字，请按法定代表人给您的授权码填写`,
  });

export const enterpriseBindingContracts = {
  'bindingRequests.mine': defineContract({
    fn: 'policy',
    action: 'bindingRequests.mine',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(bindingRequestViewSchema) }),
    roles: everyone,
    summary: '我提交的企业绑定申请及其状态（待审核/已通过/未通过及原因/已撤回），新的在前',
  }),
  'bindingRequests.withdraw': defineContract({
    fn: 'policy',
    action: 'bindingRequests.withdraw',
    input: z.object({ id: requestIdSchema }).strict(),
    output: bindingRequestViewSchema,
    roles: everyone,
    summary: '撤回我的待审核绑定申请',
  }),
  'bindingRequests.list': defineContract({
    fn: 'policy',
    action: 'bindingRequests.list',
    input: z.object({ creditCode: creditCodeSchema.optional(), status: z.enum(BINDING_REQUEST_STATUSES).default('pending') }).strict(),
    output: z.object({ items: z.array(bindingRequestViewSchema) }),
    roles: everyone,
    summary: '待审核的企业绑定申请：市场监管部门工作人员看全部，法定代表人看本企业的',
  }),
  'bindingRequests.decide': defineContract({
    fn: 'policy',
    action: 'bindingRequests.decide',
    input: z
      .object({
        id: requestIdSchema,
        decision: z.enum(['approve', 'refuse'], { error: '请选择通过或不通过' }),
        reason: freeText('理由', { max: 200, maxMessage: '理由不超过200个字' }).default(''),
      })
      .strict()
      .refine((input) => input.decision === 'approve' || input.reason.length >= 4, { message: '不通过时请写明理由，至少4个字', path: ['reason'] }),
    output: bindingRequestViewSchema,
    roles: everyone,
    summary: '市场监管部门工作人员或本企业法定代表人审核绑定申请：通过即绑定，不通过须写明理由（申请人可见）',
  }),
  'members.list': defineContract({
    fn: 'policy',
    action: 'members.list',
    input: z.object({ creditCode: creditCodeSchema }).strict(),
    output: membersOutput,
    roles: everyone,
    summary: '经办人授权：本企业绑定的所有人（身份、授权范围、到期日）和尚未使用的授权码；仅本企业绑定的人可看',
  }),
  'members.authorize': defineContract({
    fn: 'policy',
    action: 'members.authorize',
    input: z
      .object({
        creditCode: creditCodeSchema,
        agentName: name('经办人姓名', { min: 2, minMessage: '请填写经办人的真实姓名', max: 30, maxMessage: '姓名不超过30个字' }),
        scopes: z.array(z.enum(AGENT_SCOPES)).min(1, '请至少选择一项授权范围'),
        expiresOn: dateSchema('授权到期日', AUTHORIZATION_EXPIRY),
      })
      .strict(),
    output: authorizationViewSchema.extend({ code: z.string() }),
    roles: everyone,
    summary: '法定代表人授权经办人：指定姓名、授权范围和到期日，得到一次性授权码（72小时内有效），交给经办人在「绑定企业」中填写',
  }),
  'members.redeem': defineContract({
    fn: 'policy',
    action: 'members.redeem',
    input: z.object({ code: codeSchema }).strict(),
    output: z.object({
      creditCode: z.string(),
      name: z.string(),
      scopes: z.array(labelled(AGENT_SCOPES)),
      expiresOn: z.string(),
      enterprises: linksOutput,
    }),
    roles: everyone,
    summary: '经办人填写法定代表人给的授权码，绑定为该企业的授权经办人（姓名须与实名信息一致；授权码只能用一次）',
  }),
  'authorizations.revoke': defineContract({
    fn: 'policy',
    action: 'authorizations.revoke',
    input: z.object({ creditCode: creditCodeSchema, id: authorizationIdSchema }).strict(),
    output: membersOutput,
    roles: everyone,
    summary: '法定代表人作废一个尚未使用的授权码',
  }),
  'members.remove': defineContract({
    fn: 'policy',
    action: 'members.remove',
    input: z.object({ creditCode: creditCodeSchema, openid: openidSchema }).strict(),
    output: membersOutput,
    roles: everyone,
    summary: '法定代表人解除某人与本企业的绑定（经办人授权随即失效）',
  }),
  'members.leave': defineContract({
    fn: 'policy',
    action: 'members.leave',
    input: z.object({ creditCode: creditCodeSchema }).strict(),
    output: z.object({ enterprises: linksOutput }),
    roles: everyone,
    summary: '解除我与这家企业的绑定',
  }),
} as const;
