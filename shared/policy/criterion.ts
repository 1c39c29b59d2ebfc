/**
 * One criterion against one profile: met, not met, or unknown, with the actual value and the expectation in plain
 * Chinese ("参保人数 8 人，要求 ≥ 10 人", "未填写：参保人数").
 *
 * The verdict is cheap; the wording is built only when asked for (describe), because a push job judges every
 * enterprise of a large base but shows sentences only to the few who open the page.
 */
import { addMonths, fullMonthsBetween, type CalendarDate } from '../enterprise/calendar-date';
import { FIELD_META, FLAG_LABEL, TAG_LABEL, type ProfileField } from '../enterprise/fields';
import { industryByCode, industryLabel } from '../enterprise/industry';
import { atLeast, atMost, formatMeasure, formatNumber, withUnit, type Measure } from '../enterprise/measure';
import { sizeOf, type ProfileValues, type ProvenanceMap } from '../enterprise/profile';
import { regionLevelLabel, regionPrefix } from '../enterprise/region';
import { possibleSizes, SIZE_CLASS_LABEL, SIZE_RULES, type SizeClass } from '../enterprise/size';
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

const FLIP: Record<Verdict, Verdict> = { met: 'not_met', not_met: 'met', unknown: 'unknown' };

/** Whether `code` (a profile's industry code or region prefix) falls under `prefix`; 'maybe' when it is coarser. */
function under(code: string, prefix: string, section?: string): 'yes' | 'no' | 'maybe' {
  if (/^[A-T]$/.test(prefix)) return section === prefix ? 'yes' : 'no';
  if (code.startsWith(prefix)) return 'yes';
  if (prefix.startsWith(code)) return 'maybe';
  return 'no';
}

function fromAnswers(answers: ('yes' | 'no' | 'maybe')[]): Verdict {
  return answers.includes('yes') ? 'met' : answers.includes('maybe') ? 'unknown' : 'not_met';
}

function rangeVerdict(p: Extract<Predicate, { op: 'range' }>, value: Measure): Verdict {
  const low = p.min === undefined ? true : atLeast(value, p.min, p.minExclusive);
  const high = p.max === undefined ? true : atMost(value, p.max, p.maxExclusive);
  if (low === false || high === false) return 'not_met';
  return low === true && high === true ? 'met' : 'unknown';
}

function sizeVerdict(wanted: SizeClass[], possible: SizeClass[]): Verdict {
  const inside = possible.filter((c) => wanted.includes(c)).length;
  return inside === 0 ? 'not_met' : inside === possible.length ? 'met' : 'unknown';
}

/** The predicate read positively (negation is applied by the caller). */
function predicateVerdict(p: Predicate, profile: ProfileInput, today: CalendarDate): Verdict {
  switch (p.op) {
    case 'range': {
      const value = profile[p.field];
      return value === undefined ? 'unknown' : rangeVerdict(p, value);
    }
    case 'equals':
    case 'in': {
      const value = profile[p.field];
      if (value === undefined) return 'unknown';
      return (p.op === 'equals' ? value === p.value : p.values.includes(value)) ? 'met' : 'not_met';
    }
    case 'date-since': {
      const founded = profile.foundedOn;
      if (founded === undefined) return 'unknown';
      // Counted forward from the founding day: founded 2023-05-01 is 满3年 on 2026-05-01, and still 不超过3年 then.
      const oldEnough = !p.atLeast || addMonths(founded, durationInMonths(p.atLeast)) <= today;
      const youngEnough = !p.atMost || addMonths(founded, durationInMonths(p.atMost)) >= today;
      return oldEnough && youngEnough ? 'met' : 'not_met';
    }
    case 'has-tag':
      return profile.tags === undefined ? 'unknown' : profile.tags.includes(p.tag) ? 'met' : 'not_met';
    case 'has-no-flag':
      return profile.flags === undefined ? 'unknown' : profile.flags.includes(p.flag) ? 'not_met' : 'met';
    case 'industry-in': {
      const code = profile.industryCode;
      if (code === undefined) return 'unknown';
      const section = industryByCode(code)?.section;
      return fromAnswers(p.codes.map((prefix) => under(code, prefix, section)));
    }
    case 'region-in': {
      if (profile.region === undefined) return 'unknown';
      const prefix = regionPrefix(profile.region);
      return fromAnswers(p.codes.map((c) => under(prefix, c)));
    }
    case 'size-in':
      return sizeVerdict(p.classes, possibleSizes(profile));
  }
}

