import { RATE_LIMITS, type RateLimitedAction } from '../config/rate-limits';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const BEIJING_OFFSET = 8 * HOUR;

/**
 * The fixed window `now` falls in. A `day` window runs from 08:00 to 08:00 Beijing time (midnight UTC): a person
 * who reaches the limit is told to come back in the morning, not at midnight.
 */
export function windowOf(action: RateLimitedAction, now: Date): { start: Date; end: Date } {
  const { window } = RATE_LIMITS[action];
  const length = window === 'day' ? DAY : window.seconds * 1000;
  const start = Math.floor(now.getTime() / length) * length;
  return { start: new Date(start), end: new Date(start + length) };
}

/** 今天 / 明天 / 11月3日 followed by HH:mm, in Beijing time. */
function beijingWhen(at: Date, now: Date): string {
  const local = new Date(at.getTime() + BEIJING_OFFSET);
  const today = Math.floor((now.getTime() + BEIJING_OFFSET) / DAY);
  const day = Math.floor(local.getTime() / DAY);
  const time = `${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}`;
  const date = day === today ? '今天' : day === today + 1 ? '明天' : `${local.getUTCMonth() + 1}月${local.getUTCDate()}日`;
  return `${date} ${time}`;
}

/** The refusal a person reads, saying when to try again; `retryAfterSeconds` goes in the details. */
export function rateLimitRefusal(action: RateLimitedAction, now: Date): { message: string; retryAfterSeconds: number } {
  const { what, window } = RATE_LIMITS[action];
  const { end } = windowOf(action, now);
  const retryAfterSeconds = Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 1000));
  if (window === 'day') return { message: `今天${what}的次数已达上限，请于 ${beijingWhen(end, now)} 后再试。`, retryAfterSeconds };
  if (retryAfterSeconds <= 3600) return { message: `${what}太频繁，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试。`, retryAfterSeconds };
  return { message: `${what}太频繁，请于 ${beijingWhen(end, now)} 后再试。`, retryAfterSeconds };
}
