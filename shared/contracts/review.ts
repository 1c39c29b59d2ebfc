import { z } from 'zod';
import { defineContract } from '../contract';
import { APPEAL_REASONS, APPEAL_STATES } from '../review/appeals';
import { CHANNELS, INDICATORS } from '../review/indicators';
import { FIX_RATINGS, LEVELS } from '../review/levels';
import { RECTIFICATION_STATES } from '../review/rectification';
import { STAGES } from '../review/window';
import { isoDateTime, pageInput, pageOf } from './common';
import { fileIdSchema } from './fields';
import { dateSchema, freeText, PAST_DATE } from '../values';
import { exportRangeProblem, MAX_EXPORT_DAYS } from '../review/export-range';

const everyone = ['citizen', 'helper', 'coordinator', 'staff', 'admin'] as const;
const caseRef = z.object({ source: z.enum(['help', 'onething']), id: z.string().min(1).max(64) }).strict();
const labelled = <T extends readonly [string, ...string[]]>(values: T) => z.object({ value: z.enum(values), label: z.string() });
const department = z.object({ id: z.string(), name: z.string() });

export const ratingSchema = z.object({
  id: z.string(),
  case: z.object({ source: z.enum(['help', 'onething']), id: z.string(), number: z.string(), itemCode: z.string(), itemVersion: z.string(), itemName: z.string() }),
  stage: labelled(STAGES),
  channel: labelled(CHANNELS),
  department,
  region: z.object({ code: z.string(), name: z.string() }),
  /** The staff member or helper who served (masked name). */
  served: z.object({ kind: z.enum(['staff', 'helper']), name: z.string().nullable() }).nullable(),
  level: labelled(LEVELS),
  bad: z.boolean(),
  indicators: z.array(z.object({ name: z.enum(INDICATORS), label: z.string(), level: labelled(LEVELS) })),
  comment: z.string().nullable(),
  photos: z.array(z.string()),
  /** Masked rater name for staff; null for the rater themself or anonymous ratings. */
  rater: z.string().nullable(),
  createdAt: isoDateTime,
  excluded: z.boolean(),
  rectificationId: z.string().nullable(),
});
export type RatingView = z.infer<typeof ratingSchema>;

export const rectificationSchema = z.object({
  id: z.string(),
  ratingId: z.string(),
  caseNumber: z.string(),
  department,
  level: labelled(LEVELS),
  comment: z.string().nullable(),
  rater: z.string().nullable(),
  realName: z.boolean(),
  state: labelled(RECTIFICATION_STATES),
  dueDate: z.string(),
  dueAt: isoDateTime,
  overdue: z.boolean(),
  reopenCount: z.number().int(),
  escalation: z.object({ reason: z.string(), label: z.string(), at: isoDateTime }).nullable(),
  verification: z.object({ note: z.string().nullable(), at: isoDateTime }).nullable(),
  handling: z.object({ kind: z.enum(['rectify', 'explain']), text: z.string(), at: isoDateTime }).nullable(),
  callbacks: z.array(z.object({ reached: z.boolean(), note: z.string(), at: isoDateTime })),
  closedAt: isoDateTime.nullable(),
  fixRating: z.object({ value: z.enum(FIX_RATINGS), label: z.string(), at: isoDateTime }).nullable(),
  history: z.array(z.object({ event: z.string(), at: isoDateTime, note: z.string().nullable() })),
  /** What the caller may do next (button list for the UI). */
  actions: z.array(z.enum(['verify', 'rectify', 'explain', 'callback', 'close', 'rate'])),
});
export type RectificationView = z.infer<typeof rectificationSchema>;

/** One of my ratings with, for a bad one, how its rectification is going. */
export const myRatingSchema = ratingSchema.extend({ rectification: rectificationSchema.nullable() });
export type MyRatingView = z.infer<typeof myRatingSchema>;

export const appealSchema = z.object({
  id: z.string(),
  ratingId: z.string(),
  department,
  reason: labelled(APPEAL_REASONS),
  explanation: z.string(),
  evidence: z.array(z.string()),
  state: labelled(APPEAL_STATES),
  decision: z.object({ note: z.string(), at: isoDateTime }).nullable(),
  createdAt: isoDateTime,
});

