/**
 * Push runs one after another and side by side: the pairs a killed run had claimed are delivered by the next run,
 * once; subscribe messages stay at or under the configured rate (R = 20 in the policy function's config.json) in
 * every second, across runs — counted on the instants the deliveries recorded, not on how long the test took.
 */
import { api } from '@shared/contracts';
import type { ProfileValues } from '@shared/enterprise/profile';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { ADMIN, creditCode, deliveriesOf, draft, grantInWeChat, insertEnterprises, outbox, STAFF, TEMPLATE } from './policy-fixtures';

const RATE = 20;

let backend: Backend;

beforeAll(async () => {
  backend = await startBackend();
}, 60_000);
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const run = async (input: { policyId?: string; maxPairs?: number } = {}) => expectOk(await backend.call(ADMIN, api.policy['push.run'], input));

/** Published while nobody qualifies (so publishing sends nothing): the runs of the test do the sending. */
async function publishFor(id: string, region: string): Promise<void> {
  const published = expectOk(await backend.call(STAFF, api.policy['policies.publish'], draft(id, { eligibility: { all: [{ op: 'region-in', codes: [region] }, { op: 'range', field: 'headcount', min: 20 }] } })));
  expect(published.push.created).toBe(0);
}

/** Enterprises in `region`, each with a legal representative who accepted `grants` subscribe messages in WeChat. */
async function subscribedEnterprises(region: string, first: number, count: number, grants: number): Promise<{ code: string; openid: string }[]> {
  const firms = Array.from({ length: count }, (_, i) => ({ code: creditCode(first + i), openid: `push-runs-${region}-${i}` }));
  const profiles: ProfileValues[] = firms.map((f, i) => ({ creditCode: f.code, name: `杭州测试企业${region}-${i + 1}号有限公司`, region, industryCode: '3484', headcount: 30, revenue: 800 }));
  await insertEnterprises(backend, profiles, Object.fromEntries(firms.map((f) => [f.code, [{ openid: f.openid, relation: 'legal_representative' as const }]])));
  for (const f of firms) {
    for (let g = 0; g < grants; g += 1) await grantInWeChat(backend, f.openid);
    await backend.db().collection('policy_subscriptions').add({ _id: `${f.openid}~${TEMPLATE}`, openid: f.openid, templateId: TEMPLATE, remaining: grants, updatedAt: new Date() });
  }
  return firms;
}

/** A delivery as the push job writes it, in the state a run left it in. */
function deliveryState(policyId: string, creditCode: string, state: Record<string, unknown>) {
  const at = new Date(Date.now() - 20_000);
  return {
    _id: `${policyId}~${creditCode}`,
    policyId,
    policyVersion: 1,
    creditCode,
    enterpriseName: '杭州测试企业',
    category: 'technology',
    mode: 'instant',
    status: 'pending',
    channel: null,
    fellBack: false,
    lastError: null,
    attempts: 0,
    retryAfter: at,
    summary: '符合全部条件',
    reasons: [],
    grant: null,
    createdAt: at,
    deliveredAt: null,
    readAt: null,
    sendStartedAt: null,
    ...state,
  };
}

const sentMessages = async (openid: string) => (await outbox(backend, openid)).filter((m) => m.errcode === 0);

