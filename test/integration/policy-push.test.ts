/**
 * Publishing and pushing: exactly one delivery per matching enterprise, re-runs add none, a run stopped mid-way
 * is continued by the next, subscribe messages with grants (43101 → inbox, 45009 → next run), muted categories,
 * 免申即享 notices and objections, the delivery report.
 */
import { api } from '@shared/contracts';
import type { ProfileValues } from '@shared/enterprise/profile';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import {
  ADMIN,
  creditCode,
  deliveriesOf,
  draft,
  grantInWeChat,
  idNumber,
  injectFault,
  insertEnterprises,
  LI,
  outbox,
  registerLegalRepresentative,
  STAFF,
  TEMPLATE,
  WANG,
} from './policy-fixtures';

let backend: Backend;

/** 王's and 李's own enterprises (bound through the function) and eight more, five of which qualify (≥ 20 人). */
const WANG_CO = creditCode(101);
const LI_CO = creditCode(102);
const OTHERS: ProfileValues[] = Array.from({ length: 8 }, (_, i) => ({
  creditCode: creditCode(200 + i),
  name: `杭州西湖测试企业${i + 1}号有限公司`,
  region: '330106',
  industryCode: '3484',
  headcount: i < 5 ? 25 + i : 5,
  revenue: 800,
}));
const QUALIFYING = 5 + 2;

beforeAll(async () => {
  backend = await startBackend();
  await insertEnterprises(backend, OTHERS);
  for (const [openid, code, name, realName] of [
    [WANG, WANG_CO, '杭州西湖王氏机械有限公司', '王小明'],
    [LI, LI_CO, '杭州西湖李氏机械有限公司', '李秀英'],
  ] as const) {
    await registerLegalRepresentative(backend, { creditCode: code, name }, { openid, realName, id: idNumber(openid === WANG ? 11 : 12) });
    expectOk(await backend.call(openid, api.policy['enterprises.bind'], { creditCode: code, name, role: 'legal_representative' }));
    expectOk(
      await backend.call(openid, api.policy['enterprises.upsertProfile'], { creditCode: code, values: { region: '330106', industryCode: '3484', headcount: 40, revenue: 900 } }),
    );
  }
  // The daily run over the demo policies, so that what follows counts only the policies of this file.
  expect((await run()).done).toBe(true);
}, 60_000);
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const publish = async (id: string, overrides: Parameters<typeof draft>[1] = {}) => expectOk(await backend.call(STAFF, api.policy['policies.publish'], draft(id, overrides)));
const run = async (input: { policyId?: string; maxPairs?: number } = {}) => expectOk(await backend.call(ADMIN, api.policy['push.run'], input));
const inbox = async (openid: string, creditCode: string) => expectOk(await backend.call(openid, api.policy['inbox.list'], { creditCode }));

