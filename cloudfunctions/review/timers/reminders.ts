/**
 * The review timer: (1) a completed case still unrated after the city's N days gets one in-app reminder (a
 * `review_reminders` document whose _id is the case, so it can never be written twice); (2) an open rectification
 * past its deadline is flagged overdue and escalated to the administrator, once; (3) the dashboard's summaries are
 * recounted once if they never were (a deployment onto existing ratings).
 */
import { cityConfig } from '@shared/config/city';
import { OPEN_STATES } from '@shared/review/rectification';
import { ratingKey } from '@shared/review/window';
import { COLLECTIONS } from '../../collections';
import { getById } from '../../_runtime/read-all';
import type { TimerContext } from '../../_runtime/router';
import { CASE_SOURCES } from '../sources';
import { recountSummaries } from '../store/recount';
import { pagesOf } from '../store/scan';
import { REBUILT_MARKER } from '../store/summaries';
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
  const lateWhere = { state: _.in([...OPEN_STATES]), overdue: null, dueAt: _.lt(now) };
  let count = 0;
  // By (dueAt, _id) cursor: a document flagged here leaves the selection, one left alone is not read twice.
  for await (const late of pagesOf<StoredRectification & Record<string, unknown>>(db, COLLECTIONS.reviewRectifications, lateWhere, { field: 'dueAt', direction: 'asc' }, 100)) {
    for (const doc of late) {
      const entry = { event: 'overdue', at: now, note: null };
      const { updated } = (await db
        .collection(COLLECTIONS.reviewRectifications)
        .where({ _id: doc._id, version: doc.version, overdue: null })
        .update({ overdue: { at: now }, escalation: { reason: 'overdue', at: now }, version: doc.version + 1, history: [...doc.history, entry] })) as { updated?: number };
      if (updated) count += 1;
    }
  }
  return count;
}

/** The summaries are recounted once when no recount was ever made (they were added after ratings existed). */
async function recountIfNeverDone({ db, now }: TimerContext): Promise<boolean> {
  if (await getById(db, COLLECTIONS.reviewSummaries, REBUILT_MARKER)) return false;
  await recountSummaries(db, now);
  return true;
}

export async function runReviewTimer(ctx: TimerContext): Promise<{ reminded: number; escalated: number }> {
  const reminded = await remindUnrated(ctx);
  const escalated = await escalateOverdue(ctx);
  const recounted = await recountIfNeverDone(ctx);
  if (reminded + escalated > 0 || recounted) ctx.log.info('review_timer', { reminded, escalated, recounted });
  return { reminded, escalated };
}
