/**
 * A quantity an enterprise states either exactly or as a band ("营业收入 300–500 万元"), and how such a value
 * compares with a bound. Shared by the size classification, the matcher and the database pre-filter, so all three
 * agree on what a band does and does not prove.
 */

/** `min` inclusive, `max` exclusive; no `max` means "and above". */
export interface Band {
  min: number;
  max?: number;
}

export type Measure = number | Band;

export function isBand(value: Measure): value is Band {
  return typeof value === 'object';
}

/** The smallest value the measure allows. */
export function lowest(value: Measure): number {
  return isBand(value) ? value.min : value;
}

/** What is known of `value ≥ bound` (or `>` when `strict`): true, false, or null when the band straddles it. */
export function atLeast(value: Measure, bound: number, strict = false): boolean | null {
  if (!isBand(value)) return strict ? value > bound : value >= bound;
  if (strict ? value.min > bound : value.min >= bound) return true;
  // Every value of the band is below `max`, so a band whose max is at or under the bound can never reach it.
  if (value.max !== undefined && value.max <= bound) return false;
  return null;
}

/** What is known of `value ≤ bound` (or `<` when `strict`). */
export function atMost(value: Measure, bound: number, strict = false): boolean | null {
  if (!isBand(value)) return strict ? value < bound : value <= bound;
  if (value.max !== undefined && value.max <= bound) return true;
  if (strict ? value.min >= bound : value.min > bound) return false;
  return null;
}

/** A number with its unit: '120 万元', '8 人', '5.5%' (no space before a percent sign). */
export function withUnit(value: number, unit = ''): string {
  if (!unit) return formatNumber(value);
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`;
}

/** Plain Chinese for a measure with its unit: '120 万元', '300–500 万元', '1000 万元及以上'. */
export function formatMeasure(value: Measure, unit: string): string {
  if (!isBand(value)) return withUnit(value, unit);
  if (value.max === undefined) return `${withUnit(value.min, unit)}及以上`;
  if (value.min === 0) return `${withUnit(value.max, unit)}以下`;
  return `${formatNumber(value.min)}–${withUnit(value.max, unit)}`;
}

/** At most two decimals, no trailing zeros, no thousands separators (a 60-year-old reads 12000 more easily). */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}
