/** The preferred time window a requester picks: in the future, long enough, not too far ahead. */
import type { FieldIssue } from '../errors';
import type { HelpConfig } from '../config/city';

export function windowProblems(window: { from: Date; to: Date }, now: Date, config: HelpConfig): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (window.to.getTime() - window.from.getTime() < config.minWindowMinutes * 60_000) {
    issues.push({ path: 'window.to', message: `结束时间要比开始时间至少晚${config.minWindowMinutes}分钟` });
  }
  if (window.to <= now) issues.push({ path: 'window.to', message: '预约时间已经过去了，请选择以后的时间' });
  if (window.from.getTime() > now.getTime() + config.maxWindowDaysAhead * 86_400_000) {
    issues.push({ path: 'window.from', message: `最多可以预约${config.maxWindowDaysAhead}天以内的时间` });
  }
  return issues;
}
