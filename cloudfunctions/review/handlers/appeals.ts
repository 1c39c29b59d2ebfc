import type { reviewContracts } from '@shared/contracts/review';
import { AppError } from '@shared/errors';
import { canAppeal } from '@shared/review/appeals';
import { COLLECTIONS } from '../../collections';
import { getById, readAll } from '../../_runtime/read-all';
import { PAGE_SIZE, readPage } from '../../_runtime/paging';
import { listClaims, requireOwnedFiles } from '../../_runtime/files';
import { requireUser, type Handler, type HandlerContext } from '../../_runtime/router';
import type { StoredAppeal, StoredRating, StoredRectification } from '../store/types';
import { appealView } from '../store/views';

type C = typeof reviewContracts;

export const createAppeal: Handler<C['appeals.create']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const rating = await getById<StoredRating>(ctx.db, COLLECTIONS.reviewRatings, input.ratingId);
  if (!rating) throw new AppError('NOT_FOUND', '没有找到这条评价，请刷新后重试。');
  const pending = await readAll(ctx.db, COLLECTIONS.reviewAppeals, { ratingId: rating._id, state: 'pending' });
  const check = canAppeal(rating, user.department, pending.length);
  if (!check.ok) throw new AppError(check.code, check.message);
  await requireOwnedFiles(listClaims(input.evidence, 'evidence', '证据材料'), { area: 'appeals', openid });
  const appeal: Omit<StoredAppeal, '_id'> = {
    ratingId: rating._id,
    department: rating.department,
    reason: input.reason,
    explanation: input.explanation,
    evidence: input.evidence,
    byOpenid: openid,
    state: 'pending',
    decision: null,
    createdAt: new Date(),
  };
  const { id } = (await ctx.db.collection(COLLECTIONS.reviewAppeals).add(appeal)) as { id: string };
  ctx.log.info('appeal_created', { caseNumber: rating.caseNumber, reason: input.reason });
  return appealView({ ...appeal, _id: id });
};

export const listAppeals: Handler<C['appeals.list']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  const where: Record<string, unknown> = ctx.roles.includes('admin') ? {} : { department: user.department ?? '-' };
  if (input.state) where.state = input.state;
  const page = await readPage<StoredAppeal & Record<string, unknown>>(ctx.db, COLLECTIONS.reviewAppeals, where, { field: 'createdAt', direction: 'desc' }, input.cursor, input.limit ?? PAGE_SIZE);
  return { items: page.items.map(appealView), nextCursor: page.nextCursor };
};

/** An upheld appeal ends the rating's unfinished rectification (the history says why). */
async function withdrawRectification(ctx: HandlerContext, ratingId: string, now: Date, note: string): Promise<void> {
  const rating = await getById<StoredRating>(ctx.db, COLLECTIONS.reviewRatings, ratingId);
  if (!rating?.rectificationId) return;
  const doc = await getById<StoredRectification>(ctx.db, COLLECTIONS.reviewRectifications, rating.rectificationId);
  if (!doc || doc.state === 'finished') return;
  await ctx.db
    .collection(COLLECTIONS.reviewRectifications)
    .where({ _id: doc._id, version: doc.version })
    .update({ state: 'finished', version: doc.version + 1, history: [...doc.history, { event: 'appeal_upheld', at: now, note }] });
}

export const decideAppeal: Handler<C['appeals.decide']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const appeal = await getById<StoredAppeal>(ctx.db, COLLECTIONS.reviewAppeals, input.id);
  if (!appeal) throw new AppError('NOT_FOUND', '没有找到这条申诉，请刷新后重试。');
  const now = new Date();
  const decision = { note: input.note, at: now, byOpenid: openid };
  const { updated } = (await ctx.db
    .collection(COLLECTIONS.reviewAppeals)
    .where({ _id: appeal._id, state: 'pending' })
    .update({ state: input.decision, decision })) as { updated?: number };
  if (!updated) throw new AppError('CONFLICT', '这条申诉已经复核过了，请刷新查看结果。');
  // Upheld: the rating leaves the statistics but stays in the record (and in the export, flagged).
  if (input.decision === 'upheld') {
    await ctx.db.collection(COLLECTIONS.reviewRatings).doc(appeal.ratingId).update({ excluded: true, exclusion: { appealId: appeal._id, at: now } });
    await withdrawRectification(ctx, appeal.ratingId, now, input.note);
  }
  ctx.log.info('appeal_decided', { decision: input.decision });
  return appealView({ ...appeal, state: input.decision, decision });
};
