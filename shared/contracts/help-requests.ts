/** Help requests as the requester and the helper see them. */
import { z } from 'zod';
import { defineContract } from '../contract';
import { pageInput, pageOf } from './common';
import { advanceInput, calendarDateSchema, createRequestInput, requestIdSchema } from './help-inputs';
import { helpRequestDetailSchema, helpRequestSummarySchema } from './help-views';
import { freeText } from '../values';

const everyone = ['citizen', 'helper', 'coordinator', 'staff', 'admin'] as const;
const byId = z.object({ id: requestIdSchema }).strict();

export const helpRequestContracts = {
  'requests.create': defineContract({
    fn: 'help',
    action: 'requests.create',
    input: createRequestInput,
    output: helpRequestDetailSchema,
    roles: everyone,
    summary:
      '申请帮办/代办/上门：事项（一件事、办件编号或文字）、预约时间、地区和地址、联系电话、特殊需求、代他人申请（记录其同意）、代办委托书草稿；带 requestId 重试不会重复提交',
  }),
  'requests.get': defineContract({
    fn: 'help',
    action: 'requests.get',
    input: z.object({ id: requestIdSchema, reveal: z.boolean().default(false) }).strict(),
    output: helpRequestDetailSchema,
    roles: everyone,
    summary:
      '一件帮办申请的详情和时间线（申请人、接单帮办员、调度员；符合条件的帮办员可看脱敏版）。接单帮办员看到完整联系方式；申请人和调度员 reveal=true 时完整显示；完整查看均留痕',
  }),
  'requests.listMine': defineContract({
    fn: 'help',
    action: 'requests.listMine',
    input: z.object({ filter: z.enum(['active', 'finished', 'all']).default('all'), ...pageInput }).strict(),
    output: pageOf(helpRequestSummarySchema),
    roles: everyone,
    summary: '我申请的帮办（新的在前，按游标分页，联系方式脱敏）',
  }),
  'requests.cancel': defineContract({
    fn: 'help',
    action: 'requests.cancel',
    input: z.object({ id: requestIdSchema, reason: freeText('原因', { max: 200 }).optional() }).strict(),
    output: helpRequestDetailSchema,
    roles: everyone,
    summary: '申请人撤销申请：帮办员出发上门或开始办理之前都可以撤销',
  }),
  'requests.confirmAuthorization': defineContract({
    fn: 'help',
    action: 'requests.confirmAuthorization',
    input: z
      .object({
        id: requestIdSchema,
        agree: z.literal(true, '请阅读委托书并勾选同意'),
        /** Change the validity before signing, or extend it when renewing (续办委托). */
        validUntil: calendarDateSchema.optional(),
      })
      .strict(),
    output: helpRequestDetailSchema,
    roles: everyone,
    summary: '申请人签署代办委托书（签署后才开放接单）；已签署的可续签、延长有效期（续办委托书）',
  }),
  'requests.listOpen': defineContract({
    fn: 'help',
    action: 'requests.listOpen',
    input: z.object({ ...pageInput }).strict(),
    output: pageOf(helpRequestSummarySchema),
    roles: ['helper'],
    summary: '帮办员可接的申请：只列服务区域、服务类型和特殊需求都匹配的，预约时间最近的在前，联系方式脱敏',
  }),
  'requests.listAssigned': defineContract({
    fn: 'help',
    action: 'requests.listAssigned',
    input: z.object({ filter: z.enum(['active', 'finished', 'all']).default('active'), ...pageInput }).strict(),
    output: pageOf(helpRequestSummarySchema),
    roles: ['helper'],
    summary: '我接的单和派给我的单（进行中的按预约时间排序）',
  }),
  'requests.accept': defineContract({
    fn: 'help',
    action: 'requests.accept',
    input: byId,
    output: helpRequestDetailSchema,
    roles: ['helper'],
    summary: '帮办员接单：多人同时接单只有一人成功，其余得到 CONFLICT「已被其他帮办员接单」；代办须申请人已签署委托书',
  }),
  'requests.advance': defineContract({
    fn: 'help',
    action: 'requests.advance',
    input: advanceInput,
    output: helpRequestDetailSchema,
    roles: everyone,
    summary:
      '推进办理：接单帮办员 出发上门/开始办理/中止（须写原因）/续办/办结（须写办结情况）/终止（须写原因）；调度员可终止；申请人、帮办员、调度员可补充说明',
  }),
} as const;
