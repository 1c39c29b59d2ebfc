/** What the coordinator (帮办调度) and the staff acting on a 委托书 do. */
import { z } from 'zod';
import { defineContract } from '../contract';
import { areaCodeSchema, requestIdSchema, verifyHelperInput } from './help-inputs';
import { authorizationViewSchema, helperCandidateSchema, helperProfileSchema, helpRequestDetailSchema, helpRequestSummarySchema } from './help-views';
import { HELP_STATES } from '../help/states';
import { HELPER_STATUSES } from '../help/matching';
import { REPLY_RATINGS } from '../feedback/feedback';
import { isoDateTime, pageInput } from './common';
import { freeText } from '../values';

export const COORDINATOR_FILTERS = ['attention', 'open', 'active', 'awaiting_callback', 'finished', 'all'] as const;

export const helpCoordinationContracts = {
  'requests.listForCoordinator': defineContract({
    fn: 'help',
    action: 'requests.listForCoordinator',
    input: z
      .object({
        /** attention: escalated or overdue and not finished; awaiting_callback: finished without a successful 回访. */
        filter: z.enum(COORDINATOR_FILTERS).default('attention'),
        regionCode: areaCodeSchema.optional(),
        ...pageInput,
      })
      .strict(),
    output: z.object({
      items: z.array(helpRequestSummarySchema),
      nextCursor: z.string().nullable(),
      counts: z.object({ attention: z.number().int(), open: z.number().int(), active: z.number().int(), awaitingCallback: z.number().int() }),
    }),
    roles: ['coordinator'],
    summary: '调度台：超时未接单和逾期的在前，其余按预约时间；附各分类数量（联系方式脱敏）',
  }),
  'requests.assign': defineContract({
    fn: 'help',
    action: 'requests.assign',
    input: z.object({ id: requestIdSchema, helperOpenid: z.string().min(1).max(128), note: freeText('备注', { max: 200 }).optional() }).strict(),
    output: helpRequestDetailSchema,
    roles: ['coordinator'],
    summary: '调度员派单或改派给一位已认证、服务区域和能力都匹配的帮办员',
  }),
  'requests.recordCallback': defineContract({
    fn: 'help',
    action: 'requests.recordCallback',
    input: z
      .object({
        id: requestIdSchema,
        reached: z.boolean(),
        satisfaction: z.enum(REPLY_RATINGS).optional(),
        note: freeText('备注', { max: 500 }).optional(),
      })
      .strict()
      .refine((v) => !v.reached || v.satisfaction !== undefined, { message: '联系上了请记录满意程度', path: ['satisfaction'] })
      .refine((v) => v.reached || (v.note?.length ?? 0) > 0, { message: '没有联系上请写明情况（如：电话无人接听）', path: ['note'] }),
    output: helpRequestDetailSchema,
    roles: ['coordinator'],
    summary: '调度员记录办结（终止）后的回访：联系上了记满意度，没联系上可再次回访',
  }),
  'authorizations.check': defineContract({
    fn: 'help',
    action: 'authorizations.check',
    input: z.object({ number: z.string().trim().regex(/^BB\d{8}-[0-9A-Z]{5}$/, '请填写正确的帮办编号，如 BB20260105-7K2QD') }).strict(),
    output: z.object({
      number: z.string(),
      state: z.enum(HELP_STATES),
      stateLabel: z.string(),
      principal: z.string(),
      agent: z.object({ name: z.string().nullable(), status: z.enum(HELPER_STATUSES).nullable(), organisation: z.string().nullable() }).nullable(),
      authorization: authorizationViewSchema,
      checkedAt: isoDateTime,
    }),
    roles: ['staff', 'coordinator'],
    summary: '窗口工作人员核验代办委托书：委托人、受托帮办员、事项、权限、有效期是否有效（完整显示并留痕）',
  }),
  'helpers.verify': defineContract({
    fn: 'help',
    action: 'helpers.verify',
    input: verifyHelperInput,
    output: helperProfileSchema,
    roles: ['coordinator'],
    summary: '调度员认证帮办员（身份、服务类型、特殊需求能力、服务区域、服务时间），授予帮办员角色；或暂停其资格（须写原因，其在办申请转调度员改派）',
  }),
  'helpers.list': defineContract({
    fn: 'help',
    action: 'helpers.list',
    input: z
      .object({
        status: z.enum(HELPER_STATUSES).optional(),
        regionCode: areaCodeSchema.optional(),
        /** Rank as candidates for this request: matching first, then available in its window, then least busy. */
        forRequestId: requestIdSchema.optional(),
      })
      .strict(),
    output: z.object({ items: z.array(helperCandidateSchema) }),
    roles: ['coordinator'],
    summary: '帮办员名单（身份信息脱敏）；指定申请时按是否匹配、预约时间是否有空、在办数量排序，用于派单',
  }),
} as const;

export const helperSelfContracts = {
  'helpers.me': defineContract({
    fn: 'help',
    action: 'helpers.me',
    input: z.object({}).strict(),
    output: z.object({ profile: helperProfileSchema.nullable(), message: z.string().nullable() }),
    roles: ['helper'],
    summary: '帮办员本人的认证状态、服务类型、区域、服务时间和在办数量（未认证时说明如何认证）',
  }),
} as const;
