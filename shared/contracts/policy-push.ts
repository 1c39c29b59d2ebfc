/** Pushes: the job, the enterprise's inbox, subscribe-message grants, muted categories and 免申即享 objections. */
import { z } from 'zod';
import { defineContract } from '../contract';
import { creditCodeSchema } from '../enterprise/profile';
import { POLICY_CATEGORIES } from '../policy/policy';
import { policyIdSchema } from './policy-staff';
import { everyone, inboxItemSchema, labelled, objectionViewSchema, pushRunResultSchema } from './policy-views';
import { freeText } from '../values';

/** A delivery id: `<policyId>~<creditCode>`. */
export const deliveryIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}~[0-9A-Z]{18}$/, '推送记录编号无效');

export const policyPushContracts = {
  'push.run': defineContract({
    fn: 'policy',
    action: 'push.run',
    input: z
      .object({
        /** Only this policy; all open policies when omitted. */
        policyId: policyIdSchema.optional(),
        /** Stop (checkpointing) after this many enterprise–policy pairs; the next run continues. */
        maxPairs: z.number().int().min(1).max(100_000).optional(),
      })
      .strict(),
    output: pushRunResultSchema,
    roles: ['admin'],
    summary: '推送任务（也由每日定时触发）：把每个新符合的「企业-政策」对恰好送达一次；有订阅额度发订阅消息，否则进站内信；可断点续推，限速',
  }),
  'inbox.list': defineContract({
    fn: 'policy',
    action: 'inbox.list',
    input: z
      .object({ creditCode: creditCodeSchema, unreadOnly: z.boolean().default(false), limit: z.number().int().min(1).max(100).default(50) })
      .strict(),
    output: z.object({
      items: z.array(inboxItemSchema),
      unread: z.number().int(),
      /** The categories this enterprise muted. */
      muted: z.array(labelled(POLICY_CATEGORIES)),
      /** The caller's subscribe-message grants for policy pushes: ask for more (requestSubscribeMessage) with this id. */
      subscription: z.object({ templateId: z.string(), remaining: z.number().int() }),
    }),
    roles: everyone,
    summary: '企业的政策消息（推送到本企业的政策、为何符合、免申即享将发放什么和何时），新的在前；仅本企业绑定的用户可看',
  }),
  'inbox.markRead': defineContract({
    fn: 'policy',
    action: 'inbox.markRead',
    input: z.object({ id: deliveryIdSchema }).strict(),
    output: z.object({ id: z.string(), readAt: z.string() }),
    roles: everyone,
    summary: '标记一条政策消息为已读（再次标记不改变首次阅读时间）',
  }),
  'subscriptions.record': defineContract({
    fn: 'policy',
    action: 'subscriptions.record',
    input: z
      .object({
        templateId: z.string().min(1).max(64),
        /** How many one-time grants the user just gave (wx.requestSubscribeMessage answered 'accept'). */
        granted: z.number().int().min(1).max(10),
      })
      .strict(),
    output: z.object({ templateId: z.string(), remaining: z.number().int() }),
    roles: everyone,
    summary: '记录用户同意接收的订阅消息次数（一次性订阅，每次同意可发一条）',
  }),
  'mutes.set': defineContract({
    fn: 'policy',
    action: 'mutes.set',
    input: z
      .object({
        creditCode: creditCodeSchema,
        /** The full list of muted categories (empty: hear about everything). */
        categories: z.array(z.enum(POLICY_CATEGORIES)).max(POLICY_CATEGORIES.length),
      })
      .strict(),
    output: z.object({ creditCode: z.string(), muted: z.array(labelled(POLICY_CATEGORIES)) }),
    roles: everyone,
    summary: '企业设置不再提醒的政策类别（之后的推送跳过这些类别）',
  }),
  'objections.create': defineContract({
    fn: 'policy',
    action: 'objections.create',
    input: z
      .object({
        deliveryId: deliveryIdSchema,
        reason: freeText('异议理由', { min: 5, minMessage: '请写明异议理由，至少5个字', max: 500, maxMessage: '异议理由不超过500个字' }),
      })
      .strict(),
    output: objectionViewSchema,
    roles: everyone,
    summary: '对免申即享结果提出异议（如信息有误、不愿享受），送达发布政策的部门；每条推送只能提一次',
  }),
} as const;
