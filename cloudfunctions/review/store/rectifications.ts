import { addWorkingDays } from '@shared/calendar/working-days';
import { cityConfig } from '@shared/config/city';
import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import { countFixChange } from './summaries';
import type { StoredRating, StoredRectification } from './types';

/** A bad review opens its rectification at once, due in the city's working days on the official calendar. */
export async function openRectification(db: Database, rating: StoredRating, now: Date): Promise<StoredRectification> {
  const deadline = addWorkingDays(now, cityConfig().review.rectifyWithinWorkingDays);
  const doc: Omit<StoredRectification, '_id'> = {
    ratingId: rating._id,
    caseNumber: rating.caseNumber,
    department: rating.department,
    level: rating.level,
    comment: rating.comment,
    raterOpenid: rating.raterOpenid,
    raterName: rating.raterName,
    realName: rating.realName,
    state: 'opened',
    version: 1,
    dueDate: deadline.date,
    dueAt: deadline.dueAt,
    firstDueAt: deadline.dueAt,
    firstClosedAt: null,
    closedAt: null,
    reopenCount: 0,
    escalation: null,
    overdue: null,
    verification: null,
    handling: null,
    callbacks: [],
    fixRating: null,
    history: [{ event: 'open', at: now, note: null }],
    createdAt: now,
  };
  const { id } = (await db.collection(COLLECTIONS.reviewRectifications).add(doc)) as { id: string };
  await db.collection(COLLECTIONS.reviewRatings).doc(rating._id).update({ rectificationId: id });
  return { ...doc, _id: id };
}

export async function loadRectification(db: Database, id: string): Promise<StoredRectification> {
  const doc = await getById<StoredRectification>(db, COLLECTIONS.reviewRectifications, id);
  if (!doc) throw new AppError('NOT_FOUND', '没有找到这条差评整改，请刷新后重试。');
  return doc;
}

/** Writes a step only if nobody changed the document since it was read (version check), and counts the change in the summaries. */
export async function saveStep(db: Database, doc: StoredRectification, fields: Partial<StoredRectification>, entry: { event: string; at: Date; note: string | null }): Promise<StoredRectification> {
  const next = { ...fields, version: doc.version + 1, history: [...doc.history, entry] };
  const { updated } = (await db.collection(COLLECTIONS.reviewRectifications).where({ _id: doc._id, version: doc.version }).update(next)) as { updated?: number };
  if (!updated) throw new AppError('CONFLICT', '这条差评整改刚被其他人处理过，请刷新后查看最新进度。');
  const saved = { ...doc, ...next };
  await countFixChange(db, doc, saved);
  return saved;
}
