/**
 * Refreshes shared/calendar/cn-holidays.json from the `chinese-days` package (the State Council's yearly
 * holiday notice: public holidays and the weekend days that become working days, 调休).
 * Run after the new year's notice is published (usually November/December): `npx tsx scripts/update-holidays.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const FIRST_YEAR = 2024;
const packageDir = path.dirname(require.resolve('chinese-days/package.json'));
const source = JSON.parse(readFileSync(path.join(packageDir, 'dist', 'chinese-days.json'), 'utf8')) as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const version = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version as string;

const pick = (days: Record<string, string>) =>
  Object.entries(days)
    .filter(([date]) => Number(date.slice(0, 4)) >= FIRST_YEAR)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, label]) => [date, label.split(',')[1] ?? label] as const);

const holidays = pick(source.holidays);
const workdays = pick(source.workdays);
const years = [...new Set([...holidays, ...workdays].map(([date]) => Number(date.slice(0, 4))))].sort();

const out = {
  source: `chinese-days@${version} (国务院办公厅 部分节假日安排的通知)`,
  years,
  holidays: Object.fromEntries(holidays),
  workdays: Object.fromEntries(workdays),
};
writeFileSync(path.resolve(__dirname, '..', 'shared', 'calendar', 'cn-holidays.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`holidays for ${years.join(', ')} from chinese-days@${version}`);
