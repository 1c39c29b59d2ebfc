/**
 * Service levels, from the city's configuration (no national response time exists, domain.md §3):
 * an open request waits at most `acceptWithinMinutes` before the coordinator is alerted; an owned request must
 * start by the end of its preferred window plus a grace, and be finished within a number of working days.
 */
import { addWorkingDays } from '../calendar/working-days';
import type { HelpConfig } from '../config/city';
import type { OverdueReason } from './flags';
import type { HelpKind } from './kinds';
import { isOpen, type HelpState } from './states';

export { ESCALATION_REASONS, ESCALATION_REASON_LABELS, OVERDUE_REASONS, OVERDUE_REASON_LABELS } from './flags';
export type { EscalationReason, OverdueReason } from './flags';

/** When an open request is escalated if still nobody has taken it. */
export function escalateAt(openedAt: Date, config: HelpConfig): Date {
  return new Date(openedAt.getTime() + config.acceptWithinMinutes * 60_000);
}

export function escalationDue(
  request: { state: HelpState; kind: HelpKind; openedAt: Date | null; escalation: unknown },
  now: Date,
  config: HelpConfig,
): boolean {
  return isOpen(request) && request.openedAt !== null && request.escalation === null && now >= escalateAt(request.openedAt, config);
}

/** Deadlines set when a helper takes the request (accept or assign). */
export function deadlinesOnOwnership(kind: HelpKind, window: { to: Date }, now: Date, config: HelpConfig): { startBy: Date; dueAt: Date } {
  const startBy = new Date(Math.max(window.to.getTime(), now.getTime()) + config.startGraceMinutes * 60_000);
  const dueAt = addWorkingDays(now, config.completeWithinWorkingDays[kind]).dueAt;
  return { startBy, dueAt: dueAt < startBy ? startBy : dueAt };
}

/** Why an owned request is overdue now, or null. Suspended requests are not timed (中止 stops the clock). */
export function overdueReason(
  request: { state: HelpState; startBy: Date | null; dueAt: Date | null; overdue: unknown },
  now: Date,
): OverdueReason | null {
  if (request.overdue !== null) return null;
  if ((request.state === 'assigned' || request.state === 'accepted') && request.startBy && now > request.startBy) return 'not_started';
  if (['assigned', 'accepted', 'on_the_way', 'in_progress'].includes(request.state) && request.dueAt && now > request.dueAt) return 'not_completed';
  return null;
}
