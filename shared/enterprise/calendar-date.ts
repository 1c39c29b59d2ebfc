/**
 * Arithmetic on calendar days written `YYYY-MM-DD` (no time, no zone). Such strings sort and compare like the days
 * they name, which is what lets a database compare founding dates as plain strings.
 */
export type CalendarDate = string;

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: CalendarDate): [number, number, number] {
  const match = SHAPE.exec(date);
  if (!match) throw new Error(`not a calendar date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isCalendarDate(value: string): boolean {
  const match = SHAPE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The same day `months` months later (or earlier, when negative). A day that does not exist in the target month
 * becomes that month's last day: 2024-02-29 minus 12 months is 2023-02-28.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return format(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * Whole months from `from` to `to` (0 when `to` is earlier), counted forward from `from` as 民法典 art. 201 counts a
 * period: a month from 2024-01-31 ends on the month's last day, 2024-02-29.
 */
export function fullMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  if (to < from) return 0;
  const [fy, fm] = parts(from);
  const [ty, tm] = parts(to);
  let months = (ty - fy) * 12 + (tm - fm);
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/** Whole years from `from` to `to`, the way an age is counted. */
export function fullYearsBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.floor(fullMonthsBetween(from, to) / 12);
}

export function nextDay(date: CalendarDate): CalendarDate {
  const [year, month, day] = parts(date);
  return day < daysInMonth(year, month) ? format(year, month, day + 1) : addMonths(format(year, month, 1), 1);
}

/**
 * The latest founding day from which `months` whole months have passed by `today` (so every day up to it has them
 * too): with today 2026-02-28 and 72 months, 2020-02-29 (its sixth anniversary falls on the month's last day).
 */
export function latestStartWithMonthsPassed(today: CalendarDate, months: number): CalendarDate {
  let day = addMonths(today, -months);
  while (addMonths(nextDay(day), months) <= today) day = nextDay(day);
  return day;
}

/** The earliest founding day from which no more than `months` months have passed by `today`. */
export function earliestStartWithinMonths(today: CalendarDate, months: number): CalendarDate {
  let day = addMonths(today, -months);
  while (addMonths(day, months) < today) day = nextDay(day);
  return day;
}
