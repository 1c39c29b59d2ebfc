/**
 * One criterion against one profile: met, not met, or unknown, with the actual value and the expectation in plain
 * Chinese ("参保人数 8 人，要求 ≥ 10 人", "未填写：参保人数").
 */
import { addMonths, fullMonthsBetween, type CalendarDate } from '../enterprise/calendar-date';
import { FIELD_META, FLAG_LABEL, TAG_LABEL, type ProfileField } from '../enterprise/fields';
import { industryByCode, industryLabel } from '../enterprise/industry';
import { atLeast, atMost, formatMeasure, formatNumber, withUnit, type Measure } from '../enterprise/measure';
import type { ProfileValues, ProvenanceMap } from '../enterprise/profile';
import { sizeOf } from '../enterprise/profile';
import { regionLevelLabel, regionPrefix } from '../enterprise/region';
import { SIZE_CLASS_LABEL, SIZE_RULES } from '../enterprise/size';
import { durationInMonths, type Duration, type Predicate } from './eligibility';
import type { Criterion } from './normal-form';

export type Verdict = 'met' | 'not_met' | 'unknown';

export interface CriterionVerdict {
  /** Where the predicate sits in the policy's expression ('all.1.any.0'). */
  path: string;
  negated: boolean;
  verdict: Verdict;
  /** The profile fields the criterion reads. */
  fields: ProfileField[];
  /** What to fill in (or refine) to decide it; empty unless the verdict is unknown. */
  missing: ProfileField[];
  /** The requirement on its own: '参保人数 ≥ 10 人'. */
  expectation: string;
  /** The enterprise's value as read: '8 人'; null when missing. */
  actual: string | null;
  /** The sentence to show: '参保人数 8 人，要求 ≥ 10 人' or '未填写：参保人数'. */
  text: string;
  /** Whether every value read was verified by a department; null when nothing was there to read. */
  verified: boolean | null;
}

export type ProfileInput = ProfileValues & { provenance?: ProvenanceMap };

/** The predicate read positively; negation is applied afterwards. */
interface Reading {
  verdict: Verdict;
  fields: ProfileField[];
  missing: ProfileField[];
  label: string;
  actual: string | null;
  /** Requirement when the predicate must hold, and when it must not ("≥ 10 人" / "< 10 人"). */
  holds: string;
  fails: string;
  /** Replaces the sentence when the verdict is unknown for a reason other than a missing field. */
  unknownText?: string;
  /** False when `actual` already says what it is ('未认定为高新技术企业'), so the label would only repeat it. */
  labelled?: boolean;
}

const durationText = (d: Duration) =>
  [d.years ? `${d.years} 年` : '', d.months ? `${d.months} 个月` : ''].filter(Boolean).join(' ') || '0 个月';

function sign(lower: boolean, exclusive: boolean | undefined, negated: boolean): string {
  // lower bound: ≥ / > ; its complement: < / ≤
  if (lower) return negated ? (exclusive ? '≤' : '<') : exclusive ? '>' : '≥';
  return negated ? (exclusive ? '≥' : '>') : exclusive ? '<' : '≤';
}

function readRange(p: Extract<Predicate, { op: 'range' }>, value: Measure | undefined): Reading {
  const { label, unit = '' } = FIELD_META[p.field];
  const n = (x: number) => withUnit(x, unit);
  const both = p.min !== undefined && p.max !== undefined;
  const holds =
    both && !p.minExclusive && !p.maxExclusive
      ? `在 ${formatNumber(p.min!)} 至 ${n(p.max!)}之间`
      : [p.min !== undefined ? `${sign(true, p.minExclusive, false)} ${n(p.min)}` : '', p.max !== undefined ? `${sign(false, p.maxExclusive, false)} ${n(p.max)}` : '']
          .filter(Boolean)
          .join(' 且 ');
  const fails = [p.min !== undefined ? `${sign(true, p.minExclusive, true)} ${n(p.min)}` : '', p.max !== undefined ? `${sign(false, p.maxExclusive, true)} ${n(p.max)}` : '']
    .filter(Boolean)
    .join(' 或 ');
  const base = { fields: [p.field] as ProfileField[], label, holds, fails };
  if (value === undefined) return { ...base, verdict: 'unknown', missing: [p.field], actual: null };
  const low = p.min === undefined ? true : atLeast(value, p.min, p.minExclusive);
  const high = p.max === undefined ? true : atMost(value, p.max, p.maxExclusive);
  const verdict: Verdict = low === false || high === false ? 'not_met' : low === true && high === true ? 'met' : 'unknown';
  const actual = formatMeasure(value, unit);
  return {
    ...base,
    verdict,
    missing: verdict === 'unknown' ? [p.field] : [],
    actual,
    unknownText: verdict === 'unknown' ? `${label} ${actual}（区间），无法确定是否${holds}，请填写具体数值` : undefined,
  };
}

