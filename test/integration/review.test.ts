import { addWorkingDays } from '@shared/calendar/working-days';
import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { ADMIN, LI, WANG } from './help-fixtures';
import { completedHelpCase, GOV_STAFF, SAMR_STAFF, stored } from './review-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const submit = (openid: string, input: Parameters<Backend['call']>[2] & object) => backend.call(openid, api.review['ratings.submit'], input as never);

describe('rating a case', () => {
  it('takes one rating per case and stage, only from the applicant, with the case facts recorded', async () => {
    const { id, number } = await completedHelpCase(backend, LI);
    const pending = expectOk(await backend.call(LI, api.review['ratings.pending'], {}));
    const mine = pending.items.filter((p) => p.case.id === id);
    expect(mine.map((p) => p.stage.value).sort()).toEqual(['completed', 'processing']);
    expect(mine[0]!.indicators.map((i) => i.name)).toEqual(['overall', 'efficiency', 'service_level', 'attitude']);

    expect(await submit(WANG, { case: { source: 'help', id }, level: 'satisfied' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await submit(GOV_STAFF, { case: { source: 'help', id }, level: 'very_dissatisfied' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await submit(LI, { case: { source: 'help', id }, level: 'satisfied', indicators: { ease_of_use: 'satisfied' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expect(await submit(LI, { case: { source: 'onething', id: 'nope' }, level: 'satisfied' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const rating = expectOk(await submit(LI, { case: { source: 'help', id }, level: 'very_satisfied', indicators: { efficiency: 'satisfied', attitude: 'very_satisfied' }, comment: '帮办员很耐心' }));
    expect(rating).toMatchObject({
      case: { source: 'help', id, number, itemCode: 'HELP-HOME_VISIT', itemVersion: '1' },
      stage: { value: 'completed' },
      channel: { value: 'helper' },
      department: { id: 'govservice' },
      region: { code: '440304001' },
      served: { kind: 'helper' },
      level: { value: 'very_satisfied', label: '非常满意' },
      bad: false,
      rectificationId: null,
    });
    expect(await submit(LI, { case: { source: 'help', id }, level: 'satisfied' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('只能评价一次') } });
    // Another stage of the same case is its own rating.
    expectOk(await submit(LI, { case: { source: 'help', id }, stage: 'processing', level: 'basic' }));
    expect(await submit(LI, { case: { source: 'help', id }, stage: 'accepted', level: 'basic' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const after = expectOk(await backend.call(LI, api.review['ratings.pending'], {}));
    expect(after.items.filter((p) => p.case.id === id)).toEqual([]);
    const stored = await backend.db().collection('review_ratings').where({ caseId: id }).get();
    expect(stored.data).toHaveLength(2);
    expect(stored.data[0]).toMatchObject({ served: { id: 'demo-helper-liu' }, raterOpenid: LI });
  });

  it('shows staff their department’s ratings with the rater masked and offers no way to change them', async () => {
    const { id } = await completedHelpCase(backend, WANG, '王小明');
    expectOk(await submit(WANG, { case: { source: 'help', id }, level: 'basic', comment: '等得有点久' }));
    const seen = expectOk(await backend.call(GOV_STAFF, api.review['ratings.forDepartment'], {}));
    const item = seen.items.find((r) => r.case.id === id)!;
    expect(item).toMatchObject({ rater: '王**', level: { value: 'basic' } });
    expect(JSON.stringify(seen)).not.toContain(WANG);
    const other = expectOk(await backend.call(SAMR_STAFF, api.review['ratings.forDepartment'], {}));
    expect(other.items.find((r) => r.case.id === id)).toBeUndefined();
    // No action edits or deletes a rating, and a made-up one is refused by the router.
    expect(Object.keys(api.review).filter((a) => /update|edit|delete|remove/i.test(a))).toEqual([]);
    const forged = await backend.raw('review', { action: 'ratings.delete', payload: { id: item.id } }, GOV_STAFF);
    expect(JSON.stringify(forged.body)).toContain('NOT_FOUND');
    expect(await stored(backend, 'review_ratings', item.id)).toMatchObject({ level: 'basic', excluded: false });
  });
});

describe('a bad review', () => {
  it('opens a rectification due in 15 working days and runs the loop to the rater’s rating, reopening once and escalating', async () => {
    const { id } = await completedHelpCase(backend, LI);
    const rating = expectOk(await submit(LI, { case: { source: 'help', id }, level: 'dissatisfied', comment: '上门迟到了一个小时' }));
    expect(rating.bad).toBe(true);
    const fixId = rating.rectificationId!;
    const fix = await stored(backend, 'review_rectifications', fixId);
    const expected = addWorkingDays(new Date(rating.createdAt), 15);
    expect(fix).toMatchObject({ state: 'opened', department: 'govservice', dueDate: expected.date, realName: true });
    expect(new Date(fix.dueAt).toISOString()).toBe(expected.dueAt.toISOString());

    const respond = (openid: string, input: object) => backend.call(openid, api.review['rectifications.respond'], input as never);
    expect(await respond(SAMR_STAFF, { id: fixId, action: 'verify' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await respond(GOV_STAFF, { id: fixId, action: 'rectify', text: '已批评教育帮办员' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(expectOk(await respond(GOV_STAFF, { id: fixId, action: 'verify', note: '情况属实' })).actions).toEqual(['rectify', 'explain']);
    expectOk(await respond(GOV_STAFF, { id: fixId, action: 'rectify', text: '已约谈帮办员，调整排班，今后提前电话确认到达时间' }));
    expect(await respond(GOV_STAFF, { id: fixId, action: 'close' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('回访') } });
    expectOk(await backend.call(GOV_STAFF, api.review['rectifications.recordCallback'], { id: fixId, reached: true, note: '已电话回访，说明整改情况' }));
    const closed = expectOk(await respond(GOV_STAFF, { id: fixId, action: 'close' }));
    expect(closed).toMatchObject({ state: { value: 'closed' }, rater: '李**', callbacks: [{ reached: true }] });

    const raterSees = expectOk(await backend.call(LI, api.review['rectifications.list'], {}));
    expect(raterSees.items.find((f) => f.id === fixId)).toMatchObject({ actions: ['rate'], rater: null, handling: { kind: 'rectify' } });
    expect(expectOk(await backend.call(WANG, api.review['rectifications.list'], {})).items.find((f) => f.id === fixId)).toBeUndefined();
    expect(await backend.call(WANG, api.review['rectifications.rate'], { id: fixId, rating: 'satisfied' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const reopened = expectOk(await backend.call(LI, api.review['rectifications.rate'], { id: fixId, rating: 'dissatisfied' }));
    expect(reopened).toMatchObject({ state: { value: 'opened' }, reopenCount: 1, escalation: { reason: 'rerated_dissatisfied' } });
    const adminList = expectOk(await backend.call(ADMIN, api.review['rectifications.list'], {}));
    expect(adminList.items[0]).toMatchObject({ id: fixId, escalation: { reason: 'rerated_dissatisfied' } });

    expectOk(await respond(GOV_STAFF, { id: fixId, action: 'verify' }));
    expectOk(await respond(GOV_STAFF, { id: fixId, action: 'explain', text: '预约时段内到达，迟到系交通管制所致，已致歉' }));
    expectOk(await respond(GOV_STAFF, { id: fixId, action: 'close' }));
    const final = expectOk(await backend.call(LI, api.review['rectifications.rate'], { id: fixId, rating: 'dissatisfied' }));
    expect(final).toMatchObject({ state: { value: 'finished' }, reopenCount: 1, escalation: { reason: 'final_dissatisfied' }, actions: [] });
    expect(await backend.call(LI, api.review['rectifications.rate'], { id: fixId, rating: 'satisfied' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const history = (await stored(backend, 'review_rectifications', fixId)).history.map((h: { event: string }) => h.event);
    expect(history).toEqual(['open', 'verify', 'rectify', 'callback', 'close', 'reopen', 'verify', 'explain', 'close', 'rate']);
  });

  it('lets the rater accept the fix, and lets an anonymous bad review close without a callback', async () => {
    const { id } = await completedHelpCase(backend, WANG, '王小明');
    const rating = expectOk(await submit(WANG, { case: { source: 'help', id }, level: 'very_dissatisfied', anonymous: true }));
    const fixId = rating.rectificationId!;
    const respond = (input: object) => backend.call(GOV_STAFF, api.review['rectifications.respond'], input as never);
    expectOk(await respond({ id: fixId, action: 'verify' }));
    expectOk(await respond({ id: fixId, action: 'explain', text: '该事项需本人到场核验，已在指南中写明' }));
    expect(expectOk(await respond({ id: fixId, action: 'close' })).rater).toBeNull();
    expect(expectOk(await backend.call(WANG, api.review['rectifications.rate'], { id: fixId, rating: 'basic' }))).toMatchObject({ state: { value: 'finished' }, escalation: null });
  });
});
