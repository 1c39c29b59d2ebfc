/**
 * The one definition of a date a person enters: a real calendar day (`YYYY-MM-DD`, no 30 February) inside the range
 * that fits the field — a birth date is not in the future nor before 1900, a newborn's within the theme's
 * registration window. Pages take the same range for their date pickers, so what can be picked is what is accepted.
 */
import { z } from 'zod';
import { beijingDate } from '../calendar/working-days';
import { addMonths, isCalendarDate, type CalendarDate } from '../enterprise/calendar-date';

/** One end of a range: a fixed day, or a number of days/months from today (negative = before today). */
export type DateBound = { date: CalendarDate } | { daysFromToday: number } | { monthsFromToday: number };

export interface DateRange {
  earliest: DateBound;
  latest: DateBound;
}

export const dateBoundSchema = z.union([
  z.strictObject({ date: z.string().refine(isCalendarDate, '日期应为存在的日期，例如 2026-03-08') }),
  z.strictObject({ daysFromToday: z.number().int() }),
  z.strictObject({ monthsFromToday: z.number().int() }),
]);
export const dateRangeSchema = z.strictObject({ earliest: dateBoundSchema, latest: dateBoundSchema });

/** Nobody alive was born before 1900; nothing we register happened earlier. */
export const EARLIEST_DAY: CalendarDate = '1900-01-01';

/** Days in the past, up to today: birth dates, dates of death, founding dates. */
export const PAST_DATE: DateRange = { earliest: { date: EARLIEST_DAY }, latest: { daysFromToday: 0 } };
export const BIRTH_DATE = PAST_DATE;
/** Days from today on, within a year: when a service should start. */
export const COMING_DATE: DateRange = { earliest: { daysFromToday: 0 }, latest: { monthsFromToday: 12 } };
/** Near today either way (a start or retirement date just passed or soon to come). */
export const NEAR_DATE: DateRange = { earliest: { monthsFromToday: -12 }, latest: { monthsFromToday: 12 } };
/** What a date field without its own range accepts. */
export const ANY_DATE: DateRange = { earliest: { date: EARLIEST_DAY }, latest: { monthsFromToday: 120 } };

function resolve(bound: DateBound, today: CalendarDate): CalendarDate {
  if ('date' in bound) return bound.date;
  if ('monthsFromToday' in bound) return addMonths(today, bound.monthsFromToday);
  return addDays(today, bound.daysFromToday);
}

function addDays(date: CalendarDate, days: number): CalendarDate {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The first and last day the range allows on `today` (a Beijing calendar day): a picker's `start` and `end`. */
export function dateBounds(range: DateRange, today: CalendarDate): { min: CalendarDate; max: CalendarDate } {
  return { min: resolve(range.earliest, today), max: resolve(range.latest, today) };
}

function describe(day: CalendarDate, today: CalendarDate): string {
  if (day === today) return '今天';
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** What is wrong with `value` as the field `label`, in plain Chinese; null when it is a day the range allows. */
export function dateProblem(value: string, label: string, range: DateRange, today: CalendarDate): string | null {
  if (value.trim() === '') return `请填写${label}`;
  if (!isCalendarDate(value)) return `「${label}」不是有效的日期，请按“年-月-日”选择，例如 2026-03-08`;
  const { min, max } = dateBounds(range, today);
  if (value > max) return `${label}不能晚于${describe(max, today)}`;
  if (value < min) return `${label}不能早于${describe(min, today)}`;
  return null;
}

/** Today in Beijing; a parameter so tests and pages can fix it. */
export const beijingToday = (now: Date = new Date()): CalendarDate => beijingDate(now);

/** A zod schema for a date field named `label`, checked against today in Beijing when it is parsed. */
export function dateSchema(label: string, range: DateRange = ANY_DATE, today: () => CalendarDate = () => beijingToday()) {
  return z.string({ error: `请选择${label}` }).superRefine((value, ctx) => {
    const problem = dateProblem(value, label, range, today());
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}
