/**
 * The public dashboard's figures, computed by one pure function from the stored records, so the test can recompute
 * them independently. Ratings excluded by an upheld appeal are left out of every figure (they stay in the record).
 */
import { isBadReview, LEVEL_SCORES, type Level } from './levels';
import { OPEN_STATES, type RectificationState } from './rectification';

export interface StatRating {
  level: Level;
  department: string;
  theme: string;
  createdAt: Date;
  excluded: boolean;
  realName: boolean;
  ratingId: string;
}

export interface StatRectification {
  ratingId: string;
  state: RectificationState;
  firstDueAt: Date;
  firstClosedAt: Date | null;
  callbackCount: number;
  realName: boolean;
}

export interface Figures {
  count: number;
  /** Mean of the level scores (100 非常满意 … 20 非常不满意), one decimal; null when nothing was rated. */
  satisfaction: number | null;
  /** Share of ratings that are not bad reviews, in percent with one decimal; null when nothing was rated. */
  goodRate: number | null;
  bad: number;
}

export interface Summary {
  total: Figures;
  byDepartment: (Figures & { key: string })[];
  byTheme: (Figures & { key: string })[];
  byMonth: (Figures & { key: string })[];
  badReviews: {
    received: number;
    rectifiedOnTime: number;
    /** Real-name bad reviews with at least one callback, percent of real-name bad reviews (null when none). */
    callbackRate: number | null;
    open: number;
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function figures(ratings: readonly Pick<StatRating, 'level'>[]): Figures {
  const count = ratings.length;
  const bad = ratings.filter((r) => isBadReview(r.level)).length;
  if (count === 0) return { count, satisfaction: null, goodRate: null, bad };
  const score = ratings.reduce((sum, r) => sum + LEVEL_SCORES[r.level], 0) / count;
  return { count, satisfaction: round1(score), goodRate: round1(((count - bad) / count) * 100), bad };
}

/** Beijing calendar month (YYYY-MM) of an instant. */
export function beijingMonth(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}

function groupBy(ratings: readonly StatRating[], key: (r: StatRating) => string): (Figures & { key: string })[] {
  const groups = new Map<string, StatRating[]>();
  for (const r of ratings) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => ({ key: k, ...figures(list) }));
}

export function summarize(allRatings: readonly StatRating[], rectifications: readonly StatRectification[]): Summary {
  const counted = allRatings.filter((r) => !r.excluded);
  const countedIds = new Set(counted.map((r) => r.ratingId));
  const fixes = rectifications.filter((f) => countedIds.has(f.ratingId));
  const realNameFixes = fixes.filter((f) => f.realName);
  return {
    total: figures(counted),
    byDepartment: groupBy(counted, (r) => r.department),
    byTheme: groupBy(counted, (r) => r.theme),
    byMonth: groupBy(counted, (r) => beijingMonth(r.createdAt)),
    badReviews: {
      received: counted.filter((r) => isBadReview(r.level)).length,
      rectifiedOnTime: fixes.filter((f) => f.firstClosedAt !== null && f.firstClosedAt <= f.firstDueAt).length,
      callbackRate: realNameFixes.length ? round1((realNameFixes.filter((f) => f.callbackCount > 0).length / realNameFixes.length) * 100) : null,
      open: fixes.filter((f) => OPEN_STATES.includes(f.state)).length,
    },
  };
}
