/**
 * The review timer: (1) a completed case still unrated after the city's N days gets one in-app reminder (a
 * `review_reminders` document whose _id is the case, so it can never be written twice); (2) an open rectification
 * past its deadline is flagged overdue and escalated to the administrator, once.
 */
import { cityConfig } from '@shared/config/city';
import { OPEN_STATES } from '@shared/review/rectification';
import { ratingKey } from '@shared/review/window';
import { COLLECTIONS } from '../../collections';
import { getById, readAll } from '../../_runtime/read-all';
import type { TimerContext } from '../../_runtime/router';
import { CASE_SOURCES } from '../sources';
import type { StoredRectification, StoredReminder } from '../store/types';

export async function remindUnrated({ db, now }: TimerContext): Promise<number> {
  const { remindAfterDays, ratingWindowDays } = cityConfig().review;
  const from = new Date(now.getTime() - ratingWindowDays * 86_400_000);
  const to = new Date(now.getTime() - remindAfterDays * 86_400_000);
  let count = 0;
  for (const source of Object.values(CASE_SOURCES)) {
    for (const c of await source.completedBetween(db, from, to)) {
      const id = `${c.source}_${c.id}`;
      if (await getById(db, COLLECTIONS.reviewRatings, ratingKey(c.source, c.id, 'completed'))) continue;
      if (await getById(db, COLLECTIONS.reviewReminders, id)) continue;
      const reminder: StoredReminder = { _id: id, openid: c.applicantOpenid, source: c.source, caseId: c.id, caseNumber: c.number, at: now };
      try {
        await db.collection(COLLECTIONS.reviewReminders).add(reminder);
        count += 1;
      } catch {
        // Another run wrote it first: still once.
      }
    }
  }
  return count;
}

export async function escalateOverdue({ db, now }: TimerContext): Promise<number> {
  const _ = db.command;
  const late = await readAll<StoredRectification>(db, COLLECTIONS.reviewRectifications, { state: _.in([...OPEN_STATES]), overdue: null, dueAt: _.lt(now) });
  let count = 0;
  for (const doc of late) {
    const entry = { event: 'overdue', at: now, note: null };
    const { updated } = (await db
      .collection(COLLECTIONS.reviewRectifications)
      .where({ _id: doc._id, version: doc.version, overdue: null })
      .update({ overdue: { at: now }, escalation: { reason: 'overdue', at: now }, version: doc.version + 1, history: [...doc.history, entry] })) as { updated?: number };
    if (updated) count += 1;
  }
  return count;
}

export async function runReviewTimer(ctx: TimerContext): Promise<{ reminded: number; escalated: number }> {
  const reminded = await remindUnrated(ctx);
  const escalated = await escalateOverdue(ctx);
  if (reminded + escalated > 0) ctx.log.info('review_timer', { reminded, escalated });
  return { reminded, escalated };
}
