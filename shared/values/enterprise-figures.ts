/**
 * Plausible ranges of the figures an enterprise states about itself, in the units the form shows (万元, 人). The
 * server refuses what no enterprise could report; the page questions what is possible but looks like it was typed
 * in 元 instead of 万元 (a tenfold-thousand slip is the common mistake on a form that says 万元).
 */
import { formatNumber } from '../enterprise/measure';

/** 从业人数: the largest Chinese employers have about 1.5 million staff. */
export const HEADCOUNT_RANGE = { min: 0, max: 3_000_000 } as const;
/** 上年度营业收入 in 万元: the largest Chinese firm reports about 3 万亿元 (3 亿万元); 5 万亿元 leaves room. */
export const REVENUE_RANGE = { min: 0, max: 500_000_000 } as const;
/** No firm takes in more than 10 亿元 (100,000 万元) a year per person it employs. */
export const MAX_REVENUE_PER_HEAD = 100_000;

/** From here on a revenue figure is questioned unless the firm is large: 100 亿元. */
export const QUESTION_REVENUE_FROM = 1_000_000;
/** A firm this large may well take in 100 亿元. */
const LARGE_FIRM_HEADCOUNT = 1000;
/** 1,000 万元 per person a year is already very high (trading firms); 10 times that is questioned. */
const QUESTION_REVENUE_PER_HEAD = 10_000;

/** Why the server refuses a revenue figure (in 万元), or null. `headcount` when known. */
export function revenueProblem(revenue: number, headcount?: number): string | null {
  if (!Number.isFinite(revenue) || revenue < REVENUE_RANGE.min) return '上年度营业收入不能为负数';
  if (revenue > REVENUE_RANGE.max) {
    return `上年度营业收入不能超过 ${formatNumber(REVENUE_RANGE.max)} 万元（5 万亿元），请按“万元”填写，不是“元”`;
  }
  if (headcount !== undefined && headcount > 0 && revenue > headcount * MAX_REVENUE_PER_HEAD) {
    return `上年度营业收入按从业人数算，每人超过 10 亿元，不合常理，请按“万元”填写，不是“元”`;
  }
  return null;
}

export function headcountProblem(headcount: number): string | null {
  if (!Number.isInteger(headcount)) return '从业人数应为整数';
  if (headcount < HEADCOUNT_RANGE.min) return '从业人数不能为负数';
  if (headcount > HEADCOUNT_RANGE.max) return `从业人数不能超过 ${formatNumber(HEADCOUNT_RANGE.max)} 人，请核对`;
  return null;
}

/** 万元 as the person reads it: 12000 万元 → '1.2 亿元'. */
export function inYi(wan: number): string {
  return `${formatNumber(wan / 10_000)} 亿元`;
}

/**
 * The question the page asks before saving a revenue that may have been typed in 元, or null when it looks right:
 * 「您填写的是 2000000 万元，即 200 亿元，确认无误吗？」
 */
export function revenueQuestion(revenue: number, headcount?: number): string | null {
  const large = revenue >= QUESTION_REVENUE_FROM && (headcount === undefined || headcount < LARGE_FIRM_HEADCOUNT);
  const perHead = headcount !== undefined && headcount > 0 && revenue / headcount > QUESTION_REVENUE_PER_HEAD;
  if (!large && !perHead) return null;
  return `您填写的上年度营业收入是 ${formatNumber(revenue)} 万元，即 ${inYi(revenue)}，确认无误吗？`;
}