function codeDisplay(field: ProfileField, value: string): string {
  if (field === 'industryCode') return industryLabel(value);
  if (field === 'taxCreditGrade') return `${value} 级`;
  return value;
}

/** Whether `code` (a profile's industry or region prefix) falls under `prefix`: 'yes', 'no', or 'maybe' when coarser. */
function under(code: string, prefix: string, section?: string): 'yes' | 'no' | 'maybe' {
  if (/^[A-T]$/.test(prefix)) return section === prefix ? 'yes' : 'no';
  if (code.startsWith(prefix)) return 'yes';
  if (prefix.startsWith(code)) return 'maybe';
  return 'no';
}

function readPredicate(p: Predicate, profile: ProfileInput, today: CalendarDate): Reading {
  switch (p.op) {
    case 'range':
      return readRange(p, profile[p.field]);
    case 'equals':
    case 'in': {
      const { label } = FIELD_META[p.field];
      const wanted = p.op === 'equals' ? [p.value] : p.values;
      const shown = wanted.map((v) => codeDisplay(p.field, v)).join('、');
      const holds = wanted.length === 1 ? `为 ${shown}` : `为 ${shown} 之一`;
      const fails = `不为 ${shown}`;
      const value = profile[p.field];
      const base = { fields: [p.field] as ProfileField[], label, holds, fails };
      if (value === undefined) return { ...base, verdict: 'unknown', missing: [p.field], actual: null };
      return { ...base, verdict: wanted.includes(value) ? 'met' : 'not_met', missing: [], actual: codeDisplay(p.field, value) };
    }
    case 'date-since': {
      const label = FIELD_META.foundedOn.label;
      const least = p.atLeast ? `成立满 ${durationText(p.atLeast)}` : '';
      const most = p.atMost ? `不超过 ${durationText(p.atMost)}` : '';
      const holds = least && most ? `${least}且${most}` : least || `成立${most}`;
      const fails = [p.atLeast ? `成立不满 ${durationText(p.atLeast)}` : '', p.atMost ? `成立超过 ${durationText(p.atMost)}` : ''].filter(Boolean).join(' 或 ');
      const base = { fields: ['foundedOn'] as ProfileField[], label, holds, fails };
      const founded = profile.foundedOn;
      if (founded === undefined) return { ...base, verdict: 'unknown', missing: ['foundedOn'], actual: null };
      // Founded on or before the cut-off day counts as "满": founded 2023-05-01 is 满3年 on 2026-05-01.
      const oldEnough = !p.atLeast || founded <= addMonths(today, -durationInMonths(p.atLeast));
      const youngEnough = !p.atMost || founded >= addMonths(today, -durationInMonths(p.atMost));
      const age = fullMonthsBetween(founded, today);
      const ageText = age >= 12 ? `${Math.floor(age / 12)} 年${age % 12 ? ` ${age % 12} 个月` : ''}` : `${age} 个月`;
      return { ...base, verdict: oldEnough && youngEnough ? 'met' : 'not_met', missing: [], actual: `${founded}（已成立 ${ageText}）` };
    }
    case 'has-tag': {
      const name = TAG_LABEL[p.tag];
      const base = { fields: ['tags'] as ProfileField[], label: FIELD_META.tags.label, holds: `认定为${name}`, fails: `未认定为${name}`, labelled: false };
      if (profile.tags === undefined) return { ...base, verdict: 'unknown', missing: ['tags'], actual: null };
      const has = profile.tags.includes(p.tag);
      return { ...base, verdict: has ? 'met' : 'not_met', missing: [], actual: has ? `已认定为${name}` : `未认定为${name}` };
    }
    case 'has-no-flag': {
      const name = FLAG_LABEL[p.flag];
      const base = { fields: ['flags'] as ProfileField[], label: FIELD_META.flags.label, holds: `未列入${name}`, fails: `列入${name}`, labelled: false };
      if (profile.flags === undefined) return { ...base, verdict: 'unknown', missing: ['flags'], actual: null, unknownText: `待核验：是否列入${name}` };
      const listed = profile.flags.includes(p.flag);
      return { ...base, verdict: listed ? 'not_met' : 'met', missing: [], actual: listed ? `已列入${name}` : `未列入${name}` };
    }
    case 'industry-in': {
      const shown = p.codes.map(industryLabel).join('、');
      const base = { fields: ['industryCode'] as ProfileField[], label: FIELD_META.industryCode.label, holds: `属于 ${shown}`, fails: `不属于 ${shown}` };
      const code = profile.industryCode;
      if (code === undefined) return { ...base, verdict: 'unknown', missing: ['industryCode'], actual: null };
      const section = industryByCode(code)?.section;
      const answers = p.codes.map((prefix) => under(code, prefix, section));
      const verdict: Verdict = answers.includes('yes') ? 'met' : answers.includes('maybe') ? 'unknown' : 'not_met';
      const actual = industryLabel(code);
      return {
        ...base,
        verdict,
        missing: verdict === 'unknown' ? ['industryCode'] : [],
        actual,
        unknownText: verdict === 'unknown' ? `所属行业只选到「${actual}」，无法确定是否属于 ${shown}，请选到更细的行业` : undefined,
      };
    }
    case 'region-in': {
      const shown = p.codes.map((c) => `${c}（${regionLevelLabel(c)}）`).join('、');
      const base = { fields: ['region'] as ProfileField[], label: FIELD_META.region.label, holds: `位于 ${shown}`, fails: `不位于 ${shown}` };
      const region = profile.region;
      if (region === undefined) return { ...base, verdict: 'unknown', missing: ['region'], actual: null };
      const prefix = regionPrefix(region);
      const answers = p.codes.map((c) => under(prefix, c));
      const verdict: Verdict = answers.includes('yes') ? 'met' : answers.includes('maybe') ? 'unknown' : 'not_met';
      return {
        ...base,
        verdict,
        missing: verdict === 'unknown' ? ['region'] : [],
        actual: region,
        unknownText: verdict === 'unknown' ? `所在地区只填到 ${region}，无法确定是否位于 ${shown}，请填写到区县` : undefined,
      };
    }
    case 'size-in': {
      const shown = p.classes.map((c) => SIZE_CLASS_LABEL[c]).join('、');
      const size = sizeOf(profile);
      const ruleFields = size.rule ? (Object.keys(SIZE_RULES[size.rule.id].indicators) as ProfileField[]) : [];
      const base = { fields: ['industryCode', ...ruleFields] as ProfileField[], label: '企业规模', holds: `为${shown}企业`, fails: `不为${shown}企业` };
      const inside = size.possible.filter((c) => p.classes.includes(c)).length;
      const verdict: Verdict = inside === 0 ? 'not_met' : inside === size.possible.length ? 'met' : 'unknown';
      return {
        ...base,
        verdict,
        missing: verdict === 'unknown' ? size.missing : [],
        actual: size.summary,
        unknownText: verdict === 'unknown' ? `企业规模无法确定：${size.reasons[0] ?? '信息不足'}` : undefined,
      };
    }
  }
}

