/**
 * The staff's eligibility builder: a list of conditions, each picked from a kind and filled in with a few plain
 * inputs, joined by 全部满足 (all) or 满足任一 (any). It produces the structured expression of
 * shared/policy/eligibility.ts, which the contract validates; nothing here re-implements that validation.
 */
import type { EnterpriseFlag, EnterpriseTag, NumericField, TaxCreditGrade } from '@shared/enterprise/fields';
import type { SizeClass } from '@shared/enterprise/size';
import { evaluateCriterion, type ProfileInput } from '@shared/policy/criterion';
import { eligibilitySchema, type Eligibility, type Predicate } from '@shared/policy/eligibility';

export const ROW_KINDS = ['region', 'industry', 'size', 'number', 'founded', 'tag', 'no-flag', 'tax-grade'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export const ROW_KIND_LABEL: Record<RowKind, string> = {
  region: '所在地区',
  industry: '所属行业',
  size: '企业规模',
  number: '数值范围（人数、收入等）',
  founded: '成立年限',
  tag: '资质认定',
  'no-flag': '无不良信用记录',
  'tax-grade': '纳税信用等级',
};

/** One condition as the form holds it (text as typed). */
export interface Row {
  id: number;
  kind: RowKind;
  /** region / industry: codes separated by spaces or commas ('4403', 'H62 I65'). */
  codes: string;
  sizes: SizeClass[];
  field: NumericField;
  min: string;
  max: string;
  /** founded: 成立满 N 年 / 成立不超过 N 年. */
  atLeastYears: string;
  atMostYears: string;
  tag: EnterpriseTag;
  flag: EnterpriseFlag;
  grades: TaxCreditGrade[];
}

export function newRow(id: number, kind: RowKind): Row {
  return {
    id,
    kind,
    codes: '',
    sizes: [],
    field: 'headcount',
    min: '',
    max: '',
    atLeastYears: '',
    atMostYears: '',
    tag: 'high_tech',
    flag: 'serious_dishonesty',
    grades: [],
  };
}

const list = (text: string) => text.split(/[\s,，、]+/).filter(Boolean);
const num = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text.trim()));

/** The row as a predicate of the eligibility language (possibly invalid: the contract says what is wrong). */
export function toPredicate(row: Row): Predicate {
  switch (row.kind) {
    case 'region':
      return { op: 'region-in', codes: list(row.codes) };
    case 'industry':
      return { op: 'industry-in', codes: list(row.codes) };
    case 'size':
      return { op: 'size-in', classes: row.sizes };
    case 'number': {
      const min = num(row.min);
      const max = num(row.max);
      return { op: 'range', field: row.field, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    }
    case 'founded': {
      const atLeast = num(row.atLeastYears);
      const atMost = num(row.atMostYears);
      return {
        op: 'date-since',
        field: 'foundedOn',
        ...(atLeast === undefined ? {} : { atLeast: { years: atLeast } }),
        ...(atMost === undefined ? {} : { atMost: { years: atMost } }),
      };
    }
    case 'tag':
      return { op: 'has-tag', tag: row.tag };
    case 'no-flag':
      return { op: 'has-no-flag', flag: row.flag };
    case 'tax-grade':
      return { op: 'in', field: 'taxCreditGrade', values: row.grades };
  }
}

export type Joiner = 'all' | 'any';

export function toEligibility(rows: readonly Row[], joiner: Joiner): Eligibility {
  const predicates = rows.map(toPredicate);
  return joiner === 'all' ? { all: predicates } : { any: predicates };
}

/** The row's requirement in words ('参保人数 ≥ 5 人'), or its problem when it is not complete yet. */
export function describeRow(row: Row, today: string): { ok: boolean; text: string } {
  const parsed = eligibilitySchema.safeParse(toPredicate(row));
  if (!parsed.success) return { ok: false, text: parsed.error.issues[0]?.message ?? '条件不完整' };
  const nobody = { creditCode: '', name: '' } as unknown as ProfileInput;
  const verdict = evaluateCriterion({ predicate: parsed.data as Predicate, negated: false, path: '' }, nobody, today as never);
  return { ok: true, text: verdict.expectation };
}
