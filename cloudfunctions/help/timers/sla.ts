/**
 * The SLA timer (every minute): an open request nobody accepted within the city's N minutes is escalated to the
 * coordinator (flag + timeline entry, once); an owned request past its start-by or due time is flagged overdue
 * (once). Each write is conditional, so a run racing an accept, or another run, changes nothing twice.
 */
import { cityConfig } from '@shared/config/city';
import { SYSTEM_ACTOR, transition } from '@shared/help/machine';
import { ESCALATION_REASON_LABELS, escalationDue, OVERDUE_REASON_LABELS, overdueReason } from '@shared/help/sla';
import { WAITING_STATES } from '@shared/help/states';
import { COLLECTIONS } from '../../collections';
import { readAll } from '../../_runtime/read-all';
import type { TimerContext } from '../../_runtime/router';
import { appendWhere, machineRequest } from '../store/requests';
import type { StoredHelpRequest } from '../store/types';

const TIMED_STATES = ['assigned', 'accepted', 'on_the_way', 'in_progress'];

async function escalateUnaccepted({ db, now }: TimerContext): Promise<number> {
  const _ = db.command;
  const config = cityConfig().help;
  const cutoff = new Date(now.getTime() - config.acceptWithinMinutes * 60_000);
  const waiting = await readAll<StoredHelpRequest>(db, COLLECTIONS.helpRequests, {
    state: _.in([...WAITING_STATES]),
    escalation: null,
    openedAt: _.lte(cutoff),
  });
  let count = 0;
  for (const doc of waiting.filter((d) => escalationDue(d, now, config))) {
    const reason = `${ESCALATION_REASON_LABELS.not_accepted}（超过${config.acceptWithinMinutes}分钟）`;
    const step = transition(machineRequest(doc), { type: 'escalate', reason }, SYSTEM_ACTOR, now);
    if (!step.ok) continue;
    const where = { _id: doc._id, version: doc.version, escalation: null };
    if (await appendWhere(db, where, { escalation: { reason: 'not_accepted', at: now } }, step.entry, now)) count += 1;
  }
  return count;
}

async function flagOverdue({ db, now }: TimerContext): Promise<number> {
  const _ = db.command;
  const late = await readAll<StoredHelpRequest>(
    db,
    COLLECTIONS.helpRequests,
    _.and([{ state: _.in(TIMED_STATES), overdue: null }, _.or([{ startBy: _.lt(now) }, { dueAt: _.lt(now) }])]) as unknown as Record<string, unknown>,
  );
  let count = 0;
  for (const doc of late) {
    const reason = overdueReason(doc, now);
    if (!reason) continue;
    const step = transition(machineRequest(doc), { type: 'flagOverdue', reason: OVERDUE_REASON_LABELS[reason] }, SYSTEM_ACTOR, now);
    if (!step.ok) continue;
    const where = { _id: doc._id, version: doc.version, overdue: null };
    if (await appendWhere(db, where, { overdue: { reason, at: now } }, step.entry, now)) count += 1;
  }
  return count;
}

export async function runSla(ctx: TimerContext): Promise<{ escalated: number; overdue: number }> {
  const escalated = await escalateUnaccepted(ctx);
  const overdue = await flagOverdue(ctx);
  if (escalated + overdue > 0) ctx.log.info('help_sla', { escalated, overdue });
  return { escalated, overdue };
}