const figures = z.object({ count: z.number(), satisfaction: z.number().nullable(), goodRate: z.number().nullable(), bad: z.number() });
const keyed = figures.extend({ key: z.string(), label: z.string() });

export const reviewContracts = {
  'ratings.pending': defineContract({
    fn: 'review',
    action: 'ratings.pending',
    input: z.object({}).strict(),
    output: z.object({
      items: z.array(
        z.object({
          case: caseRef.extend({ number: z.string(), itemName: z.string() }),
          stage: labelled(STAGES),
          channel: labelled(CHANNELS),
          indicators: z.array(z.object({ name: z.enum(INDICATORS), label: z.string() })),
          served: z.object({ kind: z.enum(['staff', 'helper']), name: z.string().nullable() }).nullable(),
          closesAt: isoDateTime,
          remindedAt: isoDateTime.nullable(),
        }),
      ),
    }),
    roles: everyone,
    summary: '我现在可以评价的办件（办结后邀请评价，含评价指标）',
  }),
  'ratings.submit': defineContract({
    fn: 'review',
    action: 'ratings.submit',
    input: z
      .object({
        case: caseRef,
        stage: z.enum(STAGES).default('completed'),
        level: z.enum(LEVELS),
        indicators: z.partialRecord(z.enum(INDICATORS), z.enum(LEVELS)).default({}),
        comment: freeText('评价内容', { max: 500, maxMessage: '评价内容请控制在500字以内' }).optional(),
        photos: z.array(fileIdSchema).max(3, '最多上传3张照片').default([]),
        anonymous: z.boolean().default(false),
      })
      .strict(),
    output: ratingSchema,
    roles: everyone,
    summary: '评价一次办件（每件每环节一次，仅申请人；任何等级都接受，差评自动转整改）',
  }),
  'ratings.listMine': defineContract({
    fn: 'review',
    action: 'ratings.listMine',
    input: z.object({ ...pageInput }).strict(),
    output: pageOf(myRatingSchema),
    roles: everyone,
    summary: '我做过的评价及差评整改进度',
  }),
  'ratings.forDepartment': defineContract({
    fn: 'review',
    action: 'ratings.forDepartment',
    input: z.object({ level: z.enum(LEVELS).optional(), ...pageInput }).strict(),
    output: pageOf(ratingSchema),
    roles: ['staff'],
    summary: '本部门收到的评价（评价人信息脱敏，只读，不能修改或删除）',
  }),
  'rectifications.list': defineContract({
    fn: 'review',
    action: 'rectifications.list',
    /** open: true the unfinished ones, false the finished ones, absent all. */
    input: z.object({ open: z.boolean().optional(), ...pageInput }).strict(),
    output: pageOf(rectificationSchema),
    roles: everyone,
    summary: '差评整改：部门看本部门，管理员看全部（升级的在前），评价人看自己的',
  }),
  'rectifications.get': defineContract({
    fn: 'review',
    action: 'rectifications.get',
    input: z.object({ id: z.string().min(1).max(128) }).strict(),
    output: rectificationSchema,
    roles: everyone,
    summary: '一条差评整改的详情和处理记录（部门看本部门的，管理员看全部，评价人看自己的）',
  }),
  'rectifications.respond': defineContract({
    fn: 'review',
    action: 'rectifications.respond',
    input: z.discriminatedUnion('action', [
      z.object({ id: z.string().min(1), action: z.literal('verify'), note: freeText('核实说明', { max: 500 }).optional() }).strict(),
      z.object({ id: z.string().min(1), action: z.literal('rectify'), text: freeText('整改情况', { min: 5, minMessage: '请写清楚做了哪些整改，至少5个字', max: 1000 }) }).strict(),
      z.object({ id: z.string().min(1), action: z.literal('explain'), text: freeText('解释说明', { min: 5, minMessage: '请写清楚解释说明的理由，至少5个字', max: 1000 }) }).strict(),
      z.object({ id: z.string().min(1), action: z.literal('close') }).strict(),
    ]),
    output: rectificationSchema,
    roles: ['staff'],
    summary: '部门处理差评：核实 → 整改（写明做了什么）或解释说明 → 办结（实名差评须先回访）',
  }),
  'rectifications.recordCallback': defineContract({
    fn: 'review',
    action: 'rectifications.recordCallback',
    input: z.object({ id: z.string().min(1), reached: z.boolean(), note: freeText('回访情况', { min: 2, minMessage: '请简要记录回访情况', max: 500 }) }).strict(),
    output: rectificationSchema,
    roles: ['staff'],
    summary: '记录向评价人的回访（实名差评100%回访）',
  }),
  'rectifications.rate': defineContract({
    fn: 'review',
    action: 'rectifications.rate',
    input: z.object({ id: z.string().min(1), rating: z.enum(FIX_RATINGS) }).strict(),
    output: rectificationSchema,
    roles: everyone,
    summary: '评价人评价整改结果（满意/基本满意/不满意；不满意重新打开一次并上报管理员）',
  }),
  'appeals.create': defineContract({
    fn: 'review',
    action: 'appeals.create',
    input: z
      .object({
        ratingId: z.string().min(1),
        reason: z.enum(APPEAL_REASONS),
        explanation: freeText('申诉理由', { min: 10, minMessage: '请写清楚申诉理由，至少10个字', max: 1000 }),
        evidence: z.array(fileIdSchema).min(1, '请至少上传一份证据材料').max(9),
      })
      .strict(),
    output: appealSchema,
    roles: ['staff'],
    summary: '部门对误评、恶意差评提出申诉复核（附证据）',
  }),
  'appeals.list': defineContract({
    fn: 'review',
    action: 'appeals.list',
    input: z.object({ state: z.enum(APPEAL_STATES).optional(), ...pageInput }).strict(),
    output: pageOf(appealSchema),
    roles: ['staff', 'admin'],
    summary: '申诉复核列表：部门看本部门，管理员看全部',
  }),
  'appeals.decide': defineContract({
    fn: 'review',
    action: 'appeals.decide',
    input: z.object({ id: z.string().min(1), decision: z.enum(['upheld', 'rejected']), note: freeText('复核意见', { min: 2, minMessage: '请写明复核意见', max: 500 }) }).strict(),
    output: appealSchema,
    roles: ['admin'],
    summary: '管理员复核申诉：成立则该评价不计入统计（记录保留）',
  }),
  'stats.summary': defineContract({
    fn: 'review',
    action: 'stats.summary',
    input: z.object({}).strict(),
    output: z.object({
      total: figures,
      byDepartment: z.array(keyed),
      byTheme: z.array(keyed),
      byMonth: z.array(keyed),
      badReviews: z.object({ received: z.number(), rectifiedOnTime: z.number(), callbackRate: z.number().nullable(), open: z.number() }),
      generatedAt: isoDateTime,
    }),
    roles: 'public',
    summary: '好差评公开看板：满意度、好评率（按主题、部门、月份），差评整改情况',
  }),
  'stats.rebuild': defineContract({
    fn: 'review',
    action: 'stats.rebuild',
    input: z.object({}).strict(),
    output: z.object({ buckets: z.number().int(), ratings: z.number().int(), rectifications: z.number().int(), rebuiltAt: isoDateTime }),
    roles: ['admin'],
    summary: '重新统计好差评看板（从全部评价和整改记录重算累计数，用于修复；平时随评价和整改自动更新）',
  }),
  'export.ratings': defineContract({
    fn: 'review',
    action: 'export.ratings',
    input: z
      .object({ from: dateSchema('开始日期', PAST_DATE), to: dateSchema('结束日期', PAST_DATE) })
      .strict()
      .superRefine((range, ctx) => {
        const problem = exportRangeProblem(range.from, range.to);
        if (problem) ctx.addIssue({ code: 'custom', path: ['to'], message: problem });
      }),
    output: z.object({
      /** Short-lived download address of the CSV file (one row per rating, provincial record shape). */
      url: z.string(),
      expiresAt: isoDateTime,
      fileName: z.string(),
      rowCount: z.number().int(),
    }),
    roles: ['admin'],
    summary: `按省级好差评平台格式导出一段日期（北京时间，含首尾两天，最多${MAX_EXPORT_DAYS}天）的评价记录，生成CSV文件并给出限时下载地址`,
  }),
} as const;
