/** Export by date range: calendar days in Beijing time, at most a year and a day so one file stays bounded. */
import type { CalendarDate } from '../enterprise/calendar-date';

export const MAX_EXPORT_DAYS = 366;

/** Days from `from` to `to`, both included. */
export function daysIncluded(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** What is wrong with the range, in plain Chinese; null when it can be exported. */
export function exportRangeProblem(from: CalendarDate, to: CalendarDate): string | null {
  if (to < from) return '结束日期不能早于开始日期，请重新选择。';
  if (daysIncluded(from, to) > MAX_EXPORT_DAYS) return `一次最多导出${MAX_EXPORT_DAYS}天的评价，请缩短日期范围后分几次导出。`;
  return null;
}

/** The instants the range covers: from 00:00 Beijing time on `from` up to (not including) 00:00 the day after `to`. */
export function beijingDayRange(from: CalendarDate, to: CalendarDate): { start: Date; end: Date } {
  return { start: new Date(`${from}T00:00:00+08:00`), end: new Date(Date.parse(`${to}T00:00:00+08:00`) + 86_400_000) };
}
