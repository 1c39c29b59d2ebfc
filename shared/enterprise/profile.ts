/**
 * The enterprise profile: what an enterprise (or staff on its behalf) tells us, each field marked self-declared or
 * verified. Matching reads it; the size class and the firm's age are derived, never typed.
 */
import { z } from 'zod';
import { usccProblem, type UsccProblem } from '../uscc';
import { HEADCOUNT_RANGE, REVENUE_RANGE, revenueProblem } from '../values/enterprise-figures';
import { name, dateSchema, PAST_DATE } from '../values';
import { fullMonthsBetween, type CalendarDate } from './calendar-date';
import {
  ENTERPRISE_FLAGS,
  ENTERPRISE_TAGS,
  FIELD_META,
  PROFILE_FIELDS,
  TAX_CREDIT_GRADES,
  type ProfileField,
} from './fields';
import { industryByCode, normalizeIndustryCode } from './industry';
import { regionCodeProblem } from './region';
import { classifySize, type SizeResult } from './size';

const USCC_MESSAGES: Record<UsccProblem, string> = {
  length: '统一社会信用代码应为18位',
  characters: '统一社会信用代码含有不允许的字符（不使用I、O、S、V、Z）',
  check_digit: '统一社会信用代码校验位不正确，请核对营业执照',
};

export const creditCodeSchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .superRefine((code, ctx) => {
    const problem = usccProblem(code);
    if (problem) ctx.addIssue({ code: 'custom', message: USCC_MESSAGES[problem] });
  });

/** Accepts 'C1311' or '1311'; stores '1311'. Must be a 大类, 中类 or 小类 of GB/T 4754-2017. */
export const industryCodeSchema = z.string().transform((input, ctx) => {
  const code = normalizeIndustryCode(input);
  const node = code === null ? undefined : industryByCode(code);
  if (!node) {
    ctx.addIssue({ code: 'custom', message: '行业代码不在《国民经济行业分类》(GB/T 4754-2017)中，请从列表中选择' });
    return z.NEVER;
  }
  if (node.level === 'section') {
    ctx.addIssue({ code: 'custom', message: '请至少选到行业大类（两位数字代码）' });
    return z.NEVER;
  }
  return node.code;
});

export const regionCodeSchema = z.string().superRefine((code, ctx) => {
  const problem = regionCodeProblem(code);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** 成立日期: a real day, not before 1900 and not after today. */
export const calendarDateSchema = dateSchema('成立日期', PAST_DATE);

/** `min` inclusive, `max` exclusive, both in the field's unit. */
export const bandSchema = z
  .object({ min: z.number().min(0, '区间下限不能为负数'), max: z.number().optional() })
  .strict()
  .refine((band) => band.max === undefined || band.max > band.min, { message: '区间上限应大于下限', path: ['max'] });

const uniqueList = <T extends z.ZodType<string>>(item: T, what: string) =>
  z.array(item).refine((list) => new Set(list).size === list.length, { message: `${what}有重复项` });

const amount = (what: string) => z.number({ error: `${what}请填写数字` }).finite().min(0, `${what}不能为负数`).max(1e9, `${what}数值过大，请以万元为单位填写`);
const count = (what: string, max = 10_000_000) =>
  z.number({ error: `${what}请填写数字` }).int(`${what}应为整数`).min(0, `${what}不能为负数`).max(max, `${what}不能超过 ${max} 人，请核对`);

/** 上年度营业收入 in 万元, within what any firm reports (a figure in 元 is far beyond). */
const revenueAmount = z
  .number({ error: '上年度营业收入请填写数字' })
  .finite()
  .min(REVENUE_RANGE.min, '上年度营业收入不能为负数')
  .max(REVENUE_RANGE.max, revenueProblem(REVENUE_RANGE.max + 1)!);

/** The values alone. Only the credit code and the name are required; everything else may be filled in later. */
export const profileValuesSchema = z.object({
  creditCode: creditCodeSchema,
  name: name('企业名称', { min: 2, minMessage: '企业名称至少2个字', max: 100, maxMessage: '企业名称不超过100个字' }),
  legalRepresentative: name('法定代表人', { min: 1, max: 30 }).optional(),
  industryCode: industryCodeSchema.optional(),
  region: regionCodeSchema.optional(),
  foundedOn: calendarDateSchema.optional(),
  registeredCapital: amount('注册资本').optional(),
  headcount: count('从业人数', HEADCOUNT_RANGE.max).optional(),
  /** 上年度营业收入 in 万元, or a band when the exact figure is not to hand. */
  revenue: z.union([revenueAmount, bandSchema]).optional(),
  totalAssets: amount('资产总额').optional(),
  insuredHeadcount: count('参保人数').optional(),
  unemploymentInsuranceMonths: z.number().int('缴费月数应为整数').min(0).max(1200).optional(),
  /** Percent, 0–100. */
  layoffRate: z.number().min(0, '裁员率不能为负数').max(100, '裁员率以百分数填写，不超过100').optional(),
  taxCreditGrade: z.enum(TAX_CREDIT_GRADES).optional(),
  tags: uniqueList(z.enum(ENTERPRISE_TAGS), '资质认定').optional(),
  /** Present (possibly empty) once someone has looked; absent means nobody has checked yet. */
  flags: uniqueList(z.enum(ENTERPRISE_FLAGS), '信用状况').optional(),
});
export type ProfileValues = z.output<typeof profileValuesSchema>;

/** Where a value came from: the enterprise itself, or a department that checked it. */
export const provenanceSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('self_declared'), at: z.string().datetime({ offset: true }) }).strict(),
  z
    .object({
      source: z.literal('verified'),
      /** The department or data source that vouches for it, e.g. '市场监督管理局' or '社保数据共享'. */
      by: z.string().trim().min(1).max(60),
      at: z.string().datetime({ offset: true }),
    })
    .strict(),
]);
export type Provenance = z.output<typeof provenanceSchema>;
export type ProvenanceMap = Partial<Record<ProfileField, Provenance>>;