function verifiedOf(fields: ProfileField[], profile: ProfileInput): boolean | null {
  const present = fields.filter((f) => (profile as Record<string, unknown>)[f] !== undefined);
  if (present.length === 0) return null;
  return present.every((f) => profile.provenance?.[f]?.source === 'verified');
}

const FLIP: Record<Verdict, Verdict> = { met: 'not_met', not_met: 'met', unknown: 'unknown' };

export function evaluateCriterion(criterion: Criterion, profile: ProfileInput, today: CalendarDate): CriterionVerdict {
  const reading = readPredicate(criterion.predicate, profile, today);
  const verdict = criterion.negated ? FLIP[reading.verdict] : reading.verdict;
  const requirement = criterion.negated ? reading.fails : reading.holds;
  // '参保人数 ≥ 10 人' but '纳税信用等级为 A 级': a space only before a comparison sign.
  const gap = /^[≥≤<>]/.test(requirement) ? ' ' : '';
  const labelled = reading.labelled !== false;
  const expectation = labelled ? `${reading.label}${gap}${requirement}` : requirement;
  let text: string;
  if (reading.actual === null && reading.missing.length > 0) {
    text = reading.unknownText ?? `未填写：${reading.missing.map((f) => FIELD_META[f].label).join('、')}`;
  } else if (verdict === 'unknown' && reading.unknownText) {
    text = reading.unknownText;
  } else {
    const actual = reading.actual ?? '未知';
    // '未列入经营异常名录' already says it all when it is exactly what is required.
    text = !labelled && actual === requirement ? actual : `${labelled ? `${reading.label} ` : ''}${actual}，要求${gap}${requirement}`;
  }
  return {
    path: criterion.path,
    negated: criterion.negated,
    verdict,
    fields: reading.fields,
    missing: verdict === 'unknown' ? reading.missing : [],
    expectation,
    actual: reading.actual,
    text,
    verified: verifiedOf(reading.fields, profile),
  };
}

