/**
 * The eligibility language of a policy: a boolean expression over enterprise profile fields.
 *
 *   { all: [e, …] }   every one holds          { any: [e, …] }   at least one holds
 *   { not: e }        e does not hold          { op: …, … }      a predicate (below)
 *
 * Staff compose it in a form; it is stored as JSON and validated here, with errors that name the path of the bad
 * part ('all.2.min') in Chinese.
 */
import { z } from 'zod';
import {
  CODE_FIELDS,
  ENTERPRISE_FLAGS,
  ENTERPRISE_TAGS,
  NUMERIC_FIELDS,
  TAX_CREDIT_GRADES,
  type CodeField,
  type EnterpriseFlag,
  type EnterpriseTag,
  type NumericField,
} from '../enterprise/fields';
import { industryByCode, normalizeIndustryCode } from '../enterprise/industry';
import { regionCodeProblem, regionPrefix } from '../enterprise/region';
import { SIZE_CLASSES, type SizeClass } from '../enterprise/size';
import { usccProblem } from '../uscc';

export interface Duration {
  years?: number;
  months?: number;
}

export type Predicate =
  | { op: 'equals'; field: CodeField; value: string }
  | { op: 'in'; field: CodeField; values: string[] }
  /** Bounds inclusive unless marked exclusive; at least one bound. */
  | { op: 'range'; field: NumericField; min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean }
  /** Founded at least / at most this long before the reference date ("成立满3年", "成立不超过5年"). */
  | { op: 'date-since'; field: 'foundedOn'; atLeast?: Duration; atMost?: Duration }
  | { op: 'has-tag'; tag: EnterpriseTag }
  | { op: 'has-no-flag'; flag: EnterpriseFlag }
  /** 门类 letters ('C') or code prefixes ('65', '6513'); stored without the letter for 大类 and below. */
  | { op: 'industry-in'; codes: string[] }
  /** GB/T 2260 prefixes: '42' (province), '4206' (city), '420606' (county); '420600' is read as '4206'. */
  | { op: 'region-in'; codes: string[] }
  | { op: 'size-in'; classes: SizeClass[] };

export type PredicateOp = Predicate['op'];

export type Eligibility = { all: Eligibility[] } | { any: Eligibility[] } | { not: Eligibility } | Predicate;

export const PREDICATE_OPS = [
  'equals',
  'in',
  'range',
  'date-since',
  'has-tag',
  'has-no-flag',
  'industry-in',
  'region-in',
  'size-in',
] as const satisfies readonly PredicateOp[];

/** Guards against expressions nobody could read (and against abuse of the preview endpoint). */
export const ELIGIBILITY_LIMITS = { depth: 8, predicates: 60 } as const;

const codeValueProblem: Record<CodeField, (value: string) => string | null> = {
  creditCode: (value) => (usccProblem(value) ? '不是有效的统一社会信用代码' : null),
  taxCreditGrade: (value) => ((TAX_CREDIT_GRADES as readonly string[]).includes(value) ? null : `纳税信用等级应为 ${TAX_CREDIT_GRADES.join('、')} 之一`),
  industryCode: (value) => {
    const node = industryByCode(value);
    return node && node.level !== 'section' ? null : '不是 GB/T 4754-2017 的大类、中类或小类代码';
  },
  region: (value) => regionCodeProblem(value),
};

const codeField = z.enum(CODE_FIELDS, { error: `字段应为 ${CODE_FIELDS.join('、')} 之一` });

const equalsSchema = z
  .object({ op: z.literal('equals'), field: codeField, value: z.string().min(1) })
  .strict()
  .superRefine((p, ctx) => {
    const problem = codeValueProblem[p.field](p.value);
    if (problem) ctx.addIssue({ code: 'custom', path: ['value'], message: problem });
  });

const inSchema = z
  .object({ op: z.literal('in'), field: codeField, values: z.array(z.string().min(1)).min(1, '至少列出一个值').max(500) })
  .strict()
  .superRefine((p, ctx) => {
    p.values.forEach((value, index) => {
      const problem = codeValueProblem[p.field](value);
      if (problem) ctx.addIssue({ code: 'custom', path: ['values', index], message: problem });
    });
  });

const rangeSchema = z
  .object({
    op: z.literal('range'),
    field: z.enum(NUMERIC_FIELDS, { error: `范围条件只能用于数值字段：${NUMERIC_FIELDS.join('、')}` }),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
    minExclusive: z.boolean().optional(),
    maxExclusive: z.boolean().optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.min === undefined && p.max === undefined) ctx.addIssue({ code: 'custom', path: ['min'], message: '范围条件至少要有下限或上限' });
    if (p.min !== undefined && p.max !== undefined && p.min > p.max) ctx.addIssue({ code: 'custom', path: ['max'], message: '上限不能小于下限' });
  });

const durationSchema = z
  .object({ years: z.number().int().min(0).max(200).optional(), months: z.number().int().min(0).max(2400).optional() })
  .strict()
  .refine((d) => d.years !== undefined || d.months !== undefined, { message: '请填写年数或月数' });

export const durationInMonths = (d: Duration): number => (d.years ?? 0) * 12 + (d.months ?? 0);

const dateSinceSchema = z
  .object({
    op: z.literal('date-since'),
    field: z.literal('foundedOn', { error: '成立时间条件只能用于 foundedOn' }),
    atLeast: durationSchema.optional(),
    atMost: durationSchema.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (!p.atLeast && !p.atMost) ctx.addIssue({ code: 'custom', path: ['atLeast'], message: '请填写“成立满”或“成立不超过”的时长' });
    if (p.atLeast && p.atMost && durationInMonths(p.atLeast) > durationInMonths(p.atMost)) {
      ctx.addIssue({ code: 'custom', path: ['atMost'], message: '“成立不超过”的时长不能短于“成立满”的时长' });
    }
  });

