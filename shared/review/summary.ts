/**
 * The dashboard's figures kept as running counts: one bucket per (department, Beijing month) holds the counted
 * ratings by level (in total and per theme) and what the bad reviews' rectifications add to the 差评整改 figures.
 * The handlers add each change as a delta (atomic increments); `summaryOf` turns the buckets into exactly what
 * `summarize` (stats.ts) computes from the full records, which the rebuild and the tests use as the reference.
 */
import { LEVEL_SCORES, LEVELS, isBadReview, type Level } from './levels';
import { OPEN_STATES, type RectificationState } from './rectification';
import { beijingMonth, type Figures, type Summary } from './stats';

export type LevelCounts = Partial<Record<Level, number>>;

/** What one rectification adds to the 差评整改 figures (each 0 or 1 for one document). */
export interface FixCounts {
  /** Still owes work (opened … explained). */
  open: number;
  /** First closed on or before its first deadline. */
  onTime: number;
  realName: number;
  /** Real-name and called back at least once. */
  calledBack: number;
}
export const FIX_COUNT_NAMES = ['open', 'onTime', 'realName', 'calledBack'] as const satisfies readonly (keyof FixCounts)[];

export interface SummaryBucket {
  department: string;
  /** Beijing calendar month, YYYY-MM. */
  month: string;
  levels: LevelCounts;
  /** By theme id: the theme's name and its counted ratings by level. */
  themes: Record<string, { name: string; levels: LevelCounts }>;
  fixes: Partial<FixCounts>;
}

/** A bucket's id: its department and month. */
export function bucketId(department: string, at: Date): string {
  return `${department}~${beijingMonth(at)}`;
}

/** The rating facts the summaries count. */
export interface SummaryRating {
  level: Level;
  department: string;
  theme: string;
  themeName: string;
  createdAt: Date;
}

/** The rectification facts the summaries count. */
export interface SummaryFix {
  department: string;
  createdAt: Date;
  state: RectificationState;
  firstDueAt: Date;
  firstClosedAt: Date | null;
  callbackCount: number;
  realName: boolean;
}

export function fixCounts(f: SummaryFix): FixCounts {
  return {
    open: OPEN_STATES.includes(f.state) ? 1 : 0,
    onTime: f.firstClosedAt !== null && f.firstClosedAt <= f.firstDueAt ? 1 : 0,
    realName: f.realName ? 1 : 0,
    calledBack: f.realName && f.callbackCount > 0 ? 1 : 0,
  };
}

/** after − before (either may be null: a rectification that starts or stops counting), zeros left out. */
export function fixDelta(before: SummaryFix | null, after: SummaryFix | null): Partial<FixCounts> {
  const a = before ? fixCounts(before) : null;
  const b = after ? fixCounts(after) : null;
  const delta: Partial<FixCounts> = {};
  for (const name of FIX_COUNT_NAMES) {
    const change = (b?.[name] ?? 0) - (a?.[name] ?? 0);
    if (change !== 0) delta[name] = change;
  }
  return delta;
}

/** Buckets computed from scratch: the counted (not excluded) ratings and the rectifications of counted ratings. */
export class BucketTally {
  private readonly buckets = new Map<string, SummaryBucket>();

  private bucket(department: string, at: Date): SummaryBucket {
    const id = bucketId(department, at);
    let bucket = this.buckets.get(id);
    if (!bucket) {
      bucket = { department, month: beijingMonth(at), levels: {}, themes: {}, fixes: {} };
      this.buckets.set(id, bucket);
    }
    return bucket;
  }

  addRating(r: SummaryRating): void {
    const bucket = this.bucket(r.department, r.createdAt);
    bucket.levels[r.level] = (bucket.levels[r.level] ?? 0) + 1;
    const theme = (bucket.themes[r.theme] ??= { name: r.themeName, levels: {} });
    theme.levels[r.level] = (theme.levels[r.level] ?? 0) + 1;
  }

  addFix(f: SummaryFix): void {
    const bucket = this.bucket(f.department, f.createdAt);
    const counts = fixCounts(f);
    for (const name of FIX_COUNT_NAMES) bucket.fixes[name] = (bucket.fixes[name] ?? 0) + counts[name];
  }

  entries(): [string, SummaryBucket][] {
    return [...this.buckets.entries()];
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The same figures `figures()` gives for the ratings these counts stand for. */
export function figuresOf(levels: LevelCounts): Figures {
  let count = 0;
  let bad = 0;
  let points = 0;
  for (const level of LEVELS) {
    const n = levels[level] ?? 0;
    count += n;
    points += n * LEVEL_SCORES[level];
    if (isBadReview(level)) bad += n;
  }
  if (count === 0) return { count, satisfaction: null, goodRate: null, bad };
  return { count, satisfaction: round1(points / count), goodRate: round1(((count - bad) / count) * 100), bad };
}

function addInto(into: LevelCounts, from: LevelCounts): void {
  for (const level of LEVELS) if (from[level]) into[level] = (into[level] ?? 0) + from[level]!;
}

const hasAny = (levels: LevelCounts) => LEVELS.some((level) => (levels[level] ?? 0) !== 0);

/** The dashboard from the buckets; groups with no counted rating are left out, as `summarize` leaves them out. */
export function summaryOf(buckets: readonly SummaryBucket[]): Summary & { themeNames: Map<string, string> } {
  const total: LevelCounts = {};
  const byDepartment = new Map<string, LevelCounts>();
  const byTheme = new Map<string, LevelCounts>();
  const byMonth = new Map<string, LevelCounts>();
  const themeNames = new Map<string, string>();
  const fixes: FixCounts = { open: 0, onTime: 0, realName: 0, calledBack: 0 };
  const group = (map: Map<string, LevelCounts>, key: string) => map.get(key) ?? map.set(key, {}).get(key)!;
  for (const bucket of buckets) {
    addInto(total, bucket.levels);
    addInto(group(byDepartment, bucket.department), bucket.levels);
    addInto(group(byMonth, bucket.month), bucket.levels);
    for (const [theme, { name, levels }] of Object.entries(bucket.themes ?? {})) {
      addInto(group(byTheme, theme), levels);
      if (hasAny(levels)) themeNames.set(theme, name);
    }
    for (const name of FIX_COUNT_NAMES) fixes[name] += bucket.fixes?.[name] ?? 0;
  }
  const list = (map: Map<string, LevelCounts>) =>
    [...map.entries()]
      .filter(([, levels]) => hasAny(levels))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, levels]) => ({ key, ...figuresOf(levels) }));
  const totals = figuresOf(total);
  return {
    total: totals,
    byDepartment: list(byDepartment),
    byTheme: list(byTheme),
    byMonth: list(byMonth),
    badReviews: {
      received: totals.bad,
      rectifiedOnTime: fixes.onTime,
      callbackRate: fixes.realName ? round1((fixes.calledBack / fixes.realName) * 100) : null,
      open: fixes.open,
    },
    themeNames,
  };
}
