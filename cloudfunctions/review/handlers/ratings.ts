import { cityConfig } from '@shared/config/city';
import type { reviewContracts } from '@shared/contracts/review';
import { AppError } from '@shared/errors';
import { maskName } from '@shared/mask';
import { CHANNEL_LABELS, foreignIndicators, INDICATOR_LABELS, INDICATORS_BY_CHANNEL } from '@shared/review/indicators';
import { isBadReview } from '@shared/review/levels';
import { ratingKey, ratingWindow, STAGE_LABELS } from '@shared/review/window';
import { COLLECTIONS } from '../../collections';
import { getById } from '../../_runtime/read-all';
import { PAGE_SIZE, readPage, type PageOrder } from '../../_runtime/paging';
import { listClaims, requireOwnedFiles } from '../../_runtime/files';
import { requireUser, type Handler } from '../../_runtime/router';
import { CASE_SOURCES, loadCase } from '../sources';
import { openRectification } from '../store/rectifications';
import { readByIds } from '../store/scan';
import { countRating } from '../store/summaries';
import type { StoredRating, StoredRectification, StoredReminder } from '../store/types';
import { ratingView, rectificationView } from '../store/views';

type C = typeof reviewContracts;
const DUPLICATE = '您已经评价过这件办件的这个环节了，每件每个环节只能评价一次。可在“我的评价”查看。';

export const submitRating: Handler<C['ratings.submit']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const now = new Date();
  const facts = await loadCase(ctx.db, input.case);
  if (facts.applicantOpenid !== openid) throw new AppError('FORBIDDEN', '只有办件的申请人本人可以评价这件办件。');
  const window = ratingWindow(facts.stages, input.stage, now, cityConfig().review.ratingWindowDays);
  if (!window.ok) throw new AppError('CONFLICT', window.message);
  const foreign = foreignIndicators(facts.channel, Object.keys(input.indicators));
  if (foreign.length) throw new AppError('VALIDATION_FAILED', `${CHANNEL_LABELS[facts.channel]}不评价这些指标：${foreign.join('、')}，请只评价列出的指标。`, { foreign });
  const id = ratingKey(facts.source, facts.id, input.stage);
  if (await getById(ctx.db, COLLECTIONS.reviewRatings, id)) throw new AppError('CONFLICT', DUPLICATE);
  await requireOwnedFiles(listClaims(input.photos, 'photos', '评价照片'), { area: 'review', openid });
  const rating: StoredRating = {
    _id: id,
    source: facts.source,
    caseId: facts.id,
    caseNumber: facts.number,
    itemCode: facts.itemCode,
    itemVersion: facts.itemVersion,
    itemName: facts.itemName,
    department: facts.department,
    regionCode: facts.regionCode,
    regionName: facts.regionName,
    theme: facts.theme,
    themeName: facts.themeName,
    channel: facts.channel,
    served: facts.served,
    stage: input.stage,
    level: input.level,
    indicators: { ...input.indicators, overall: input.level },
    comment: input.comment || null,
    photos: input.photos,
    raterOpenid: openid,
    raterName: input.anonymous ? null : (user.name ?? facts.applicantName),
    realName: !input.anonymous,
    createdAt: now,
    excluded: false,
    exclusion: null,
    rectificationId: null,
  };
  try {
    await ctx.db.collection(COLLECTIONS.reviewRatings).add(rating);
  } catch (error) {
    // Two submits at once: the second add of the same _id fails.
    if (await getById(ctx.db, COLLECTIONS.reviewRatings, id)) throw new AppError('CONFLICT', DUPLICATE);
    throw error;
  }
  const fix = isBadReview(rating.level) ? await openRectification(ctx.db, rating, now) : null;
  rating.rectificationId = fix?._id ?? null;
  await countRating(ctx.db, rating, 1, fix);
  ctx.log.info('rating_submitted', { caseNumber: rating.caseNumber, stage: rating.stage, level: rating.level });
  return ratingView(rating, 'rater');
};

