import type { reviewContracts } from '@shared/contracts/review';
import { departmentName } from '@shared/departments';
import { summarize } from '@shared/review/stats';
import { COLLECTIONS } from '../../collections';
import { readAll } from '../../_runtime/read-all';
import type { Handler } from '../../_runtime/router';
import type { StoredRating, StoredRectification } from '../store/types';

type C = typeof reviewContracts;

/** Public dashboard: figures only, nothing about any person. */
export const statsSummary: Handler<C['stats.summary']> = async (_input, ctx) => {
  const ratings = await readAll<StoredRating>(ctx.db, COLLECTIONS.reviewRatings, {}, { max: 100_000 });
  const fixes = await readAll<StoredRectification>(ctx.db, COLLECTIONS.reviewRectifications, {}, { max: 100_000 });
  const summary = summarize(
    ratings.map((r) => ({ ratingId: r._id, level: r.level, department: r.department, theme: r.theme, createdAt: r.createdAt, excluded: r.excluded, realName: r.realName })),
    fixes.map((f) => ({ ratingId: f.ratingId, state: f.state, firstDueAt: f.firstDueAt, firstClosedAt: f.firstClosedAt, callbackCount: f.callbacks.length, realName: f.realName })),
  );
  const themeNames = new Map(ratings.map((r) => [r.theme, r.themeName]));
  return {
    total: summary.total,
    byDepartment: summary.byDepartment.map((g) => ({ ...g, label: departmentName(g.key) })),
    byTheme: summary.byTheme.map((g) => ({ ...g, label: themeNames.get(g.key) ?? g.key })),
    byMonth: summary.byMonth.map((g) => ({ ...g, label: `${g.key.slice(0, 4)}年${Number(g.key.slice(5))}月` })),
    badReviews: summary.badReviews,
    generatedAt: new Date().toISOString(),
  };
};
