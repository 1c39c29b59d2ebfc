import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { uploadedBy } from '../support/test-uploads';
import { ADMIN, LI, WANG } from './help-fixtures';
import { completedHelpCase, fireReviewTimer, GOV_STAFF, SAMR_STAFF, stored, storedAll } from './review-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);
const rate = (openid: string, id: string, level: string) => backend.call(openid, api.review['ratings.submit'], { case: { source: 'help', id }, level } as never);

describe('the review timer', () => {
  it('reminds an unrated completed case once after 3 days, and not a rated one', async () => {
    const unrated = await completedHelpCase(backend, LI);
    const rated = await completedHelpCase(backend, WANG, '王小明');
    const fresh = await completedHelpCase(backend, LI);
    expectOk(await rate(WANG, rated.id, 'satisfied'));
    for (const c of [unrated, rated]) await backend.db().collection('help_requests').doc(c.id).update({ completedAt: daysAgo(4) });

    expect((await fireReviewTimer(backend)).reminded).toBe(1);
    expect(await stored(backend, 'review_reminders', `help_${unrated.id}`)).toMatchObject({ openid: LI, caseNumber: unrated.number });
    expect((await fireReviewTimer(backend)).reminded).toBe(0);
    expect((await storedAll(backend, 'review_reminders')).filter((r) => r.caseId === fresh.id || r.caseId === rated.id)).toEqual([]);

    const pending = expectOk(await backend.call(LI, api.review['ratings.pending'], {}));
    expect(pending.items.find((p) => p.case.id === unrated.id && p.stage.value === 'completed')?.remindedAt).not.toBeNull();
    expect(pending.items.find((p) => p.case.id === fresh.id && p.stage.value === 'completed')?.remindedAt).toBeNull();
  });

  it('refuses a rating after the window closes', async () => {
    const old = await completedHelpCase(backend, LI);
    await backend.db().collection('help_requests').doc(old.id).update({ completedAt: daysAgo(31), startedAt: daysAgo(32) });
    expect(await rate(LI, old.id, 'satisfied')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('评价期限已过') } });
  });

  it('escalates an overdue rectification once', async () => {
    const c = await completedHelpCase(backend, LI);
    const rating = expectOk(await rate(LI, c.id, 'very_dissatisfied'));
    await backend.db().collection('review_rectifications').doc(rating.rectificationId!).update({ dueAt: daysAgo(1) });
    expect((await fireReviewTimer(backend)).escalated).toBe(1);
    expect((await fireReviewTimer(backend)).escalated).toBe(0);
    const list = expectOk(await backend.call(GOV_STAFF, api.review['rectifications.list'], { open: true }));
    expect(list.items[0]).toMatchObject({ id: rating.rectificationId, overdue: true, escalation: { reason: 'overdue', label: '超过整改期限' } });
  });
});

