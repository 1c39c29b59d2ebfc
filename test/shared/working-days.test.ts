import { addWorkingDays, beijingDate, defaultCalendar as calendar, workingDaysBetween } from '@shared/calendar/working-days';

describe('the working-day calendar (official 2026 holiday notice)', () => {
  it('knows the 2026 National Day holiday and its 调休 Saturday', () => {
    expect(calendar.isWorkingDay('2026-10-01')).toBe(false);
    expect(calendar.holidayName('2026-10-05')).toBe('国庆节');
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday made a working day
    expect(calendar.isWorkingDay('2026-10-11')).toBe(false); // ordinary Sunday
  });

  it('starts counting the day after, skipping weekends and holidays', () => {
    // Received Wednesday 2026-09-30: Oct 1–7 are holidays, Sat Oct 10 works.
    expect(addWorkingDays('2026-09-30', 1).date).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 3).date).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 5).date).toBe('2026-10-13');
  });

  it('counts 15 working days across the Spring Festival of 2026', () => {
    const deadline = addWorkingDays('2026-02-09', 15);
    // Feb 10–13, Sat 14 (调休), Feb 24–27, Sat 28 (调休), Mar 2–6
    expect(deadline.date).toBe('2026-03-06');
    expect(deadline.estimated).toBe(false);
  });

  it('uses Beijing time for the start day and ends the deadline at Beijing midnight', () => {
    // 2026-11-23 17:30 UTC is already Tuesday 24 Nov in Beijing.
    expect(beijingDate(new Date('2026-11-23T17:30:00Z'))).toBe('2026-11-24');
    const deadline = addWorkingDays(new Date('2026-11-23T17:30:00Z'), 1);
    expect(deadline.date).toBe('2026-11-25');
    expect(deadline.dueAt.toISOString()).toBe('2026-11-25T15:59:59.999Z');
  });

  it('marks a deadline estimated when it runs into a year whose notice is not published yet', () => {
    const deadline = addWorkingDays('2026-12-24', 15);
    expect(deadline.estimated).toBe(true);
    expect(calendar.isWorkingDay(deadline.date)).toBe(true);
  });

  it('counts the working days between two dates', () => {
    expect(workingDaysBetween('2026-09-30', '2026-10-10')).toBe(3);
    expect(workingDaysBetween('2026-10-10', '2026-09-30')).toBe(0);
  });

  it('refuses a negative or fractional limit', () => {
    expect(() => addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-05', 1.5)).toThrow(RangeError);
  });
});