/** The verdict alone: what a bulk job needs. */
export function criterionVerdict(criterion: Criterion, profile: ProfileInput, today: CalendarDate): Verdict {
  const verdict = predicateVerdict(criterion.predicate, profile, today);
  return criterion.negated ? FLIP[verdict] : verdict;
}

/** How to say it: the enterprise's value, and the requirement when the predicate must hold / must not hold. */
interface Wording {
  fields: ProfileField[];
  label: string;
  actual: string | null;
  holds: string;
  fails: string;
  /** What to fill in when unknown. */
  missing: ProfileField[];
  /** Replaces the sentence when unknown for a reason other than a missing field (a band, a coarse code). */
  unknownText?: string;
  /** False when `actual` already says what it is ('未认定为高新技术企业'); the label would only repeat it. */
  labelled?: boolean;
}

const durationText = (d: Duration) => [d.years ? `${d.years} 年` : '', d.months ? `${d.months} 个月` : ''].filter(Boolean).join(' ') || '0 个月';

function sign(lower: boolean, exclusive: boolean | undefined, negated: boolean): string {
  // A lower bound reads ≥ (or >), its opposite < (or ≤); an upper bound ≤ (or <), its opposite > (or ≥).
  if (lower) return negated ? (exclusive ? '≤' : '<') : exclusive ? '>' : '≥';
  return negated ? (exclusive ? '≥' : '>') : exclusive ? '<' : '≤';
}

function codeDisplay(field: ProfileField, value: string): string {
  if (field === 'industryCode') return industryLabel(value);
  if (field === 'taxCreditGrade') return `${value} 级`;
  return value;
}

function describePredicate(p: Predicate, profile: ProfileInput, today: CalendarDate, verdict: Verdict): Wording {
  const unknown = verdict === 'unknown';
  switch (p.op) {
    case 'range': {
      const { label, unit = '' } = FIELD_META[p.field];
      const n = (x: number) => withUnit(x, unit);
      const bounds = (negated: boolean) =>
        [
          p.min !== undefined ? `${sign(true, p.minExclusive, negated)} ${n(p.min)}` : '',
          p.max !== undefined ? `${sign(false, p.maxExclusive, negated)} ${n(p.max)}` : '',
        ].filter(Boolean);
      const closed = p.min !== undefined && p.max !== undefined && !p.minExclusive && !p.maxExclusive;
      const holds = closed ? `在 ${formatNumber(p.min!)} 至 ${n(p.max!)}之间` : bounds(false).join(' 且 ');
      const fails = bounds(true).join(' 或 ');
      const value = profile[p.field];
      const actual = value === undefined ? null : formatMeasure(value, unit);
      return {
        fields: [p.field],
        label,
        actual,
        holds,
        fails,
        missing: unknown ? [p.field] : [],
        unknownText: unknown && actual !== null ? `${label} ${actual}（区间），无法确定是否${holds}，请填写具体数值` : undefined,
      };
    }
    case 'equals':
    case 'in': {
      const wanted = p.op === 'equals' ? [p.value] : p.values;
      const shown = wanted.map((v) => codeDisplay(p.field, v)).join('、');
      const value = profile[p.field];
      return {
        fields: [p.field],
        label: FIELD_META[p.field].label,
        actual: value === undefined ? null : codeDisplay(p.field, value),
        holds: wanted.length === 1 ? `为 ${shown}` : `为 ${shown} 之一`,
        fails: `不为 ${shown}`,
        missing: unknown ? [p.field] : [],
      };
    }
    case 'date-since': {
      const least = p.atLeast ? `成立满 ${durationText(p.atLeast)}` : '';
      const most = p.atMost ? `不超过 ${durationText(p.atMost)}` : '';
      const founded = profile.foundedOn;
      let actual: string | null = null;
      if (founded !== undefined) {
        const age = fullMonthsBetween(founded, today);
        const ageText = age >= 12 ? `${Math.floor(age / 12)} 年${age % 12 ? ` ${age % 12} 个月` : ''}` : `${age} 个月`;
        actual = `${founded}（已成立 ${ageText}）`;
      }
      return {
        fields: ['foundedOn'],
        label: FIELD_META.foundedOn.label,
        actual,
        holds: least && most ? `${least}且${most}` : least || `成立${most}`,
        fails: [p.atLeast ? `成立不满 ${durationText(p.atLeast)}` : '', p.atMost ? `成立超过 ${durationText(p.atMost)}` : ''].filter(Boolean).join(' 或 '),
        missing: unknown ? ['foundedOn'] : [],
      };
    }
    case 'has-tag': {
      const name = TAG_LABEL[p.tag];
      const tags = profile.tags;
      return {
        fields: ['tags'],
        label: FIELD_META.tags.label,
        actual: tags === undefined ? null : tags.includes(p.tag) ? `已认定为${name}` : `未认定为${name}`,
        holds: `认定为${name}`,
        fails: `未认定为${name}`,
        missing: unknown ? ['tags'] : [],
        labelled: false,
      };
    }
    case 'has-no-flag': {
      const name = FLAG_LABEL[p.flag];
      const flags = profile.flags;
      return {
        fields: ['flags'],
        label: FIELD_META.flags.label,
        actual: flags === undefined ? null : flags.includes(p.flag) ? `已列入${name}` : `未列入${name}`,
        holds: `未列入${name}`,
        fails: `列入${name}`,
        missing: unknown ? ['flags'] : [],
        unknownText: unknown ? `待核验：是否列入${name}` : undefined,
        labelled: false,
      };
    }
    case 'industry-in': {
      const shown = p.codes.map(industryLabel).join('、');
      const actual = profile.industryCode === undefined ? null : industryLabel(profile.industryCode);
      return {
        fields: ['industryCode'],
        label: FIELD_META.industryCode.label,
        actual,
        holds: `属于 ${shown}`,
        fails: `不属于 ${shown}`,
        missing: unknown ? ['industryCode'] : [],
        unknownText: unknown && actual !== null ? `所属行业只选到「${actual}」，无法确定是否属于 ${shown}，请选到更细的行业` : undefined,
      };
    }
    case 'region-in': {
      const shown = p.codes.map((c) => `${c}（${regionLevelLabel(c)}）`).join('、');
      const region = profile.region ?? null;
      return {
        fields: ['region'],
        label: FIELD_META.region.label,
        actual: region,
        holds: `位于 ${shown}`,
        fails: `不位于 ${shown}`,
        missing: unknown ? ['region'] : [],
        unknownText: unknown && region !== null ? `所在地区只填到 ${region}，无法确定是否位于 ${shown}，请填写到区县` : undefined,
      };
    }
    case 'size-in': {
      const shown = p.classes.map((c) => SIZE_CLASS_LABEL[c]).join('、');
      const size = sizeOf(profile);
      const ruleFields = size.rule ? (Object.keys(SIZE_RULES[size.rule.id].indicators) as ProfileField[]) : [];
      return {
        fields: ['industryCode', ...ruleFields],
        label: '企业规模',
        actual: size.summary,
        holds: `为${shown}企业`,
        fails: `不为${shown}企业`,
        missing: unknown ? size.missing : [],
        unknownText: unknown ? `企业规模无法确定：${size.reasons[0] ?? '信息不足'}` : undefined,
      };
    }
  }
}