describe('a run killed mid-way', () => {
  it('is finished by the next run at once: every pair once, no second message for a send that may have gone out', async () => {
    await publishFor('gongshu-killed', '330105');
    const firms = await subscribedEnterprises('330105', 400, 6, 1);
    const [sent, sending, claimed, otherRun] = firms;
    const runs = backend.db().collection('policy_push_runs');
    // The killed run: its function timed out 5 s ago (no end mark, the lease ran out). It had delivered the first
    // pair, started the second pair's send (no answer recorded), created the third, and checkpointed after it.
    await runs.add({ _id: 'run-killed', startedAt: new Date(Date.now() - 30_000), leaseUntil: new Date(Date.now() - 5_000), endedAt: null });
    // Another run still working: its lease runs, so its claim is its own.
    await runs.add({ _id: 'run-alive', startedAt: new Date(), leaseUntil: new Date(Date.now() + 60_000), endedAt: null });
    const deliveries = backend.db().collection('policy_deliveries');
    await deliveries.add(deliveryState('gongshu-killed', sent!.code, { status: 'sent', channel: 'subscribe', attempts: 1, claimedBy: 'run-killed', sendStartedAt: new Date(), deliveredAt: new Date() }));
    await deliveries.add(deliveryState('gongshu-killed', sending!.code, { claimedBy: 'run-killed', sendStartedAt: new Date() }));
    await deliveries.add(deliveryState('gongshu-killed', claimed!.code, { claimedBy: 'run-killed' }));
    await deliveries.add(deliveryState('gongshu-killed', otherRun!.code, { claimedBy: 'run-alive' }));
    await backend.db().collection('policy_push_checkpoints').doc('gongshu-killed').set({ version: 1, after: claimed!.code, completedOn: null, updatedAt: new Date() });

    const next = await run({ policyId: 'gongshu-killed' });
    // The claimed pair and the two the killed run never reached go out; the one whose send may have gone goes to the inbox.
    expect(next).toMatchObject({ created: 2, subscribe: 3, inbox: 1, done: true });
    const byCode = new Map((await deliveriesOf(backend, 'gongshu-killed')).map((d) => [d.creditCode, d]));
    expect(byCode.size).toBe(6);
    expect(byCode.get(sent!.code)).toMatchObject({ status: 'sent', claimedBy: 'run-killed' });
    expect(byCode.get(sending!.code)).toMatchObject({ status: 'inbox', channel: 'inbox' });
    expect(byCode.get(claimed!.code)).toMatchObject({ status: 'sent', channel: 'subscribe' });
    expect(byCode.get(otherRun!.code)).toMatchObject({ status: 'pending', claimedBy: 'run-alive' });
    for (const firm of firms.slice(4)) expect(byCode.get(firm.code)).toMatchObject({ status: 'sent', channel: 'subscribe' });
    expect(await sentMessages(sending!.openid)).toHaveLength(0);
    for (const firm of [claimed!, ...firms.slice(4)]) expect(await sentMessages(firm.openid)).toHaveLength(1);

    // Once the other run has ended, its pair is the next run's; and then nothing is left.
    await runs.doc('run-alive').update({ endedAt: new Date() });
    expect(await run({ policyId: 'gongshu-killed' })).toMatchObject({ created: 0, subscribe: 1, inbox: 0 });
    expect(await run({ policyId: 'gongshu-killed' })).toMatchObject({ created: 0, subscribe: 0, inbox: 0, retryLater: 0 });
    expect(await sentMessages(otherRun!.openid)).toHaveLength(1);
    for (const firm of firms.slice(1)) expect((await sentMessages(firm.openid)).length).toBeLessThanOrEqual(1);
  });
});

describe('the send rate', () => {
  it('stays at or under R in every second, over two runs back to back and two runs side by side', async () => {
    for (const id of ['binjiang-rate-a', 'binjiang-rate-b', 'binjiang-rate-c']) await publishFor(id, '330108');
    const firms = await subscribedEnterprises('330108', 500, 30, 3);

    // Back to back: the first run stops after 15 pairs, the next continues at once.
    expect(await run({ policyId: 'binjiang-rate-a', maxPairs: 15 })).toMatchObject({ subscribe: 15, done: false });
    expect(await run({ policyId: 'binjiang-rate-a' })).toMatchObject({ subscribe: 15, done: true });
    // Side by side: two policies pushed at the same time by two function instances.
    const [b, c] = await Promise.all([run({ policyId: 'binjiang-rate-b' }), run({ policyId: 'binjiang-rate-c' })]);
    expect(b.subscribe + c.subscribe).toBe(60);

    const instants: number[] = [];
    for (const id of ['binjiang-rate-a', 'binjiang-rate-b', 'binjiang-rate-c']) {
      const stored = await deliveriesOf(backend, id);
      expect(stored.filter((d) => d.channel === 'subscribe')).toHaveLength(30);
      for (const d of stored) instants.push(new Date(d.deliveredAt).getTime());
    }
    instants.sort((x, y) => x - y);
    // The busiest second, wherever it starts: at most R sends in [t, t + 1 s) for every recorded send t.
    let busiest = 0;
    for (let i = 0, j = 0; i < instants.length; i += 1) {
      while (j < instants.length && instants[j]! < instants[i]! + 1000) j += 1;
      busiest = Math.max(busiest, j - i);
    }
    expect(busiest).toBeLessThanOrEqual(RATE);

    // Each enterprise heard once per policy: no pair twice.
    for (const firm of firms) expect(await sentMessages(firm.openid)).toHaveLength(3);
  }, 90_000);
});