describe('appeals, the dashboard and the export', () => {
  it('excludes a rating from statistics when an appeal is upheld, but keeps it in the record and the export', async () => {
    const c = await completedHelpCase(backend, WANG, '王小明');
    const rating = expectOk(await rate(WANG, c.id, 'very_dissatisfied'));
    const appealInput = { ratingId: rating.id, reason: 'malicious' as const, explanation: '评价人在办件前已多次发送辱骂信息，与服务无关', evidence: [uploadedBy(GOV_STAFF, 'appeals', 'png')] };
    expect(await backend.call(SAMR_STAFF, api.review['appeals.create'], appealInput)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const appeal = expectOk(await backend.call(GOV_STAFF, api.review['appeals.create'], appealInput));
    expect(appeal.state.value).toBe('pending');
    expect(await backend.call(GOV_STAFF, api.review['appeals.create'], appealInput)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await backend.call(GOV_STAFF, api.review['appeals.decide'], { id: appeal.id, decision: 'upheld', note: '证据充分' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const before = expectOk(await backend.call(null, api.review['stats.summary'], {}));
    expect(expectOk(await backend.call(ADMIN, api.review['appeals.decide'], { id: appeal.id, decision: 'upheld', note: '证据充分，属恶意差评' })).state.value).toBe('upheld');
    const after = expectOk(await backend.call(null, api.review['stats.summary'], {}));
    expect(after.total.count).toBe(before.total.count - 1);
    expect(after.badReviews.received).toBe(before.badReviews.received - 1);

    expect(await stored(backend, 'review_ratings', rating.id)).toMatchObject({ level: 'very_dissatisfied', excluded: true });
    const withdrawn = await stored(backend, 'review_rectifications', rating.rectificationId!);
    expect(withdrawn).toMatchObject({ state: 'finished' });
    expect(withdrawn.history.at(-1)).toMatchObject({ event: 'appeal_upheld' });
    const rejected = await completedHelpCase(backend, WANG, '王小明');
    const kept = expectOk(await rate(WANG, rejected.id, 'dissatisfied'));
    const second = expectOk(await backend.call(GOV_STAFF, api.review['appeals.create'], { ...appealInput, ratingId: kept.id, reason: 'mistaken' }));
    expectOk(await backend.call(ADMIN, api.review['appeals.decide'], { id: second.id, decision: 'rejected', note: '评价内容与办件相符' }));
    expect(await stored(backend, 'review_ratings', kept.id)).toMatchObject({ excluded: false });
    expect(await backend.call(ADMIN, api.review['appeals.decide'], { id: second.id, decision: 'upheld', note: '改判' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const adminAppeals = expectOk(await backend.call(ADMIN, api.review['appeals.list'], {}));
    expect(adminAppeals.items.map((a) => a.state.value).sort()).toEqual(['rejected', 'upheld']);
    expect(expectOk(await backend.call(WANG, api.review['ratings.listMine'], {})).items.find((r) => r.id === rating.id)).toMatchObject({ excluded: true });
    const exported = expectOk(await backend.call(ADMIN, api.review['export.ratings'], {}));
    expect(exported.records.find((r) => r.ratingId === rating.id)).toMatchObject({
      caseNumber: c.number,
      itemCode: 'HELP-HOME_VISIT',
      itemVersion: '1',
      departmentCode: 'govservice',
      regionCode: '440304001',
      node: 'completed',
      channel: 'helper',
      ratedStaffId: 'demo-helper-liu',
      level: 'very_dissatisfied',
      appealUpheld: true,
    });
    expect(await backend.call(GOV_STAFF, api.review['export.ratings'], {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('publishes, without login, figures equal to those computed from the stored ratings', async () => {
    for (const level of ['satisfied', 'basic', 'dissatisfied']) {
      const c = await completedHelpCase(backend, LI);
      expectOk(await rate(LI, c.id, level));
    }
    const summary = expectOk(await backend.call(null, api.review['stats.summary'], {}));

    const ratings = (await storedAll(backend, 'review_ratings')).filter((r) => !r.excluded);
    const points: Record<string, number> = { very_satisfied: 100, satisfied: 80, basic: 60, dissatisfied: 40, very_dissatisfied: 20 };
    const isBad = (r: Record<string, any>) => r.level === 'dissatisfied' || r.level === 'very_dissatisfied';
    const bad = ratings.filter(isBad);
    expect(summary.total.count).toBe(ratings.length);
    expect(summary.total.bad).toBe(bad.length);
    expect(summary.total.goodRate).toBeCloseTo(((ratings.length - bad.length) / ratings.length) * 100, 1);
    expect(summary.total.satisfaction).toBeCloseTo(ratings.reduce((s, r) => s + points[r.level]!, 0) / ratings.length, 1);
    const gov = summary.byDepartment.find((d) => d.key === 'govservice')!;
    expect(gov).toMatchObject({ label: '政务服务数据管理局', count: ratings.filter((r) => r.department === 'govservice').length });
    expect(summary.byMonth.reduce((s, m) => s + m.count, 0)).toBe(ratings.length);
    expect(summary.byTheme.find((t) => t.key === 'retirement')?.count).toBe(ratings.filter((r) => r.theme === 'retirement').length);

    const counted = new Set(ratings.map((r) => r._id));
    const fixes = (await storedAll(backend, 'review_rectifications')).filter((f) => counted.has(f.ratingId));
    expect(summary.badReviews.received).toBe(bad.length);
    expect(summary.badReviews.open).toBe(fixes.filter((f) => ['opened', 'verified', 'rectified', 'explained'].includes(f.state)).length);
    const realName = fixes.filter((f) => f.realName);
    const rate100 = realName.length ? Math.round((realName.filter((f) => f.callbacks.length > 0).length / realName.length) * 1000) / 10 : null;
    expect(summary.badReviews.callbackRate).toBe(rate100);
    expect(summary.badReviews.rectifiedOnTime).toBe(fixes.filter((f) => f.firstClosedAt && new Date(f.firstClosedAt) <= new Date(f.firstDueAt)).length);
  });
});