function verifiedOf(fields: ProfileField[], profile: ProfileInput): boolean | null {
  const present = fields.filter((f) => (profile as Record<string, unknown>)[f] !== undefined);
  if (present.length === 0) return null;
  return present.every((f) => profile.provenance?.[f]?.source === 'verified');
}

/** The verdict with its explanation. */
export function evaluateCriterion(criterion: Criterion, profile: ProfileInput, today: CalendarDate): CriterionVerdict {
  const positive = predicateVerdict(criterion.predicate, profile, today);
  const verdict = criterion.negated ? FLIP[positive] : positive;
  const wording = describePredicate(criterion.predicate, profile, today, positive);
  const requirement = criterion.negated ? wording.fails : wording.holds;
  // '参保人数 ≥ 10 人' but '纳税信用等级为 A 级': a space only before a comparison sign.
  const gap = /^[≥≤<>]/.test(requirement) ? ' ' : '';
  const labelled = wording.labelled !== false;
  const expectation = labelled ? `${wording.label}${gap}${requirement}` : requirement;
  let text: string;
  if (wording.actual === null) {
    text = wording.unknownText ?? `未填写：${wording.missing.map((f) => FIELD_META[f].label).join('、')}`;
  } else if (verdict === 'unknown' && wording.unknownText) {
    text = wording.unknownText;
  } else if (!labelled && wording.actual === requirement) {
    text = wording.actual; // '未列入经营异常名录' already says it all
  } else {
    text = `${labelled ? `${wording.label} ` : ''}${wording.actual}，要求${gap}${requirement}`;
  }
  return {
    path: criterion.path,
    negated: criterion.negated,
    verdict,
    fields: wording.fields,
    missing: verdict === 'unknown' ? wording.missing : [],
    expectation,
    actual: wording.actual,
    text,
    verified: verifiedOf(wording.fields, profile),
  };
}