const NEWEST_FIRST: PageOrder = { field: 'createdAt', direction: 'desc' };

export const listMyRatings: Handler<C['ratings.listMine']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const page = await readPage<StoredRating & Record<string, unknown>>(ctx.db, COLLECTIONS.reviewRatings, { raterOpenid: openid }, NEWEST_FIRST, input.cursor, input.limit ?? PAGE_SIZE);
  // The rectifications of this page's bad reviews, in one read.
  const fixIds = page.items.flatMap((r) => (r.rectificationId ? [r.rectificationId] : []));
  const fixes = await readByIds<StoredRectification>(ctx.db, COLLECTIONS.reviewRectifications, fixIds, { raterOpenid: openid });
  const fixById = new Map(fixes.map((f) => [f._id, f]));
  return {
    items: page.items.map((r) => {
      const fix = r.rectificationId ? fixById.get(r.rectificationId) : undefined;
      return { ...ratingView(r, 'rater'), rectification: fix ? rectificationView(fix, 'rater') : null };
    }),
    nextCursor: page.nextCursor,
  };
};

export const ratingsForDepartment: Handler<C['ratings.forDepartment']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  if (!user.department) throw new AppError('FORBIDDEN', '您的账号还没有所属部门，请联系管理员设置。');
  const where: Record<string, unknown> = { department: user.department };
  if (input.level) where.level = input.level;
  const page = await readPage<StoredRating & Record<string, unknown>>(ctx.db, COLLECTIONS.reviewRatings, where, NEWEST_FIRST, input.cursor, input.limit ?? PAGE_SIZE);
  return { items: page.items.map((r) => ratingView(r, 'staff')), nextCursor: page.nextCursor };
};

export const pendingRatings: Handler<C['ratings.pending']> = async (_input, ctx) => {
  const { openid } = requireUser(ctx);
  const now = new Date();
  const windowDays = cityConfig().review.ratingWindowDays;
  const since = new Date(now.getTime() - windowDays * 86_400_000);
  const cases = (await Promise.all(Object.values(CASE_SOURCES).map((s) => s.completedFor(ctx.db, openid, since)))).flat();
  // Only the ratings these cases could have (one per case and stage), however many the person gave before.
  const keys = cases.flatMap((c) => c.stages.map((reached) => ratingKey(c.source, c.id, reached.stage)));
  const rated = new Set((await readByIds<StoredRating>(ctx.db, COLLECTIONS.reviewRatings, keys, { raterOpenid: openid })).map((r) => r._id));
  // Reminders only of these cases (_id = source_case), however many the person had before.
  const reminderIds = cases.map((c) => `${c.source}_${c.id}`);
  const reminders = new Map((await readByIds<StoredReminder>(ctx.db, COLLECTIONS.reviewReminders, reminderIds, { openid })).map((r) => [r._id, r.at]));
  const items = [];
  for (const c of cases) {
    for (const reached of c.stages) {
      const window = ratingWindow(c.stages, reached.stage, now, windowDays);
      if (!window.ok || rated.has(ratingKey(c.source, c.id, reached.stage))) continue;
      items.push({
        case: { source: c.source, id: c.id, number: c.number, itemName: c.itemName },
        stage: { value: reached.stage, label: STAGE_LABELS[reached.stage] },
        channel: { value: c.channel, label: CHANNEL_LABELS[c.channel] },
        indicators: INDICATORS_BY_CHANNEL[c.channel].map((name) => ({ name, label: INDICATOR_LABELS[name] })),
        served: c.served ? { kind: c.served.kind, name: c.served.name ? maskName(c.served.name) : null } : null,
        closesAt: window.closesAt.toISOString(),
        remindedAt: reminders.get(`${c.source}_${c.id}`)?.toISOString() ?? null,
      });
    }
  }
  return { items };
};
