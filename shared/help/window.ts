/**
 * The preferred time window a requester picks: it starts from now, ends within 90 days, is long enough, and `from`
 * comes before `to`. The page offers only such windows; the function checks them again with this.
 */
import type { FieldIssue } from '../errors';
import type { HelpConfig } from '../config/city';

/** A window may end at most this many days from now. */
export const MAX_WINDOW_END_DAYS = 90;
/** A window picked a moment ago may start a little in the past by the time it arrives (slow network, clock skew). */
const START_GRACE_MINUTES = 10;

export function windowProblems(window: { from: Date; to: Date }, now: Date, config: HelpConfig): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (window.to.getTime() <= window.from.getTime()) {
    issues.push({ path: 'window.to', message: '预约的结束时间要晚于开始时间' });
  } else if (window.to.getTime() - window.from.getTime() < config.minWindowMinutes * 60_000) {
    issues.push({ path: 'window.to', message: `预约的结束时间要比开始时间至少晚${config.minWindowMinutes}分钟` });
  }
  if (window.to <= now) issues.push({ path: 'window.to', message: '预约时间已经过去了，请选择以后的时间' });
  else if (window.from.getTime() < now.getTime() - START_GRACE_MINUTES * 60_000) {
    issues.push({ path: 'window.from', message: '预约的开始时间不能早于现在，请选择以后的时间' });
  }
  if (window.from.getTime() > now.getTime() + config.maxWindowDaysAhead * 86_400_000) {
    issues.push({ path: 'window.from', message: `预约的开始时间最多只能选${config.maxWindowDaysAhead}天以内` });
  }
  if (window.to.getTime() > now.getTime() + MAX_WINDOW_END_DAYS * 86_400_000) {
    issues.push({ path: 'window.to', message: `预约的结束时间最多只能选${MAX_WINDOW_END_DAYS}天以内` });
  }
  return issues;
}
