/**
 * Tencent SCF / CloudBase timer cron: 7 space-separated fields
 *   second(0-59) minute(0-59) hour(0-23) day-of-month(1-31) month(1-12|JAN-DEC) day-of-week(0-6|SUN-SAT) year(1970-2099)
 * with `*` `,` `-` `/` everywhere, `?` for "any" in the day fields, and SCF's specials `L` `W` (day of month)
 * and `L` `#` (day of week). Day-of-week 0 is Sunday (SCF documentation). Times are Beijing time
 * (Asia/Shanghai, UTC+8, no daylight saving). When both day fields are restricted a day matches either.
 */

const BEIJING_OFFSET_SECONDS = 8 * 3600;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

type DayMatcher = (year: number, month: number, day: number) => boolean;

export interface CronExpression {
  source: string;
  seconds: Set<number>;
  minutes: Set<number>;
  hours: Set<number>;
  months: Set<number>;
  years: Set<number>;
  /** undefined = any day */
  dayOfMonth: DayMatcher | undefined;
  dayOfWeek: DayMatcher | undefined;
}

export class CronError extends Error {
  constructor(expression: string, detail: string) {
    super(`invalid cron "${expression}": ${detail}`);
    this.name = 'CronError';
  }
}

interface FieldSpec {
  label: string;
  min: number;
  max: number;
  names?: string[];
  /** offset added to a name's index (months are 1-based) */
  nameBase?: number;
}

const FIELDS: FieldSpec[] = [
  { label: 'second', min: 0, max: 59 },
  { label: 'minute', min: 0, max: 59 },
  { label: 'hour', min: 0, max: 23 },
  { label: 'day-of-month', min: 1, max: 31 },
  { label: 'month', min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { label: 'day-of-week', min: 0, max: 6, names: WEEKDAYS, nameBase: 0 },
  { label: 'year', min: 1970, max: 2099 },
];

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const weekday = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).getUTCDay();

function parseValue(text: string, spec: FieldSpec, expression: string): number {
  const upper = text.toUpperCase();
  if (spec.names) {
    const index = spec.names.indexOf(upper);
    if (index >= 0) return index + (spec.nameBase ?? 0);
  }
  if (!/^\d+$/.test(text)) throw new CronError(expression, `"${text}" is not a valid ${spec.label}`);
  const value = Number(text);
  if (value < spec.min || value > spec.max) throw new CronError(expression, `${spec.label} ${value} is outside ${spec.min}-${spec.max}`);
  return value;
}

/** `*`, `a`, `a-b`, with an optional `/step`; comma-separated. */
function parseSet(field: string, spec: FieldSpec, expression: string): Set<number> {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    if (part === '') throw new CronError(expression, `empty item in ${spec.label} field "${field}"`);
    const [rangeText, stepText, extra] = part.split('/');
    if (extra !== undefined) throw new CronError(expression, `"${part}" has more than one "/"`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) === 0) throw new CronError(expression, `step "${stepText}" in ${spec.label} must be a positive integer`);
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (rangeText === '*') {
      from = spec.min;
      to = spec.max;
    } else if (rangeText.includes('-')) {
      const [a, b, more] = rangeText.split('-');
      if (more !== undefined) throw new CronError(expression, `bad range "${rangeText}" in ${spec.label}`);
      from = parseValue(a, spec, expression);
      to = parseValue(b, spec, expression);
      if (from > to) throw new CronError(expression, `range "${rangeText}" in ${spec.label} goes backwards`);
    } else {
      from = parseValue(rangeText, spec, expression);
      to = stepText !== undefined ? spec.max : from;
    }
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

function parseDayOfMonth(field: string, expression: string): DayMatcher | undefined {
  if (field === '*' || field === '?') return undefined;
  const matchers: DayMatcher[] = field.split(',').map((part): DayMatcher => {
    const upper = part.toUpperCase();
    if (upper === 'L') return (y, m, d) => d === daysInMonth(y, m);
    if (upper === 'LW') {
      return (y, m, d) => d === nearestWeekday(y, m, daysInMonth(y, m));
    }
    const lastMinus = /^L-(\d+)$/.exec(upper);
    if (lastMinus) return (y, m, d) => d === daysInMonth(y, m) - Number(lastMinus[1]);
    const w = /^(\d+)W$/.exec(upper);
    if (w) {
      const target = parseValue(w[1], FIELDS[3], expression);
      return (y, m, d) => target <= daysInMonth(y, m) && d === nearestWeekday(y, m, target);
    }
    const set = parseSet(part, FIELDS[3], expression);
    return (_y, _m, d) => set.has(d);
  });
  return (y, m, d) => matchers.some((match) => match(y, m, d));
}