const hasTagSchema = z
  .object({ op: z.literal('has-tag'), tag: z.enum(ENTERPRISE_TAGS, { error: `资质应为 ${ENTERPRISE_TAGS.join('、')} 之一` }) })
  .strict();
const hasNoFlagSchema = z
  .object({ op: z.literal('has-no-flag'), flag: z.enum(ENTERPRISE_FLAGS, { error: `信用记录应为 ${ENTERPRISE_FLAGS.join('、')} 之一` }) })
  .strict();

const industryInSchema = z
  .object({ op: z.literal('industry-in'), codes: z.array(z.string()).min(1, '至少选择一个行业').max(200) })
  .strict()
  .transform((p, ctx) => {
    const codes = p.codes.map((code, index) => {
      const normalized = normalizeIndustryCode(code);
      if (normalized === null || !industryByCode(normalized)) {
        ctx.addIssue({ code: 'custom', path: ['codes', index], message: `「${code}」不是 GB/T 4754-2017 的行业代码` });
      }
      return normalized ?? code;
    });
    return { op: p.op, codes: [...new Set(codes)] };
  });

const regionInSchema = z
  .object({ op: z.literal('region-in'), codes: z.array(z.string()).min(1, '至少选择一个地区').max(500) })
  .strict()
  .transform((p, ctx) => {
    const codes = p.codes.map((code, index) => {
      const full = /^\d{2}$|^\d{4}$/.test(code) ? code.padEnd(6, '0') : code;
      const problem = regionCodeProblem(full);
      if (problem) ctx.addIssue({ code: 'custom', path: ['codes', index], message: problem });
      return regionPrefix(full);
    });
    return { op: p.op, codes: [...new Set(codes)] };
  });

const sizeInSchema = z
  .object({ op: z.literal('size-in'), classes: z.array(z.enum(SIZE_CLASSES, { error: '规模应为 large、medium、small、micro 之一' })).min(1, '至少选择一种规模') })
  .strict()
  .transform((p) => ({ op: p.op, classes: SIZE_CLASSES.filter((c) => p.classes.includes(c)) }));

const PREDICATE_SCHEMAS: Record<PredicateOp, z.ZodType> = {
  equals: equalsSchema,
  in: inSchema,
  range: rangeSchema,
  'date-since': dateSinceSchema,
  'has-tag': hasTagSchema,
  'has-no-flag': hasNoFlagSchema,
  'industry-in': industryInSchema,
  'region-in': regionInSchema,
  'size-in': sizeInSchema,
};

type Path = (string | number)[];
interface Issue {
  path: Path;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Walks the tree by hand so that every problem is reported at its own path, in Chinese. */
function parseNode(value: unknown, path: Path, depth: number, issues: Issue[], counter: { predicates: number }): Eligibility | undefined {
  if (depth > ELIGIBILITY_LIMITS.depth) {
    issues.push({ path, message: `条件嵌套不能超过 ${ELIGIBILITY_LIMITS.depth} 层` });
    return undefined;
  }
  if (!isRecord(value)) {
    issues.push({ path, message: '适用条件不完整，请在条件编辑器里重新设置这一条' });
    return undefined;
  }
  const keys = Object.keys(value);
  for (const group of ['all', 'any'] as const) {
    if (!(group in value)) continue;
    if (keys.length !== 1) {
      issues.push({ path, message: `「${group === 'all' ? '全部满足' : '满足其一'}」条件里混入了别的内容，只能有这一组条件，请重新设置` });
      return undefined;
    }
    const list = value[group];
    if (!Array.isArray(list) || list.length === 0) {
      issues.push({ path: [...path, group], message: `「${group === 'all' ? '全部满足' : '满足其一'}」至少要有一个条件` });
      return undefined;
    }
    const children = list.map((child, index) => parseNode(child, [...path, group, index], depth + 1, issues, counter));
    return children.every((c) => c !== undefined) ? ({ [group]: children } as Eligibility) : undefined;
  }
  if ('not' in value) {
    if (keys.length !== 1) {
      issues.push({ path, message: '「都不满足」条件里混入了别的内容，只能有这一个条件，请重新设置' });
      return undefined;
    }
    const child = parseNode(value.not, [...path, 'not'], depth + 1, issues, counter);
    return child === undefined ? undefined : { not: child };
  }
  const op = value.op;
  if (typeof op !== 'string' || !(PREDICATE_OPS as readonly string[]).includes(op)) {
    issues.push({ path: [...path, 'op'], message: '有一个条件的判断方式无法识别，请在条件编辑器里重新选择' });
    return undefined;
  }
  counter.predicates += 1;
  if (counter.predicates === ELIGIBILITY_LIMITS.predicates + 1) {
    issues.push({ path, message: `判断条件不能超过 ${ELIGIBILITY_LIMITS.predicates} 个` });
  }
  const result = PREDICATE_SCHEMAS[op as PredicateOp].safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) issues.push({ path: [...path, ...(issue.path as Path)], message: issue.message });
    return undefined;
  }
  return result.data as Predicate;
}

/** The schema of an eligibility expression. Its output is normalized (industry and region codes, size order). */
export const eligibilitySchema = z.unknown().transform((value, ctx): Eligibility => {
  const issues: Issue[] = [];
  const parsed = parseNode(value, [], 1, issues, { predicates: 0 });
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  return issues.length > 0 || parsed === undefined ? z.NEVER : parsed;
});

export function isPredicate(node: Eligibility): node is Predicate {
  return 'op' in node;
}
