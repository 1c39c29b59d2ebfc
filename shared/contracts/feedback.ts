import { z } from 'zod';
import { defineContract } from '../contract';
import { DEPARTMENTS } from '../departments';
import { FEEDBACK_KINDS, FEEDBACK_STATUSES, REPLY_RATINGS } from '../feedback/feedback';
import { isoDateTime, pageInput } from './common';
import { fileIdSchema, mobileSchema } from './fields';
import { freeText, name } from '../values';

const departmentIds = Object.keys(DEPARTMENTS) as [keyof typeof DEPARTMENTS, ...(keyof typeof DEPARTMENTS)[]];

export const feedbackTicketSchema = z.object({
  id: z.string(),
  number: z.string(),
  kind: z.enum(FEEDBACK_KINDS),
  content: z.string(),
  page: z.string().nullable(),
  caseNumber: z.string().nullable(),
  department: z.object({ id: z.string(), name: z.string() }),
  status: z.enum(FEEDBACK_STATUSES),
  statusLabel: z.string(),
  photos: z.array(z.string()),
  contactPreference: z.enum(['in_app', 'phone', 'none']),
  /** Always masked in lists; staff call the number through the hotline system. */
  contactPhone: z.string().nullable(),
  /** Masked submitter name (staff views) or null. */
  submitter: z.string().nullable(),
  createdAt: isoDateTime,
  dueDate: z.string(),
  overdue: z.boolean(),
  reply: z.object({ text: z.string(), by: z.string(), at: isoDateTime }).nullable(),
  rating: z.object({ value: z.enum(REPLY_RATINGS), label: z.string(), at: isoDateTime }).nullable(),
});
export type FeedbackTicket = z.infer<typeof feedbackTicketSchema>;

/** A page of tickets; `nextCursor` (pass back as `cursor`) is null when everything has been shown. */
const feedbackPage = z.object({ items: z.array(feedbackTicketSchema), nextCursor: z.string().nullable() });

const everyone = ['citizen', 'helper', 'coordinator', 'staff', 'admin'] as const;

export const feedbackContracts = {
  'feedback.create': defineContract({
    fn: 'account',
    action: 'feedback.create',
    input: z
      .object({
        kind: z.enum(FEEDBACK_KINDS).meta({ label: '反馈类型' }),
        content: freeText('反馈内容', { min: 5, minMessage: '请至少写5个字，说清楚发生了什么', max: 500, maxMessage: '请控制在500字以内' }),
        page: name('页面', { max: 120 }).optional(),
        caseNumber: name('办件编号', { max: 40 }).optional(),
        department: z.enum(departmentIds).optional(),
        photos: z.array(fileIdSchema).max(3, '最多上传3张照片').default([]),
        contact: z.discriminatedUnion('preference', [
          z.object({ preference: z.literal('in_app') }),
          z.object({ preference: z.literal('none') }),
          z.object({ preference: z.literal('phone'), phone: mobileSchema }),
        ]),
      })
      .strict(),
    output: feedbackTicketSchema,
    roles: everyone,
    summary: '提交投诉或建议：转给负责部门，按工作日限时答复',
  }),
  'feedback.listMine': defineContract({
    fn: 'account',
    action: 'feedback.listMine',
    input: z.object({ ...pageInput }).strict(),
    output: feedbackPage,
    roles: everyone,
    summary: '我提交的投诉建议及处理进度、答复，新的在前，按游标分页',
  }),
  'feedback.getMine': defineContract({
    fn: 'account',
    action: 'feedback.getMine',
    input: z.object({ ticketId: z.string().min(1) }).strict(),
    output: feedbackTicketSchema,
    roles: everyone,
    summary: '我提交的一条投诉建议（只能看自己的）',
  }),
  'feedback.listForDepartment': defineContract({
    fn: 'account',
    action: 'feedback.listForDepartment',
    input: z.object({ status: z.enum(FEEDBACK_STATUSES).optional(), ...pageInput }).strict(),
    output: feedbackPage,
    roles: ['staff'],
    summary: '本部门收到的投诉建议（提交人信息脱敏），答复期限早的在前，按游标分页',
  }),
  'feedback.reply': defineContract({
    fn: 'account',
    action: 'feedback.reply',
    input: z.object({ ticketId: z.string().min(1), reply: freeText('答复', { min: 5, minMessage: '答复请至少写5个字', max: 1000 }) }).strict(),
    output: feedbackTicketSchema,
    roles: ['staff'],
    summary: '部门答复投诉建议（仅本部门、仅待答复的）',
  }),
  'feedback.rate': defineContract({
    fn: 'account',
    action: 'feedback.rate',
    input: z.object({ ticketId: z.string().min(1), rating: z.enum(REPLY_RATINGS) }).strict(),
    output: feedbackTicketSchema,
    roles: everyone,
    summary: '提交人评价部门的答复（满意/基本满意/不满意），每件一次',
  }),
} as const;
