import { AppError } from '@shared/errors';
import { caseStatus, type CaseEventRecord, type Outcome, type TaskRecord } from '@shared/onething/machine';
import { caseNumber } from '@shared/onething/number';
import { changedTaskEntries } from '@shared/onething/task-index';
import { CASE_STATUS_LABELS } from '@shared/onething/states';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import { replacing } from '../../_runtime/replacing';
import { putTaskEntries } from './task-index';
import type { StoredCase } from './types';

export async function loadCase(db: Database, id: string): Promise<StoredCase | null> {
  return getById<StoredCase>(db, COLLECTIONS.onethingCases, id);
}

/** NOT_FOUND with the same words whether the case does not exist or the caller may not see it. */
export function caseNotFound(): AppError {
  return new AppError('NOT_FOUND', '没有找到这件办件，请回到“我的办件”刷新后重试。');
}

export function isDuplicateWrite(error: unknown): boolean {
  return /DUPLICATE/i.test(String((error as { code?: unknown })?.code ?? '')) || /duplicate key/i.test(String((error as Error)?.message));
}

/**
 * The next number of the day: one atomic `$inc` on the day's counter that answers the new value, so two
 * submits never share one (the first submit of a day creates the counter). A refused or lost submit may leave
 * a gap; numbers are never reused.
 */
export async function nextCaseNumber(db: Database, beijingDay: string): Promise<string> {
  const counters = db.collection(COLLECTIONS.onethingCounters);
  const _ = db.command;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const { doc } = (await counters.where({ _id: beijingDay }).updateAndReturn({ seq: _.inc(1) })) as { doc?: { seq?: number } | null };
    if (doc && typeof doc.seq === 'number') return caseNumber(beijingDay, doc.seq);
    try {
      await counters.add({ _id: beijingDay, seq: 1 });
      return caseNumber(beijingDay, 1);
    } catch (error) {
      // Another submit opened the day at the same moment: count on its counter.
      if (!isDuplicateWrite(error)) throw error;
    }
  }
  throw new AppError('CONFLICT', '同时提交的人太多，请稍后再试。');
}

/**
 * Applies one step of the state machine to the stored case, written only if nobody changed the case since it
 * was read. Departments work in parallel, so a lost race is retried on the fresh case (each department only
 * touches its own task) before it becomes CONFLICT.
 */
export async function applyStep(
  db: Database,
  id: string,
  step: (doc: StoredCase) => Outcome,
  extra: (doc: StoredCase, tasks: TaskRecord[], events: CaseEventRecord[]) => Partial<StoredCase> = () => ({}),
  now: Date = new Date(),
): Promise<{ doc: StoredCase; events: CaseEventRecord[] }> {
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const doc = await loadCase(db, id);
    if (!doc) throw caseNotFound();
    const outcome = step(doc);
    if (!outcome.ok) throw new AppError(outcome.code, outcome.message);
    const more = extra(doc, outcome.tasks, outcome.events);
    const withdrawn = Boolean(more.withdrawnAt ?? doc.withdrawnAt);
    const status = caseStatus(outcome.tasks, withdrawn);
    const completedAt = status === 'completed' ? (doc.completedAt ?? now) : doc.completedAt;
    const set = { ...more, tasks: outcome.tasks, status, completedAt, version: doc.version + 1, updatedAt: now };
    // The work list's entries first, then the case (store/task-index.ts says why this order).
    await putTaskEntries(db, changedTaskEntries(doc, { ...doc, tasks: outcome.tasks, version: doc.version + 1 }), now);
    const _ = db.command;
    const { updated } = (await db
      .collection(COLLECTIONS.onethingCases)
      .where({ _id: id, version: doc.version })
      .update({ ...replacing(db, set), timeline: _.push(outcome.events) })) as { updated?: number };
    if (updated) return { doc: { ...doc, ...set, timeline: [...doc.timeline, ...outcome.events] }, events: outcome.events };
  }
  const current = await loadCase(db, id);
  throw new AppError('CONFLICT', `这件办件刚刚有了变化（现在「${current ? CASE_STATUS_LABELS[current.status] : '已删除'}」），请刷新后查看。`);
}
