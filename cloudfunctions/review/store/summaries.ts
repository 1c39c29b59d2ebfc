/**
 * `review_summaries`: the dashboard's running counts, one bucket document per (department, Beijing month)
 * (_id = `<department>~<YYYY-MM>`, shared/review/summary.ts). Every write is an atomic increment, so concurrent
 * submits and steps never lose a count; the dashboard reads O(departments × months) documents.
 */
import { bucketId, fixDelta, type FixCounts, type LevelCounts, type SummaryBucket, type SummaryFix, type SummaryRating } from '@shared/review/summary';
import { beijingMonth } from '@shared/review/stats';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import type { StoredRating, StoredRectification } from './types';

export interface StoredSummaryBucket extends SummaryBucket {
  _id: string;
  kind: 'bucket';
  updatedAt: Date;
}

/** Theme ids become field names: escape what a field path cannot hold (`.`, `$`, `%`). */
const themeField = (theme: string) => theme.replace(/[%.$]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const themeKey = (field: string) => field.replace(/%([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));

interface Delta {
  levels?: LevelCounts;
  theme?: { key: string; name: string; levels: LevelCounts };
  fixes?: Partial<FixCounts>;
}

/** Adds `delta` to the bucket (created on first use); one round trip when the bucket exists. */
async function addToBucket(db: Database, department: string, at: Date, delta: Delta): Promise<void> {
  const _ = db.command;
  const fields: Record<string, unknown> = {};
  for (const [level, n] of Object.entries(delta.levels ?? {})) if (n) fields[`levels.${level}`] = _.inc(n);
  if (delta.theme) {
    const field = `themes.${themeField(delta.theme.key)}`;
    for (const [level, n] of Object.entries(delta.theme.levels)) if (n) fields[`${field}.levels.${level}`] = _.inc(n);
    fields[`${field}.name`] = delta.theme.name;
  }
  for (const [name, n] of Object.entries(delta.fixes ?? {})) if (n) fields[`fixes.${name}`] = _.inc(n);
  if (Object.keys(fields).length === 0) return;
  fields.updatedAt = new Date();
  const id = bucketId(department, at);
  const bucket = db.collection(COLLECTIONS.reviewSummaries).doc(id);
  const { updated } = (await bucket.update(fields)) as { updated?: number };
  if (updated) return;
  const empty: StoredSummaryBucket = { _id: id, kind: 'bucket', department, month: beijingMonth(at), levels: {}, themes: {}, fixes: {}, updatedAt: new Date() };
  try {
    await db.collection(COLLECTIONS.reviewSummaries).add(empty);
  } catch {
    // Another call created it first: it exists now either way.
  }
  await bucket.update(fields);
}

const one = (level: string, sign: 1 | -1): LevelCounts => ({ [level]: sign });

function summaryRating(r: StoredRating): SummaryRating {
  return { level: r.level, department: r.department, theme: r.theme, themeName: r.themeName, createdAt: r.createdAt };
}

export function summaryFix(f: StoredRectification): SummaryFix {
  return { department: f.department, createdAt: f.createdAt, state: f.state, firstDueAt: f.firstDueAt, firstClosedAt: f.firstClosedAt, callbackCount: f.callbacks.length, realName: f.realName };
}

/** A rating starts (+1, with the rectification its bad review opened) or stops (−1, an upheld appeal) counting. */
export async function countRating(db: Database, rating: StoredRating, sign: 1 | -1, openedFix: StoredRectification | null = null): Promise<void> {
  const r = summaryRating(rating);
  const fixes = openedFix ? fixDelta(null, summaryFix(openedFix)) : undefined;
  await addToBucket(db, r.department, r.createdAt, { levels: one(r.level, sign), theme: { key: r.theme, name: r.themeName, levels: one(r.level, sign) }, fixes });
}

/**
 * A rectification of a counted rating changed from `before` to `after` (null: it did not count before, or stops
 * counting). Each saved step adds its own difference, so the sum stays right whatever order steps land in.
 */
export async function countFixChange(db: Database, before: StoredRectification | null, after: StoredRectification | null): Promise<void> {
  const doc = after ?? before;
  if (!doc) return;
  await addToBucket(db, doc.department, doc.createdAt, { fixes: fixDelta(before && summaryFix(before), after && summaryFix(after)) });
}

/** Every bucket, read by `_id` cursor (never skip). */
export async function readBuckets(db: Database): Promise<StoredSummaryBucket[]> {
  const _ = db.command;
  const out: StoredSummaryBucket[] = [];
  let after = '';
  for (;;) {
    const { data } = await db.collection(COLLECTIONS.reviewSummaries).where({ kind: 'bucket', _id: _.gt(after) }).orderBy('_id', 'asc').limit(1000).get();
    const page = data as StoredSummaryBucket[];
    for (const doc of page) {
      const themes: SummaryBucket['themes'] = {};
      for (const [field, theme] of Object.entries(doc.themes ?? {})) themes[themeKey(field)] = theme;
      out.push({ ...doc, themes });
    }
    if (page.length < 1000) return out;
    after = page[page.length - 1]!._id;
  }
}

/** Replaces every bucket with `buckets` (from a full recount) and removes the ones no longer needed. */
export async function replaceBuckets(db: Database, buckets: [string, SummaryBucket][], now: Date): Promise<void> {
  const existing = new Set((await readBuckets(db)).map((b) => b._id));
  for (const [id, bucket] of buckets) {
    const themes: SummaryBucket['themes'] = {};
    for (const [key, theme] of Object.entries(bucket.themes)) themes[themeField(key)] = theme;
    await db.collection(COLLECTIONS.reviewSummaries).doc(id).set({ kind: 'bucket', ...bucket, themes, updatedAt: now });
    existing.delete(id);
  }
  for (const id of existing) await db.collection(COLLECTIONS.reviewSummaries).doc(id).remove();
}

/** The marker a completed recount leaves (the timer recounts once when it is missing, e.g. after a migration). */
export const REBUILT_MARKER = 'rebuilt';

export async function markRebuilt(db: Database, now: Date, counted: { ratings: number; rectifications: number }): Promise<void> {
  await db.collection(COLLECTIONS.reviewSummaries).doc(REBUILT_MARKER).set({ kind: 'marker', at: now, ...counted });
}
