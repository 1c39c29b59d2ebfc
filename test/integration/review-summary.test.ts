/**
 * The 好差评 dashboard reads running summaries, not the ratings. After a mixed scenario — every level, real-name and
 * anonymous, concurrent submits, rectifications through every state, an overdue escalation, upheld and rejected
 * appeals — the dashboard equals a full recomputation from the stored records, and the summaries equal a recount.
 */
import { api } from '@shared/contracts';
import { summarize } from '@shared/review/stats';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { uploadedBy } from '../support/test-uploads';
import { ADMIN, LI, WANG, ZHAO } from './help-fixtures';
import { completedHelpCase, fireReviewTimer, GOV_STAFF, storedAll } from './review-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

type Level = 'very_satisfied' | 'satisfied' | 'basic' | 'dissatisfied' | 'very_dissatisfied';
const rate = (openid: string, id: string, level: Level, options: { stage?: 'processing' | 'completed'; anonymous?: boolean } = {}) =>
  backend.call(openid, api.review['ratings.submit'], { case: { source: 'help', id }, level, stage: options.stage ?? 'completed', anonymous: options.anonymous ?? false } as never);
const respond = (input: object) => backend.call(GOV_STAFF, api.review['rectifications.respond'], input as never);
const callback = (id: string) => backend.call(GOV_STAFF, api.review['rectifications.recordCallback'], { id, reached: true, note: '已电话回访，说明整改情况' });
const rateFix = (openid: string, id: string, rating: 'satisfied' | 'basic' | 'dissatisfied') => backend.call(openid, api.review['rectifications.rate'], { id, rating });
const dashboard = async () => {
  const { generatedAt: _at, ...figures } = expectOk(await backend.call(null, api.review['stats.summary'], {}));
  return figures;
};

/** A bad review's rectification carried from opened to closed (with a callback unless `callback` is false). */
async function carryToClosed(fixId: string, options: { callback?: boolean; handling?: 'rectify' | 'explain' } = {}) {
  expectOk(await respond({ id: fixId, action: 'verify' }));
  expectOk(await respond({ id: fixId, action: options.handling ?? 'rectify', text: '已约谈工作人员，调整预约流程' }));
  if (options.callback ?? true) expectOk(await callback(fixId));
  expectOk(await respond({ id: fixId, action: 'close' }));
}

async function appeal(ratingId: string, decision: 'upheld' | 'rejected') {
  const input = { ratingId, reason: 'mistaken' as const, explanation: '评价对象有误，该办件并非本部门人员服务', evidence: [uploadedBy(GOV_STAFF, 'appeals', 'png')] };
  const created = expectOk(await backend.call(GOV_STAFF, api.review['appeals.create'], input));
  expectOk(await backend.call(ADMIN, api.review['appeals.decide'], { id: created.id, decision, note: decision === 'upheld' ? '证据充分' : '评价与办件相符' }));
}

/** The dashboard's figures recomputed from every stored rating and rectification, the way it was computed before summaries. */
async function recomputed() {
  const ratings = await storedAll(backend, 'review_ratings');
  const fixes = await storedAll(backend, 'review_rectifications');
  const summary = summarize(
    ratings.map((r) => ({ ratingId: r._id, level: r.level, department: r.department, theme: r.theme, createdAt: new Date(r.createdAt), excluded: r.excluded, realName: r.realName })),
    fixes.map((f) => ({ ratingId: f.ratingId, state: f.state, firstDueAt: new Date(f.firstDueAt), firstClosedAt: f.firstClosedAt ? new Date(f.firstClosedAt) : null, callbackCount: f.callbacks.length, realName: f.realName })),
  );
  const strip = (groups: { key: string }[]) => groups.map((g) => ({ ...g }));
  return { total: summary.total, byDepartment: strip(summary.byDepartment), byTheme: strip(summary.byTheme), byMonth: strip(summary.byMonth), badReviews: summary.badReviews };
}

/** The figures without labels (labels are checked separately). */
function unlabelled(figures: Awaited<ReturnType<typeof dashboard>>) {
  const drop = (groups: { label: string }[]) => groups.map(({ label: _label, ...rest }) => rest);
  return { ...figures, byDepartment: drop(figures.byDepartment), byTheme: drop(figures.byTheme), byMonth: drop(figures.byMonth) };
}

/** The stored buckets with zero counts left out (increments can leave a zero where a recount writes nothing). */
async function buckets() {
  const nonZero = (counts: Record<string, number> = {}) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
  const docs = (await storedAll(backend, 'review_summaries')).filter((d) => d.kind === 'bucket');
  return Object.fromEntries(
    docs
      .map((d) => {
        const themes = Object.fromEntries(
          Object.entries(d.themes as Record<string, { name: string; levels: Record<string, number> }>)
            .map(([key, t]) => [key, { name: t.name, levels: nonZero(t.levels) }] as const)
            .filter(([, t]) => Object.keys(t.levels).length > 0),
        );
        return [d._id as string, { department: d.department, month: d.month, levels: nonZero(d.levels), themes, fixes: nonZero(d.fixes) }] as const;
      })
      .filter(([, b]) => Object.keys(b.levels).length + Object.keys(b.fixes).length > 0),
  );
}

