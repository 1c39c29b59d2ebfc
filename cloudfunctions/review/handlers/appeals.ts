import type { reviewContracts } from '@shared/contracts/review';
import { AppError } from '@shared/errors';
import { canAppeal } from '@shared/review/appeals';
import { COLLECTIONS } from '../../collections';
import { getById } from '../../_runtime/read-all';
import { PAGE_SIZE, readPage } from '../../_runtime/paging';
import { listClaims, requireOwnedFiles } from '../../_runtime/files';
import { requireUser, type Handler, type HandlerContext } from '../../_runtime/router';
import { countFixChange, countRating } from '../store/summaries';
import type { StoredAppeal, StoredRating, StoredRectification } from '../store/types';
import { appealView } from '../store/views';

type C = typeof reviewContracts;

export const createAppeal: Handler<C['appeals.create']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const rating = await getById<StoredRating>(ctx.db, COLLECTIONS.reviewRatings, input.ratingId);
  if (!rating) throw new AppError('NOT_FOUND', '没有找到这条评价，请刷新后重试。');
  // One pending appeal is enough to refuse another: read at most one.
  const { data: pending } = await ctx.db.collection(COLLECTIONS.reviewAppeals).where({ ratingId: rating._id, state: 'pending' }).limit(1).get();
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

/**
 * An upheld appeal ends the rating's unfinished rectification (the history says why). Answers the rectification
 * as it stood when it stopped counting (retrying past a step saved meanwhile), or null when there is none.
 */
async function withdrawRectification(ctx: HandlerContext, rating: StoredRating, now: Date, note: string): Promise<StoredRectification | null> {
  if (!rating.rectificationId) return null;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const doc = await getById<StoredRectification>(ctx.db, COLLECTIONS.reviewRectifications, rating.rectificationId);
    if (!doc || doc.state === 'finished') return doc;
    const { updated } = (await ctx.db
      .collection(COLLECTIONS.reviewRectifications)
      .where({ _id: doc._id, version: doc.version })
      .update({ state: 'finished', version: doc.version + 1, history: [...doc.history, { event: 'appeal_upheld', at: now, note }] })) as { updated?: number };
    if (updated) return doc;
  }
  ctx.log.warn('appeal_withdraw_contended', { caseNumber: rating.caseNumber });
  return null;
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
    const rating = await getById<StoredRating>(ctx.db, COLLECTIONS.reviewRatings, appeal.ratingId);
    const excluded = (await ctx.db
      .collection(COLLECTIONS.reviewRatings)
      .where({ _id: appeal.ratingId, excluded: false })
      .update({ excluded: true, exclusion: { appealId: appeal._id, at: now } })) as { updated?: number };
    // Only the call that took the rating out takes it out of the summaries, with its rectification.
    if (rating && excluded.updated) {
      await countRating(ctx.db, rating, -1);
      await countFixChange(ctx.db, await withdrawRectification(ctx, rating, now, input.note), null);
    }
  }
  ctx.log.info('appeal_decided', { decision: input.decision });
  return appealView({ ...appeal, state: input.decision, decision });
};
