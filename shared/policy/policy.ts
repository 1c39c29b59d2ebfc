/**
 * A policy staff publish: what it is, who issues it, what it grants, when it is open, how it is obtained
 * (免申即享 / 即申即享 / 申报) and who is eligible.
 */
import { z } from 'zod';
import { isCalendarDate, type CalendarDate } from '../enterprise/calendar-date';
import { SIZE_CLASSES, SIZE_CLASS_LABEL, type SizeClass } from '../enterprise/size';
import { eligibilitySchema } from './eligibility';

export const POLICY_MODES = ['no_application', 'instant', 'application'] as const;
export type PolicyMode = (typeof POLICY_MODES)[number];

export const POLICY_MODE_LABEL: Record<PolicyMode, string> = {
  /** Granted from shared data with no application; the enterprise may object (异议). */
  no_application: '免申即享',
  /** Applied for in a few taps, decided at once. */
  instant: '即申即享',
  application: '申报',
};

/** What an enterprise can mute ("不再提醒此类政策"). */
export const POLICY_CATEGORIES = ['employment', 'technology', 'sme_support', 'talent', 'finance', 'tax', 'other'] as const;
export type PolicyCategory = (typeof POLICY_CATEGORIES)[number];

export const POLICY_CATEGORY_LABEL: Record<PolicyCategory, string> = {
  employment: '稳岗就业',
  technology: '科技创新',
  sme_support: '中小微企业扶持',
  talent: '人才引育',
  finance: '融资信贷',
  tax: '税费减免',
  other: '其他',
};

export const POLICY_STATUSES = ['draft', 'published', 'closed'] as const;
export type PolicyStatus = (typeof POLICY_STATUSES)[number];

/** Money in 元, whole yuan. */
const yuan = z.number().int('金额以元为单位，填写整数').min(0).max(1e10);
const percent = z.number().gt(0, '比例应大于0').max(100, '比例不超过100%');

/**
 * How the amount is worked out. Descriptive: the figure itself comes from data the policy's department holds
 * (e.g. the contributions actually paid), so it is not computed from the profile.
 */
export const amountFormulaSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), amount: yuan }).strict(),
  z.object({ kind: z.literal('up_to'), max: yuan }).strict(),
  z
    .object({
      kind: z.literal('per_unit'),
      amountPerUnit: yuan,
      /** What is counted, with its unit: '新招用并参保的高校毕业生', '人'. */
      basis: z.string().trim().min(2).max(60),
      unit: z.string().trim().min(1).max(6),
      cap: yuan.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('percentage'),
      percent,
      /** Of what: '上年度实际缴纳的失业保险费'. */
      basis: z.string().trim().min(2).max(60),
      /** A different rate for some size classes (稳岗返还: 大型企业 30%). */
      percentBySize: z.partialRecord(z.enum(SIZE_CLASSES), percent).optional(),
      cap: yuan.optional(),
    })
    .strict(),
]);
export type AmountFormula = z.output<typeof amountFormulaSchema>;

const calendarDate = z.string().refine(isCalendarDate, { message: '日期不对，请按“年-月-日”填写，例如 2026-03-08' });

export const policyWindowSchema = z
  .object({ opensOn: calendarDate, closesOn: calendarDate.optional() })
  .strict()
  .refine((w) => w.closesOn === undefined || w.closesOn >= w.opensOn, { message: '截止日期不能早于开始日期', path: ['closesOn'] });

export const policySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/, '政策编号由小写字母、数字和连字符组成'),
    version: z.number().int().min(1),
    status: z.enum(POLICY_STATUSES),
    title: z.string().trim().min(4, '标题至少4个字').max(60, '标题不超过60个字'),
    issuingDepartment: z.string().trim().min(2).max(60),
    summary: z.string().trim().min(10, '摘要至少10个字').max(500, '摘要不超过500个字'),
    fullTextUrl: z.string().url('请填写政策原文的链接').startsWith('https://', '政策原文链接应以 https:// 开头'),
    benefit: z.object({ text: z.string().trim().min(2).max(200), amount: amountFormulaSchema.optional() }).strict(),
    window: policyWindowSchema,
    mode: z.enum(POLICY_MODES),
    /** 免申即享: the day by which the benefit is paid (after joint review and public notice); pushes quote it. */
    payoutBy: calendarDate.optional(),
    category: z.enum(POLICY_CATEGORIES),
    eligibility: eligibilitySchema,
  })
  .strict();
export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

/** Whether the policy is taking effect on `today`: published, and today inside its window (both ends inclusive). */
export function isPolicyOpen(policy: Pick<Policy, 'status' | 'window'>, today: CalendarDate): boolean {
  if (policy.status !== 'published') return false;
  return policy.window.opensOn <= today && (policy.window.closesOn === undefined || today <= policy.window.closesOn);
}

/** 200000 → '20 万元', 1500 → '1500 元'. */
export function formatYuan(amount: number): string {
  return amount >= 10000 && amount % 100 === 0 ? `${amount / 10000} 万元` : `${amount} 元`;
}

/** The formula in plain Chinese: '按上年度实际缴纳的失业保险费的 60% 返还（大型企业 30%）'. */
export function describeAmount(formula: AmountFormula): string {
  const cap = 'cap' in formula && formula.cap !== undefined ? `，最高 ${formatYuan(formula.cap)}` : '';
  switch (formula.kind) {
    case 'fixed':
      return formatYuan(formula.amount);
    case 'up_to':
      return `最高 ${formatYuan(formula.max)}`;
    case 'per_unit':
      return `按${formula.basis}每${formula.unit} ${formatYuan(formula.amountPerUnit)}${cap}`;
    case 'percentage': {
      const others = Object.entries(formula.percentBySize ?? {}) as [SizeClass, number][];
      const extra = others.length > 0 ? `（${others.map(([size, rate]) => `${SIZE_CLASS_LABEL[size]}企业 ${rate}%`).join('，')}）` : '';
      return `按${formula.basis}的 ${formula.percent}%${extra}${cap}`;
    }
  }
}