describe('the dashboard from summaries', () => {
  it('equals a full recomputation after every kind of change, and a recount rebuilds the same summaries', async () => {
    // A first recount on an empty store (the timer would otherwise make it, and hide what the increments did).
    expect(expectOk(await backend.call(ADMIN, api.review['stats.rebuild'], {}))).toMatchObject({ buckets: 0, ratings: 0, rectifications: 0 });
    expect((await dashboard()).total).toEqual({ count: 0, satisfaction: null, goodRate: null, bad: 0 });

    // Every level, on both stages of a case.
    const a = await completedHelpCase(backend, LI);
    expectOk(await rate(LI, a.id, 'very_satisfied', { stage: 'processing' }));
    expectOk(await rate(LI, a.id, 'basic'));

    // Accepted fix: rectified, called back, closed, rated satisfied → finished.
    const b = await completedHelpCase(backend, WANG, '王小明');
    expectOk(await rate(WANG, b.id, 'satisfied', { stage: 'processing' }));
    const fixB = expectOk(await rate(WANG, b.id, 'dissatisfied')).rectificationId!;
    await carryToClosed(fixB);
    expectOk(await rateFix(WANG, fixB, 'satisfied'));

    // Rejected fix twice: explained, closed, reopened (open again), closed, final 不满意 → finished.
    const c = await completedHelpCase(backend, LI);
    const fixC = expectOk(await rate(LI, c.id, 'very_dissatisfied')).rectificationId!;
    await carryToClosed(fixC, { handling: 'explain' });
    expectOk(await rateFix(LI, fixC, 'dissatisfied'));
    expect((await dashboard()).badReviews.open).toBe(1);
    await carryToClosed(fixC);
    expectOk(await rateFix(LI, fixC, 'dissatisfied'));

    // Anonymous: closed without a callback, left waiting for the rater.
    const d = await completedHelpCase(backend, WANG, '王小明');
    const fixD = expectOk(await rate(WANG, d.id, 'dissatisfied', { anonymous: true })).rectificationId!;
    await carryToClosed(fixD, { callback: false });

    // Real-name, never touched, then overdue and escalated by the timer.
    const e = await completedHelpCase(backend, LI);
    const fixE = expectOk(await rate(LI, e.id, 'very_dissatisfied')).rectificationId!;
    await backend.db().collection('review_rectifications').doc(fixE).update({ dueAt: new Date(Date.now() - 86_400_000) });
    expect((await fireReviewTimer(backend)).escalated).toBe(1);

    // Closed after its first deadline (not on time), then an appeal that is rejected.
    const f = await completedHelpCase(backend, WANG, '王小明');
    const ratingF = expectOk(await rate(WANG, f.id, 'dissatisfied'));
    const late = new Date(Date.now() - 3_600_000);
    await backend.db().collection('review_rectifications').doc(ratingF.rectificationId!).update({ dueAt: late, firstDueAt: late });
    await carryToClosed(ratingF.rectificationId!);
    await appeal(ratingF.id, 'rejected');

    // Upheld appeals: a bad review with a verified rectification, and a good review.
    const g = await completedHelpCase(backend, LI);
    const ratingG = expectOk(await rate(LI, g.id, 'dissatisfied'));
    expectOk(await respond({ id: ratingG.rectificationId!, action: 'verify' }));
    const before = await dashboard();
    await appeal(ratingG.id, 'upheld');
    const afterUpheld = await dashboard();
    expect(afterUpheld.total.count).toBe(before.total.count - 1);
    expect(afterUpheld.badReviews).toMatchObject({ received: before.badReviews.received - 1, open: before.badReviews.open - 1 });
    const h = await completedHelpCase(backend, WANG, '王小明');
    await appeal(expectOk(await rate(WANG, h.id, 'very_satisfied')).id, 'upheld');

    // Concurrent submits land in the same bucket: none is lost.
    const cases = [];
    for (let i = 0; i < 3; i += 1) cases.push(await completedHelpCase(backend, ZHAO, '赵建国'));
    const levels: Level[] = ['very_satisfied', 'very_dissatisfied', 'satisfied', 'basic', 'dissatisfied', 'very_satisfied'];
    const answers = await Promise.all(cases.flatMap((c, i) => (['processing', 'completed'] as const).map((stage, j) => rate(ZHAO, c.id, levels[i * 2 + j]!, { stage }))));
    answers.forEach((answer) => expectOk(answer));

    const shown = await dashboard();
    const reference = await recomputed();
    expect(unlabelled(shown)).toEqual(reference);
    // Every figure is exercised: 2 of the 16 ratings taken out, open/on-time/callback all in play.
    expect(shown.total.count).toBe(14);
    expect(shown.badReviews).toEqual({ received: 7, rectifiedOnTime: 3, callbackRate: 50, open: 3 });
    expect(shown.byDepartment.map((g) => g.label)).toEqual(['政务服务数据管理局']);
    const themeName = (await storedAll(backend, 'review_ratings'))[0]!.themeName;
    expect(shown.byTheme.map((g) => [g.key, g.label])).toEqual([['retirement', themeName]]);
    expect(shown.byMonth[0]!.label).toMatch(/^\d{4}年\d{1,2}月$/);

    // A recount from scratch writes the same summaries the increments kept.
    const kept = await buckets();
    const recount = expectOk(await backend.call(ADMIN, api.review['stats.rebuild'], {}));
    expect(recount).toMatchObject({ ratings: 14, rectifications: 7 });
    expect(await buckets()).toEqual(kept);
    expect(await dashboard()).toEqual(shown);
  }, 180_000);

  it('repairs damaged summaries with a recount, which only an administrator may start', async () => {
    const shown = await dashboard();
    const [bucket] = (await storedAll(backend, 'review_summaries')).filter((d) => d.kind === 'bucket');
    await backend.db().collection('review_summaries').doc(bucket!._id).update({ 'levels.very_satisfied': backend.db().command.inc(5) });
    expect((await dashboard()).total.count).toBe(shown.total.count + 5);

    expect(await backend.call(GOV_STAFF, api.review['stats.rebuild'], {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await backend.call(null, api.review['stats.rebuild'], {})).toMatchObject({ ok: false });
    expectOk(await backend.call(ADMIN, api.review['stats.rebuild'], {}));
    expect(await dashboard()).toEqual(shown);
  });
});
