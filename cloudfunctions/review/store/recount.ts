/**
 * The summaries recounted from scratch: every rating and rectification read by cursor, tallied like the
 * dashboard always counted them (shared/review/summary.ts), and written over the buckets. A repair path (admin
 * action `stats.rebuild`, and the timer once when no recount was ever made): increments landing while it runs
 * may be overwritten, so run it when few ratings come in; the next recount puts them right again.
 */
import { BucketTally } from '@shared/review/summary';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import { pagesOf } from './scan';
import { markRebuilt, replaceBuckets, summaryFix } from './summaries';
import type { StoredRating, StoredRectification } from './types';

/** The most a read answers is 1000: readPage asks one more than the page to know whether another follows. */
const RECOUNT_PAGE = 999;

export async function recountSummaries(db: Database, now: Date): Promise<{ buckets: number; ratings: number; rectifications: number }> {
  const tally = new BucketTally();
  const counted = new Set<string>();
  const byCreation = { field: 'createdAt', direction: 'asc' } as const;
  for await (const page of pagesOf<StoredRating & Record<string, unknown>>(db, COLLECTIONS.reviewRatings, {}, byCreation, RECOUNT_PAGE)) {
    for (const r of page) {
      if (r.excluded) continue;
      counted.add(r._id);
      tally.addRating(r);
    }
  }
  let rectifications = 0;
  for await (const page of pagesOf<StoredRectification & Record<string, unknown>>(db, COLLECTIONS.reviewRectifications, {}, byCreation, RECOUNT_PAGE)) {
    for (const f of page) {
      if (!counted.has(f.ratingId)) continue;
      tally.addFix(summaryFix(f));
      rectifications += 1;
    }
  }
  const buckets = tally.entries();
  await replaceBuckets(db, buckets, now);
  await markRebuilt(db, now, { ratings: counted.size, rectifications });
  return { buckets: buckets.length, ratings: counted.size, rectifications };
}