describe('policies.preview and policies.publish', () => {
  it('previews how many enterprises a policy would reach, with examples, before publishing', async () => {
    const preview = expectOk(await backend.call(STAFF, api.policy['policies.preview'], { eligibility: draft('x-preview').eligibility }));
    expect(preview.wouldReach).toBe(QUALIFYING);
    // The three small firms here, and firms elsewhere that have the headcount but not the region.
    expect(preview.nearly).toBeGreaterThanOrEqual(3);
    expect(preview.examples.length).toBeGreaterThan(0);
    expect(preview.examples[0]).toMatchObject({ outcome: { value: 'qualifies' } });
  });

  it('refuses a malformed eligibility, naming the bad part, and citizens may not publish', async () => {
    const bad = await backend.call(STAFF, api.policy['policies.publish'], draft('bad-policy', { eligibility: { all: [{ op: 'range', field: 'headcount' }] } }));
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((await backend.db().collection('policies').doc('bad-policy').get()).data).toHaveLength(0);
    expect(await backend.call(WANG, api.policy['policies.publish'], draft('citizen-policy'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await backend.call(WANG, api.policy['push.run'], {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('push.run', () => {
  it('delivers a policy on publishing exactly once to each matching enterprise; later runs add none', async () => {
    const published = await publish('xihu-once');
    expect(published).toMatchObject({ created: true, policy: { id: 'xihu-once', version: 1 } });
    expect(published.push).toMatchObject({ created: QUALIFYING, inbox: QUALIFYING, subscribe: 0, done: true, checkpoint: null });
    const stored = await deliveriesOf(backend, 'xihu-once');
    expect(stored).toHaveLength(QUALIFYING);
    expect(new Set(stored.map((d) => d.creditCode)).size).toBe(QUALIFYING);
    expect(stored.map((d) => d.creditCode)).not.toContain(OTHERS[7]!.creditCode);

    const second = await run({ policyId: 'xihu-once' });
    expect(second).toMatchObject({ created: 0, inbox: 0, done: true });
    expect(second.examined).toBeGreaterThanOrEqual(QUALIFYING);
    // The timer's run skips a policy already done today.
    expect((await run()).created).toBe(0);
    expect(await deliveriesOf(backend, 'xihu-once')).toHaveLength(QUALIFYING);

    // A new version that widens the policy reaches only the newly matching enterprises.
    const v2 = await publish('xihu-once', { eligibility: { all: [{ op: 'region-in', codes: ['330106'] }, { op: 'range', field: 'headcount', min: 5 }] } });
    expect(v2).toMatchObject({ created: false, policy: { version: 2 }, push: { created: 3 } });
    expect((await run()).created).toBe(0);
    expect(await deliveriesOf(backend, 'xihu-once')).toHaveLength(QUALIFYING + 3);
  });

  it('reaches an enterprise whose profile changed so that it now qualifies, on the next run only', async () => {
    const small = OTHERS[7]!.creditCode;
    expect((await deliveriesOf(backend, 'xihu-once')).map((d) => d.creditCode)).toContain(small); // via version 2 (≥ 5 人)
    const before = (await publish('xihu-grown', { eligibility: { all: [{ op: 'region-in', codes: ['330106'] }, { op: 'range', field: 'headcount', min: 30 }] } })).push;
    expect((await deliveriesOf(backend, 'xihu-grown')).map((d) => d.creditCode)).not.toContain(small);
    await backend.db().collection('enterprises').doc(small).update({ 'profile.headcount': 35 });
    const after = await run({ policyId: 'xihu-grown' });
    expect(after.created).toBe(1);
    expect((await deliveriesOf(backend, 'xihu-grown')).map((d) => d.creditCode)).toContain(small);
    expect((await deliveriesOf(backend, 'xihu-grown')).length).toBe(before.created + 1);
    await backend.db().collection('enterprises').doc(small).update({ 'profile.headcount': 5 }); // as the other tests expect
  });

  it('shows the pushed policy in the enterprise inbox, with why it qualifies, and marks it read once', async () => {
    const box = await inbox(WANG, WANG_CO);
    const item = box.items.find((i) => i.policy.id === 'xihu-once')!;
    expect(item).toMatchObject({ channel: { value: 'inbox' }, fellBack: false, readAt: null, grant: null, canObject: false });
    expect(item.reasons.join('；')).toContain('从业人数');
    expect(box.unread).toBeGreaterThanOrEqual(1);
    expect(box.subscription).toEqual({ templateId: TEMPLATE, remaining: 0 });
    const read = expectOk(await backend.call(WANG, api.policy['inbox.markRead'], { id: item.id }));
    const again = expectOk(await backend.call(WANG, api.policy['inbox.markRead'], { id: item.id }));
    expect(again.readAt).toBe(read.readAt);
    expect((await inbox(WANG, WANG_CO)).unread).toBe(box.unread - 1);
    // 李 cannot mark 王's enterprise's message.
    expect(await backend.call(LI, api.policy['inbox.markRead'], { id: item.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('continues a run stopped at its budget where it stopped, delivering the rest once', async () => {
    // Published for 上城区 while nobody there qualifies; then six firms register there.
    const eligibility = { all: [{ op: 'region-in', codes: ['330102'] }, { op: 'range', field: 'headcount', min: 20 }] };
    expect((await publish('shangcheng-resume', { eligibility })).push.created).toBe(0);
    const newcomers = Array.from({ length: 6 }, (_, i) => ({ creditCode: creditCode(300 + i), name: `杭州上城测试企业${i + 1}号有限公司`, region: '330102', headcount: 30 }));
    await insertEnterprises(backend, newcomers);

    const partial = await run({ policyId: 'shangcheng-resume', maxPairs: 4 });
    expect(partial).toMatchObject({ examined: 4, created: 4, done: false, checkpoint: { policyId: 'shangcheng-resume', version: 1 } });
    expect(partial.checkpoint?.after).toMatch(/^[0-9A-Z]{18}$/);
    expect(await deliveriesOf(backend, 'shangcheng-resume')).toHaveLength(4);

    const rest = await run({ policyId: 'shangcheng-resume' });
    expect(rest).toMatchObject({ examined: 2, created: 2, done: true });
    const stored = await deliveriesOf(backend, 'shangcheng-resume');
    expect(stored.map((d) => d.creditCode).sort()).toEqual(newcomers.map((e) => e.creditCode).sort());
  });

  it('finishes a delivery a killed run created but never sent, once', async () => {
    expect((await publish('xihu-killed')).push.created).toBe(QUALIFYING);
    // As if the function had timed out between creating one delivery and sending it.
    const [orphan] = await deliveriesOf(backend, 'xihu-killed');
    await backend.db().collection('policy_deliveries').doc(orphan!._id).update({ status: 'pending', channel: null, deliveredAt: null, retryAfter: new Date(Date.now() - 1000) });
    expect((await inbox(WANG, WANG_CO)).items.filter((i) => i.id === orphan!._id)).toHaveLength(0);
    const next = await run({ policyId: 'xihu-killed' });
    expect(next).toMatchObject({ created: 0, inbox: 1, done: true });
    expect(await run({ policyId: 'xihu-killed' })).toMatchObject({ created: 0, inbox: 0 });
    const stored = await deliveriesOf(backend, 'xihu-killed');
    expect(stored).toHaveLength(QUALIFYING);
    expect(stored.every((d) => d.status === 'inbox')).toBe(true);
  });

  it('sends a subscribe message when a grant is recorded, falls back to the inbox on 43101, retries 45009 next run', async () => {
    // 王 accepted in WeChat and the app recorded it; 李's app recorded a grant WeChat does not have (43101).
    await grantInWeChat(backend, WANG);
    expect(expectOk(await backend.call(WANG, api.policy['subscriptions.record'], { templateId: TEMPLATE, granted: 1 }))).toEqual({ templateId: TEMPLATE, remaining: 1 });
    expectOk(await backend.call(LI, api.policy['subscriptions.record'], { templateId: TEMPLATE, granted: 1 }));
    expect(await backend.call(LI, api.policy['subscriptions.record'], { templateId: 'OTHER', granted: 1 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const result = (await publish('xihu-subscribe', { title: '西湖区科技企业研发投入后补助政策（测试）' })).push;
    expect(result).toMatchObject({ created: QUALIFYING, subscribe: 1, fellBack: 1, inbox: QUALIFYING - 1 });

    const sent = (await outbox(backend, WANG)).filter((m) => m.errcode === 0);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.templateId).toBe(TEMPLATE);
    expect([...sent[0]!.data.thing1!.value].length).toBeLessThanOrEqual(20);
    expect(sent[0]!.data.thing1!.value.startsWith('西湖区科技企业')).toBe(true);
    expect((await outbox(backend, LI)).map((m) => m.errcode)).toEqual([43101]);

    const wangItem = (await inbox(WANG, WANG_CO)).items.find((i) => i.policy.id === 'xihu-subscribe')!;
    expect(wangItem).toMatchObject({ channel: { value: 'subscribe', label: '订阅消息' }, fellBack: false });
    const liBox = await inbox(LI, LI_CO);
    expect(liBox.items.find((i) => i.policy.id === 'xihu-subscribe')).toMatchObject({ channel: { value: 'inbox' }, fellBack: true });
    expect(liBox.subscription.remaining).toBe(0);
    expect((await inbox(WANG, WANG_CO)).subscription.remaining).toBe(0);

    // WeChat asks to slow down: 王's delivery stays pending (not in the inbox) with its grant kept; the run sends no
    // more subscribe messages, so 李's (next in credit-code order) waits too; the next run sends both.
    for (const openid of [WANG, LI]) {
      await grantInWeChat(backend, openid);
      expectOk(await backend.call(openid, api.policy['subscriptions.record'], { templateId: TEMPLATE, granted: 1 }));
    }
    await injectFault(backend, 45009);
    const limited = (await publish('xihu-ratelimit', { title: '西湖区稳岗扩岗专项补助（测试）' })).push;
    expect(limited).toMatchObject({ retryLater: 2, subscribe: 0, inbox: QUALIFYING - 2 });
    const stored = await deliveriesOf(backend, 'xihu-ratelimit');
    expect(stored.find((d) => d.creditCode === WANG_CO)).toMatchObject({ status: 'pending', lastError: 45009 });
    expect(stored.find((d) => d.creditCode === LI_CO)).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await inbox(WANG, WANG_CO)).items.map((i) => i.policy.id)).not.toContain('xihu-ratelimit');
    expect((await outbox(backend, LI)).filter((m) => m.data.thing1!.value.startsWith('西湖区稳岗'))).toHaveLength(0);
    const retried = await run({ policyId: 'xihu-ratelimit' });
    expect(retried).toMatchObject({ subscribe: 2, created: 0 });
    const messages = (await outbox(backend, WANG)).filter((m) => m.data.thing1!.value.startsWith('西湖区稳岗'));
    expect(messages.map((m) => m.errcode)).toEqual([45009, 0]);
    expect((await outbox(backend, LI)).filter((m) => m.data.thing1!.value.startsWith('西湖区稳岗')).map((m) => m.errcode)).toEqual([0]);
    expect((await inbox(WANG, WANG_CO)).items.find((i) => i.policy.id === 'xihu-ratelimit')).toMatchObject({ channel: { value: 'subscribe' } });
    expect(await run({ policyId: 'xihu-ratelimit' })).toMatchObject({ subscribe: 0, inbox: 0, retryLater: 0 });

    const report = expectOk(await backend.call(STAFF, api.policy['policies.report'], { policyId: 'xihu-subscribe' }));
    expect(report.counts).toMatchObject({ matched: QUALIFYING, sent: 1, fellBack: 1, inbox: QUALIFYING - 1, pending: 0, muted: 0 });
  });

  it('skips categories an enterprise muted, and delivers once it unmutes', async () => {
    const muted = expectOk(await backend.call(WANG, api.policy['mutes.set'], { creditCode: WANG_CO, categories: ['finance', 'finance'] }));
    expect(muted.muted).toEqual([{ value: 'finance', label: '融资信贷' }]);
    const result = (await publish('xihu-finance', { category: 'finance' })).push;
    expect(result).toMatchObject({ created: QUALIFYING, muted: 1, inbox: QUALIFYING - 1 });
    const box = await inbox(WANG, WANG_CO);
    expect(box.items.map((i) => i.policy.id)).not.toContain('xihu-finance');
    expect(box.muted).toEqual([{ value: 'finance', label: '融资信贷' }]);
    expect(expectOk(await backend.call(STAFF, api.policy['policies.report'], { policyId: 'xihu-finance' })).counts.muted).toBe(1);

    expectOk(await backend.call(WANG, api.policy['mutes.set'], { creditCode: WANG_CO, categories: [] }));
    expect(await run({ policyId: 'xihu-finance' })).toMatchObject({ created: 0, inbox: 1 });
    expect((await inbox(WANG, WANG_CO)).items.map((i) => i.policy.id)).toContain('xihu-finance');
    expect(await run({ policyId: 'xihu-finance' })).toMatchObject({ created: 0, inbox: 0 });
  });

  it('tells what a 免申即享 benefit grants and when, and takes one objection that reaches the issuing department', async () => {
    await publish('xihu-mianshen', { mode: 'no_application', payoutBy: '2026-12-31', category: 'employment', benefit: { text: '稳岗返还', amount: { kind: 'percentage', percent: 60, basis: '上年度实际缴纳的失业保险费' } } });
    const item = (await inbox(WANG, WANG_CO)).items.find((i) => i.policy.id === 'xihu-mianshen')!;
    expect(item.grant?.what).toContain('60%');
    expect(item.grant?.when).toContain('2026-12-31');
    expect(item.grant?.when).toContain('无需申请');
    expect(item.canObject).toBe(true);

    expect(await backend.call(LI, api.policy['objections.create'], { deliveryId: item.id, reason: '我不是这家企业的人' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await backend.call(WANG, api.policy['objections.create'], { deliveryId: item.id, reason: '短' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const objection = expectOk(await backend.call(WANG, api.policy['objections.create'], { deliveryId: item.id, reason: '上年度参保人数有误，实际为38人' }));
    expect(objection).toMatchObject({ department: '杭州市科学技术局', status: { value: 'submitted' }, creditCode: WANG_CO });
    expect(await backend.call(WANG, api.policy['objections.create'], { deliveryId: item.id, reason: '再提一次异议试试' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const after = (await inbox(WANG, WANG_CO)).items.find((i) => i.policy.id === 'xihu-mianshen')!;
    expect(after).toMatchObject({ canObject: false, objection: { id: objection.id } });

    const report = expectOk(await backend.call(STAFF, api.policy['policies.report'], { policyId: 'xihu-mianshen' }));
    expect(report.counts.objected).toBe(1);
    expect(report.objections[0]).toMatchObject({ reason: '上年度参保人数有误，实际为38人', enterpriseName: '杭州西湖王氏机械有限公司' });

    // Only 免申即享 can be objected to.
    const instant = (await inbox(WANG, WANG_CO)).items.find((i) => i.policy.id === 'xihu-once')!;
    expect(await backend.call(WANG, api.policy['objections.create'], { deliveryId: instant.id, reason: '这条不是免申即享政策' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('the push timer', () => {
  it('runs the job as the platform timer; the demo enterprise has its pushed policy once', async () => {
    const response = await fetch(`${backend.url}/__emulator/timers/policy/push`, { method: 'POST' });
    const body = (await response.json()) as { ok: boolean; result: { ok: boolean; data: { done: boolean; created: number } } };
    expect(body).toMatchObject({ ok: true, result: { ok: true, data: { done: true, created: 0 } } });
    const zhao = await inbox('demo-enterprise-zhao', '91440304MA5F3XKQ87');
    const canyin = zhao.items.filter((i) => i.policy.id === 'shenzhen-canyin-wengang-demo');
    expect(canyin).toHaveLength(1);
    expect(canyin[0]!.reasons.length).toBeGreaterThanOrEqual(5);
  });
});
