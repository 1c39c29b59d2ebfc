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
/** The Beijing calendar day `offset` days from today. */
const beijingDay = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/** A minimal RFC 4180 reader: rows of cells, quotes and doubled quotes honoured. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), (i += 1);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (ch !== '\r') cell += ch;
  }
  return rows;
}

/** Exports as the administrator, downloads the file from its short-lived address and reads it by header. */
async function exportRows(range: { from: string; to: string }) {
  const answer = expectOk(await backend.call(ADMIN, api.review['export.ratings'], range));
  expect(Date.parse(answer.expiresAt) - Date.now()).toBeLessThanOrEqual(10 * 60_000);
  expect(answer.fileName).toBe(`好差评评价记录_${range.from}_${range.to}.csv`);
  const response = await fetch(answer.url);
  expect(response.status).toBe(200);
  const text = Buffer.from(await response.arrayBuffer()).toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const [header, ...body] = parseCsv(text.slice(1));
  const rows = body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i] ?? ''])));
  expect(rows).toHaveLength(answer.rowCount);
  return { rows, rowCount: answer.rowCount, text };
}
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
    const exported = await exportRows({ from: beijingDay(0), to: beijingDay(0) });
    expect(exported.rows.find((r) => r['评价编号'] === rating.id)).toMatchObject({
      办件编号: c.number,
      事项编码: 'HELP-HOME_VISIT',
      事项版本: '1',
      部门编码: 'govservice',
      区划编码: '440304001',
      评价环节: 'completed',
      评价渠道: 'helper',
      被评人员编号: 'demo-helper-liu',
      评价等级: 'very_dissatisfied',
      等级名称: '非常不满意',
      申诉成立不计入统计: '是',
    });
    expect(await backend.call(GOV_STAFF, api.review['export.ratings'], { from: beijingDay(0), to: beijingDay(0) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('exports a date range (Beijing days) into a CSV file: every rating in it, none outside, nothing about the rater', async () => {
    const inRange = await completedHelpCase(backend, LI);
    const kept = expectOk(await rate(LI, inRange.id, 'satisfied'));
    const older = await completedHelpCase(backend, LI);
    const moved = expectOk(await rate(LI, older.id, 'basic'));
    // 40 days ago at 00:30 Beijing time: the first minutes of that Beijing day (still the day before in UTC).
    const dayOfMoved = beijingDay(-40);
    await backend.db().collection('review_ratings').doc(moved.id).update({ createdAt: new Date(`${dayOfMoved}T00:30:00+08:00`) });

    const lastWeek = await exportRows({ from: beijingDay(-7), to: beijingDay(0) });
    const all = (await storedAll(backend, 'review_ratings')).filter((r) => new Date(r.createdAt) >= new Date(`${beijingDay(-7)}T00:00:00+08:00`));
    expect(lastWeek.rowCount).toBe(all.length);
    expect(lastWeek.rows.map((r) => r['评价编号']).sort()).toEqual(all.map((r) => r._id).sort());
    expect(lastWeek.rows.map((r) => r['评价编号'])).toContain(kept.id);
    expect(lastWeek.rows.map((r) => r['评价编号'])).not.toContain(moved.id);
    const thatDay = await exportRows({ from: dayOfMoved, to: dayOfMoved });
    expect(thatDay.rows.map((r) => r['评价编号'])).toEqual([moved.id]);
    expect(thatDay.rows[0]).toMatchObject({ 评价等级: 'basic', 申诉成立不计入统计: '否' });
    // The rater is never in the file (not even masked): no openid, no name.
    expect(lastWeek.text).not.toContain(LI);
    expect(lastWeek.text).not.toMatch(/李秀英|李\*\*/);
    expect((await exportRows({ from: beijingDay(-60), to: beijingDay(-50) })).rowCount).toBe(0);

    const refused = (from: string, to: string) => backend.call(ADMIN, api.review['export.ratings'], { from, to });
    expect(await refused(beijingDay(0), beijingDay(-1))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('结束日期不能早于开始日期') } });
    expect(await refused(beijingDay(-366), beijingDay(0))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('一次最多导出366天') } });
    expectOk(await refused(beijingDay(-365), beijingDay(0)));
    expect(await refused(beijingDay(0), beijingDay(1))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('结束日期不能晚于今天') } });
    expect(await refused('2026-02-30', beijingDay(0))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('开始日期') } });
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