/** The weekday (Mon-Fri) nearest to `day` within the same month (Quartz `W`). */
function nearestWeekday(year: number, month: number, day: number): number {
  const dow = weekday(year, month, day);
  if (dow >= 1 && dow <= 5) return day;
  const last = daysInMonth(year, month);
  if (dow === 6) return day === 1 ? 3 : day - 1;
  return day === last ? day - 2 : day + 1;
}

function parseDayOfWeek(field: string, expression: string): DayMatcher | undefined {
  if (field === '*' || field === '?') return undefined;
  const spec = FIELDS[5];
  const matchers: DayMatcher[] = field.split(',').map((part): DayMatcher => {
    const upper = part.toUpperCase();
    if (upper === 'L') return (y, m, d) => weekday(y, m, d) === 6;
    const last = /^(\w+)L$/.exec(upper);
    if (last) {
      const target = parseValue(last[1], spec, expression);
      return (y, m, d) => weekday(y, m, d) === target && d + 7 > daysInMonth(y, m);
    }
    const nth = /^(\w+)#(\d)$/.exec(upper);
    if (nth) {
      const target = parseValue(nth[1], spec, expression);
      const n = Number(nth[2]);
      if (n < 1 || n > 5) throw new CronError(expression, `"#${n}" must be 1-5`);
      return (y, m, d) => weekday(y, m, d) === target && Math.ceil(d / 7) === n;
    }
    const set = parseSet(part, spec, expression);
    return (y, m, d) => set.has(weekday(y, m, d));
  });
  return (y, m, d) => matchers.some((match) => match(y, m, d));
}

export function parseCron(expression: string): CronExpression {
  if (typeof expression !== 'string') throw new CronError(String(expression), 'not a string');
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 7) {
    throw new CronError(expression, `expected 7 fields (second minute hour day month weekday year), got ${fields.length}`);
  }
  for (const [i, f] of fields.entries()) {
    if (f === '?' && i !== 3 && i !== 5) throw new CronError(expression, `"?" is only allowed in the day fields`);
  }
  return {
    source: expression,
    seconds: parseSet(fields[0], FIELDS[0], expression),
    minutes: parseSet(fields[1], FIELDS[1], expression),
    hours: parseSet(fields[2], FIELDS[2], expression),
    dayOfMonth: parseDayOfMonth(fields[3], expression),
    months: parseSet(fields[4], FIELDS[4], expression),
    dayOfWeek: parseDayOfWeek(fields[5], expression),
    years: parseSet(fields[6], FIELDS[6], expression),
  };
}

function dayMatches(cron: CronExpression, year: number, month: number, day: number): boolean {
  const { dayOfMonth, dayOfWeek } = cron;
  if (!dayOfMonth && !dayOfWeek) return true;
  if (dayOfMonth && dayOfWeek) return dayOfMonth(year, month, day) || dayOfWeek(year, month, day);
  return (dayOfMonth ?? dayOfWeek)!(year, month, day);
}

/** Epoch seconds of a Beijing wall-clock time (fields may overflow: Date.UTC normalises them). */
function beijing(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0): number {
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - BEIJING_OFFSET_SECONDS;
}

/** The next fire time strictly after `afterMs` (epoch ms), or null when the expression never fires again. */
export function nextFire(cron: CronExpression, afterMs: number): number | null {
  let t = Math.floor(afterMs / 1000) + 1;
  for (let guard = 0; guard < 2_000_000; guard++) {
    const wall = new Date((t + BEIJING_OFFSET_SECONDS) * 1000);
    const year = wall.getUTCFullYear();
    const month = wall.getUTCMonth() + 1;
    const day = wall.getUTCDate();
    const hour = wall.getUTCHours();
    const minute = wall.getUTCMinutes();
    const second = wall.getUTCSeconds();
    if (!cron.years.has(year)) {
      const later = [...cron.years].filter((y) => y > year).sort((a, b) => a - b)[0];
      if (later === undefined) return null;
      t = beijing(later, 1);
      continue;
    }
    if (!cron.months.has(month)) {
      t = beijing(year, month + 1);
      continue;
    }
    if (!dayMatches(cron, year, month, day)) {
      t = beijing(year, month, day + 1);
      continue;
    }
    if (!cron.hours.has(hour)) {
      t = beijing(year, month, day, hour + 1);
      continue;
    }
    if (!cron.minutes.has(minute)) {
      t = beijing(year, month, day, hour, minute + 1);
      continue;
    }
    if (!cron.seconds.has(second)) {
      t += 1;
      continue;
    }
    return t * 1000;
  }
  return null;
}
