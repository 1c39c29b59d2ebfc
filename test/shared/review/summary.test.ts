import { LEVELS } from '@shared/review/levels';
import { RECTIFICATION_STATES } from '@shared/review/rectification';
import { summarize, type StatRating, type StatRectification } from '@shared/review/stats';
import { BucketTally, fixDelta, summaryOf } from '@shared/review/summary';

/** A deterministic spread of ratings over departments, themes and months (Beijing month edges included). */
function scenario() {
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), Math.floor(seed / 65536) % n);
  const ratings: (StatRating & { themeName: string })[] = [];
  const fixes: (StatRectification & { department: string; createdAt: Date })[] = [];
  for (let i = 0; i < 400; i += 1) {
    // 2026-01-31 16:00Z is 2026-02-01 00:00 in Beijing: buckets follow the Beijing month.
    const createdAt = new Date(Date.UTC(2026, next(6), 1 + next(28), next(24), next(60)));
    const level = LEVELS[next(5)]!;
    const rating = { ratingId: `r${i}`, level, department: ['govservice', 'hrss', 'police'][next(3)]!, theme: ['retirement', 'help_home_visit', 'newborn'][next(3)]!, themeName: '主题', createdAt, excluded: next(10) === 0, realName: next(3) > 0 };
    ratings.push(rating);
    if (level === 'dissatisfied' || level === 'very_dissatisfied') {
      const firstDueAt = new Date(createdAt.getTime() + 10 * 86_400_000);
      const closed = next(3);
      fixes.push({
        ratingId: rating.ratingId,
        department: rating.department,
        createdAt,
        state: RECTIFICATION_STATES[next(6)]!,
        firstDueAt,
        firstClosedAt: closed === 0 ? null : new Date(firstDueAt.getTime() + (closed === 1 ? -1 : 1) * 3_600_000),
        callbackCount: next(3),
        realName: rating.realName,
      });
    }
  }
  return { ratings, fixes };
}

describe('summaries', () => {
  it('give exactly the figures summarize() computes from the full records', () => {
    const { ratings, fixes } = scenario();
    const tally = new BucketTally();
    const counted = new Set(ratings.filter((r) => !r.excluded).map((r) => r.ratingId));
    for (const r of ratings) if (!r.excluded) tally.addRating(r);
    for (const f of fixes) if (counted.has(f.ratingId)) tally.addFix(f);
    const { themeNames, ...fromBuckets } = summaryOf(tally.entries().map(([, bucket]) => bucket));
    expect(fromBuckets).toEqual(summarize(ratings, fixes));
    expect(fromBuckets.byMonth.length).toBeGreaterThan(3);
    expect(themeNames.get('retirement')).toBe('主题');
  });

  it('count a rectification step as the difference it makes', () => {
    const base = { department: 'govservice', createdAt: new Date(), firstDueAt: new Date(Date.now() + 86_400_000), firstClosedAt: null, callbackCount: 0, realName: true };
    expect(fixDelta(null, { ...base, state: 'opened' })).toEqual({ open: 1, realName: 1 });
    expect(fixDelta({ ...base, state: 'rectified' }, { ...base, state: 'rectified', callbackCount: 1 })).toEqual({ calledBack: 1 });
    expect(fixDelta({ ...base, state: 'explained', callbackCount: 1 }, { ...base, state: 'closed', callbackCount: 1, firstClosedAt: new Date() })).toEqual({ open: -1, onTime: 1 });
    expect(fixDelta({ ...base, state: 'closed', firstClosedAt: new Date() }, null)).toEqual({ onTime: -1, realName: -1 });
  });
});
