import { beijingMonth, figures, summarize, type StatRating, type StatRectification } from '@shared/review/stats';

const r = (ratingId: string, level: StatRating['level'], over: Partial<StatRating> = {}): StatRating => ({
  ratingId,
  level,
  department: 'samr',
  theme: 'retirement',
  createdAt: new Date('2026-03-10T02:00:00Z'),
  excluded: false,
  realName: true,
  ...over,
});

describe('dashboard statistics', () => {
  it('computes satisfaction and 好评率 from the levels', () => {
    expect(figures([])).toEqual({ count: 0, satisfaction: null, goodRate: null, bad: 0 });
    expect(figures([{ level: 'very_satisfied' }, { level: 'basic' }, { level: 'very_dissatisfied' }])).toEqual({ count: 3, satisfaction: 60, goodRate: 66.7, bad: 1 });
  });

  it('groups by department, theme and Beijing month and leaves upheld appeals out', () => {
    const ratings = [
      r('a', 'satisfied'),
      r('b', 'dissatisfied', { department: 'police', createdAt: new Date('2026-03-31T17:00:00Z') }),
      r('c', 'very_dissatisfied', { excluded: true }),
    ];
    const fixes: StatRectification[] = [
      { ratingId: 'b', state: 'closed', firstDueAt: new Date('2026-04-20T00:00:00Z'), firstClosedAt: new Date('2026-04-10T00:00:00Z'), callbackCount: 1, realName: true },
      { ratingId: 'c', state: 'opened', firstDueAt: new Date('2026-04-20T00:00:00Z'), firstClosedAt: null, callbackCount: 0, realName: true },
    ];
    const s = summarize(ratings, fixes);
    expect(s.total).toMatchObject({ count: 2, bad: 1, goodRate: 50 });
    expect(s.byDepartment.map((g) => [g.key, g.count])).toEqual([['police', 1], ['samr', 1]]);
    expect(s.byMonth.map((g) => g.key)).toEqual(['2026-03', '2026-04']);
    expect(s.badReviews).toEqual({ received: 1, rectifiedOnTime: 1, callbackRate: 100, open: 0 });
  });

  it('reads months in Beijing time', () => {
    expect(beijingMonth(new Date('2026-03-31T16:30:00Z'))).toBe('2026-04');
  });
});
