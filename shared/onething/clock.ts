/**
 * The time limit (限时办结) of one department's task, in working days on the official calendar. The clock runs
 * from the day the task reaches the department, stops while the applicant supplies materials (补正) and goes on
 * with what was left when they have.
 */
import { addWorkingDays, beijingDate, defaultCalendar, workingDaysBetween, type CalendarDate, type WorkingCalendar } from '../calendar/working-days';

export interface TaskClock {
  /** The Beijing day the current run began; null while stopped (waiting, paused or finished). */
  runningSince: CalendarDate | null;
  /** Working days of the limit not used before `runningSince`. */
  daysRemaining: number;
}

export function startClock(days: number, now: Date): TaskClock {
  return { runningSince: beijingDate(now), daysRemaining: days };
}

/** Stops the clock, keeping the working days not yet used (never below zero). */
export function stopClock(clock: TaskClock, now: Date, calendar: WorkingCalendar = defaultCalendar): TaskClock {
  if (!clock.runningSince) return clock;
  const used = workingDaysBetween(clock.runningSince, beijingDate(now), calendar);
  return { runningSince: null, daysRemaining: Math.max(0, clock.daysRemaining - used) };
}

export function resumeClock(clock: TaskClock, now: Date): TaskClock {
  return clock.runningSince ? clock : { runningSince: beijingDate(now), daysRemaining: clock.daysRemaining };
}

export interface ClockReading {
  /** The last working day of the limit; null while the clock is stopped. */
  dueOn: CalendarDate | null;
  /** Working days left (0 = due today); negative = overdue by that many working days; null while stopped. */
  countdown: number | null;
  overdue: boolean;
  /** Working days still unused as of today. */
  daysRemaining: number;
}

export function readClock(clock: TaskClock, now: Date, calendar: WorkingCalendar = defaultCalendar): ClockReading {
  if (!clock.runningSince) return { dueOn: null, countdown: null, overdue: false, daysRemaining: clock.daysRemaining };
  const dueOn = addWorkingDays(clock.runningSince, clock.daysRemaining, calendar).date;
  const today = beijingDate(now);
  const overdue = today > dueOn;
  // Past the due day is overdue even on a weekend, when no working day has yet gone by.
  const countdown = overdue ? -Math.max(1, workingDaysBetween(dueOn, today, calendar)) : workingDaysBetween(today, dueOn, calendar);
  return { dueOn, countdown, overdue, daysRemaining: Math.max(0, countdown) };
}