export const enterpriseProfileSchema = profileValuesSchema
  .extend({ provenance: z.partialRecord(z.enum(PROFILE_FIELDS), provenanceSchema) })
  .superRefine((profile, ctx) => {
    // Revenue against headcount (the two may arrive in different edits): 10 亿元 a year per employee means 元.
    if (typeof profile.revenue === 'number' && profile.headcount !== undefined) {
      const problem = revenueProblem(profile.revenue, profile.headcount);
      if (problem) ctx.addIssue({ code: 'custom', path: ['revenue'], message: problem });
    }
    const values = profile as Record<string, unknown>;
    for (const field of PROFILE_FIELDS) {
      const present = values[field] !== undefined;
      const marked = profile.provenance[field] !== undefined;
      if (present && !marked) {
        ctx.addIssue({ code: 'custom', path: ['provenance', field], message: `请注明「${FIELD_META[field].label}」是自行填报还是已核验` });
      }
      if (!present && marked) {
        ctx.addIssue({ code: 'custom', path: ['provenance', field], message: `「${FIELD_META[field].label}」未填写，不应有来源记录` });
      }
    }
  });
export type EnterpriseProfile = z.output<typeof enterpriseProfileSchema>;

/** Marks every present value as declared by the enterprise at `at` (an ISO timestamp). */
export function declareProfile(values: ProfileValues, at: string): EnterpriseProfile {
  const provenance: ProvenanceMap = {};
  for (const field of PROFILE_FIELDS) {
    if ((values as Record<string, unknown>)[field] !== undefined) provenance[field] = { source: 'self_declared', at };
  }
  return { ...values, provenance };
}

/** Records a check by staff: the fields keep their values and become verified by `by` at `at`. */
export function markVerified(profile: EnterpriseProfile, fields: ProfileField[], by: string, at: string): EnterpriseProfile {
  const provenance: ProvenanceMap = { ...profile.provenance };
  for (const field of fields) {
    if ((profile as Record<string, unknown>)[field] !== undefined) provenance[field] = { source: 'verified', by, at };
  }
  return { ...profile, provenance };
}

export interface ProfileView {
  profile: EnterpriseProfile;
  size: SizeResult;
  /** Whole years since founding on `today`; null when the founding date is missing. */
  yearsSinceFounding: number | null;
  monthsSinceFounding: number | null;
}

/** The profile with what is computed from it, as of `today` (a calendar date, passed in to keep this pure). */
export function profileView(profile: EnterpriseProfile, today: CalendarDate): ProfileView {
  const months = profile.foundedOn ? fullMonthsBetween(profile.foundedOn, today) : null;
  return {
    profile,
    size: sizeOf(profile),
    yearsSinceFounding: months === null ? null : Math.floor(months / 12),
    monthsSinceFounding: months,
  };
}

export function sizeOf(values: ProfileValues): SizeResult {
  return classifySize({
    industryCode: values.industryCode,
    headcount: values.headcount,
    revenue: values.revenue,
    totalAssets: values.totalAssets,
  });
}
