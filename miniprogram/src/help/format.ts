/** Dates for people in China: Beijing time, whatever the phone's clock zone. */
const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

function beijingParts(iso: string): { month: number; day: number; hour: string; minute: string; date: string } {
  const shifted = new Date(Date.parse(iso) + BEIJING_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: pad(shifted.getUTCHours()),
    minute: pad(shifted.getUTCMinutes()),
    date: `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`,
  };
}

/** 11月24日 09:00 */
export function formatDateTime(iso: string): string {
  const p = beijingParts(iso);
  return `${p.month}月${p.day}日 ${p.hour}:${p.minute}`;
}

/** 11月24日 09:00–12:00 */
export function formatWindow(window: { from: string; to: string }): string {
  const from = beijingParts(window.from);
  const to = beijingParts(window.to);
  const sameDay = from.date === to.date;
  return `${from.month}月${from.day}日 ${from.hour}:${from.minute}–${sameDay ? '' : `${to.month}月${to.day}日 `}${to.hour}:${to.minute}`;
}

/** The Beijing calendar day `daysAhead` days from now, YYYY-MM-DD. */
export function beijingDate(daysAhead: number, now: Date = new Date()): string {
  return beijingParts(new Date(now.getTime() + daysAhead * 86_400_000).toISOString()).date;
}

/** An ISO instant for a Beijing wall-clock time on a YYYY-MM-DD day. */
export function beijingInstant(date: string, hhmm: string): string {
  return new Date(`${date}T${hhmm}:00+08:00`).toISOString();
}

/** 11月24日（周二） for a YYYY-MM-DD day. */
export function formatDay(date: string): string {
  const d = new Date(`${date}T12:00:00+08:00`);
  const weekday = '日一二三四五六'[new Date(d.getTime() + BEIJING_OFFSET_MS).getUTCDay()];
  const [, m, dd] = date.split('-');
  return `${Number(m)}月${Number(dd)}日（周${weekday}）`;
}
