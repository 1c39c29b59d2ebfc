import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import cnHolidays from './cn-holidays.json';

dayjs.extend(utc);

/** A calendar day in Beijing time, `YYYY-MM-DD`. */
export type CalendarDate = string;

export interface HolidayData {
  source: string;
  years: number[];
  holidays: Record<CalendarDate, string>;
  /** Weekend days that are working days (调休上班). */
  workdays: Record<CalendarDate, string>;
}

/** China has one time zone and no daylight saving: Beijing time is UTC+8 all year. */
const BEIJING_OFFSET_MINUTES = 8 * 60;

export function beijingDate(instant: Date): CalendarDate {
  return dayjs.utc(instant).add(BEIJING_OFFSET_MINUTES, 'minute').format('YYYY-MM-DD');
}

/** The last millisecond of a Beijing calendar day, as an instant. */
export function endOfBeijingDay(date: CalendarDate): Date {
  return dayjs.utc(`${date}T23:59:59.999Z`).subtract(BEIJING_OFFSET_MINUTES, 'minute').toDate();
}

function nextDay(date: CalendarDate): CalendarDate {
  return dayjs.utc(date).add(1, 'day').format('YYYY-MM-DD');
}

export class WorkingCalendar {
  private readonly coveredYears: Set<number>;

  constructor(private readonly data: HolidayData = cnHolidays as HolidayData) {
    this.coveredYears = new Set(data.years);
  }

  get source(): string {
    return this.data.source;
  }

  /** Whether the official holiday notice for this day's year is known (otherwise only weekends count). */
  covers(date: CalendarDate): boolean {
    return this.coveredYears.has(Number(date.slice(0, 4)));
  }

  holidayName(date: CalendarDate): string | null {
    return this.data.holidays[date] ?? null;
  }

  isWorkingDay(date: CalendarDate): boolean {
    if (this.data.workdays[date]) return true;
    if (this.data.holidays[date]) return false;
    const weekday = dayjs.utc(date).day();
    return weekday !== 0 && weekday !== 6;
  }
}

export interface WorkingDayDeadline {
  /** The last working day of the time limit. */
  date: CalendarDate;
  /** End of that day in Beijing time. */
  dueAt: Date;
  /** True when the count ran into a year whose holiday notice is not yet published: weekends only were skipped. */
  estimated: boolean;
}

/**
 * A time limit of `days` working days starting from `start`: counting begins the day after (期限从次日起算),
 * skipping weekends and public holidays and counting 调休 weekend working days.
 */
export function addWorkingDays(start: Date | CalendarDate, days: number, calendar: WorkingCalendar = defaultCalendar): WorkingDayDeadline {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${days}`);
  let date = typeof start === 'string' ? start : beijingDate(start);
  let estimated = !calendar.covers(date);
  let counted = 0;
  while (counted < days) {
    date = nextDay(date);
    if (!calendar.covers(date)) estimated = true;
    if (calendar.isWorkingDay(date)) counted += 1;
  }
  return { date, dueAt: endOfBeijingDay(date), estimated };
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: Date | CalendarDate, to: Date | CalendarDate, calendar: WorkingCalendar = defaultCalendar): number {
  let date = typeof from === 'string' ? from : beijingDate(from);
  const end = typeof to === 'string' ? to : beijingDate(to);
  let count = 0;
  while (date < end) {
    date = nextDay(date);
    if (calendar.isWorkingDay(date)) count += 1;
  }
  return count;
}

export const defaultCalendar = new WorkingCalendar();
