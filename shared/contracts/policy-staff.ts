/** What department staff do with policies: publish, preview the reach, list matching enterprises, read the report. */
import { z } from 'zod';
import { defineContract } from '../contract';
import { eligibilitySchema } from '../policy/eligibility';
import { policySchema } from '../policy/policy';
import { enterpriseMatchRowSchema, policyReportSchema, policySummarySchema, pushRunResultSchema } from './policy-views';

export const policyIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, '政策编号由小写字母、数字和连字符组成');

/** A policy as staff submit it: the version and status are the function's business. */
export const policyDraftSchema = policySchema.omit({ version: true, status: true });

/** Staff lists page through the enterprise base; a cursor is the last credit code looked at. */
const cursorSchema = z.string().regex(/^[0-9A-Z]{18}$/, '分页游标无效，请从第一页重新查询');

export const policyStaffContracts = {
  'policies.publish': defineContract({
    fn: 'policy',
    action: 'policies.publish',
    input: policyDraftSchema,
    output: z.object({
      policy: policySummarySchema,
      /** True for a new policy id; false when this publishes a new version of an existing one. */
      created: z.boolean(),
      /** The push started on publishing (a few seconds' worth; the timer continues a large one from its checkpoint). */
      push: pushRunResultSchema,
    }),
    roles: ['staff'],
    summary: '发布惠企政策（同一编号再次发布即为新版本）；适用条件为结构化表达式；发布即开始推送给新符合的企业（量大时由定时任务从断点继续）',
  }),
  'policies.preview': defineContract({
    fn: 'policy',
    action: 'policies.preview',
    input: z.object({ eligibility: eligibilitySchema }).strict(),
    output: z.object({
      asOf: z.string(),
      /** "This would reach N enterprises": those that qualify today. */
      wouldReach: z.number().int(),
      /** Those one criterion short. */
      nearly: z.number().int(),
      /** Enterprises the database pre-filter let through and that were evaluated exactly. */
      scanned: z.number().int(),
      /** A few enterprises that would be reached (qualifying first). */
      examples: z.array(enterpriseMatchRowSchema),
    }),
    roles: ['staff'],
    summary: '发布前预览：按适用条件在企业库中试算，「将送达 N 家企业」，另有差一项的数量和几个示例',
  }),
  'match.forPolicy': defineContract({
    fn: 'policy',
    action: 'match.forPolicy',
    input: z
      .object({
        policyId: policyIdSchema,
        outcome: z.enum(['qualifies', 'nearly']).default('qualifies'),
        cursor: cursorSchema.optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({
      policy: policySummarySchema,
      asOf: z.string(),
      items: z.array(enterpriseMatchRowSchema),
      /** Pass back as `cursor` for the next page; null on the last page. */
      nextCursor: z.string().nullable(),
    }),
    roles: ['staff'],
    summary: '符合某项政策的企业（或差一项的企业），分页；数据库预筛选加逐条精确判断，不整库读取',
  }),
  'policies.report': defineContract({
    fn: 'policy',
    action: 'policies.report',
    input: z.object({ policyId: policyIdSchema }).strict(),
    output: policyReportSchema,
    roles: ['staff'],
    summary: '政策送达报告：符合并推送的企业数、订阅消息送达、转站内信、待重试、已屏蔽、已读、提出异议，及异议明细',
  }),
} as const;
