import type { reviewContracts } from '@shared/contracts/review';
import { departmentName } from '@shared/departments';
import { summaryOf } from '@shared/review/summary';
import type { Handler } from '../../_runtime/router';
import { recountSummaries } from '../store/recount';
import { readBuckets } from '../store/summaries';

type C = typeof reviewContracts;

/** Public dashboard: figures only, nothing about any person; read from the summaries (a bucket per department and month). */
export const statsSummary: Handler<C['stats.summary']> = async (_input, ctx) => {
  const { themeNames, ...summary } = summaryOf(await readBuckets(ctx.db));
  return {
    total: summary.total,
    byDepartment: summary.byDepartment.map((g) => ({ ...g, label: departmentName(g.key) })),
    byTheme: summary.byTheme.map((g) => ({ ...g, label: themeNames.get(g.key) ?? g.key })),
    byMonth: summary.byMonth.map((g) => ({ ...g, label: `${g.key.slice(0, 4)}年${Number(g.key.slice(5))}月` })),
    badReviews: summary.badReviews,
    generatedAt: new Date().toISOString(),
  };
};

/** Administrator: recount the summaries from every rating and rectification (a repair, not needed day to day). */
export const statsRebuild: Handler<C['stats.rebuild']> = async (_input, ctx) => {
  const now = new Date();
  const counted = await recountSummaries(ctx.db, now);
  ctx.log.info('review_summaries_rebuilt', counted);
  return { ...counted, rebuiltAt: now.toISOString() };
};
