import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { homeVisitRequest, LI, makeHelper, storedRequest } from './help-fixtures';

let backend: Backend;
const helpers = Array.from({ length: 20 }, (_, i) => `o-race-helper-${String(i + 1).padStart(2, '0')}`);

beforeAll(async () => {
  // A larger pool runs the 20 accepts really side by side rather than two at a time.
  backend = await startBackend({ poolSize: 8 });
  for (const openid of helpers) await makeHelper(backend, openid);
}, 60_000);
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

describe('20 helpers accepting one request at the same moment', () => {
  afterAll(() => {
    // The losers really raced: they read the request while it was open and lost the conditional write
    // (not merely found it taken already).
    const lost = backend.logs.filter((line) => line.includes('help_accept_lost_race')).length;
    expect(lost).toBeGreaterThan(0);
  });

  it.each([1, 2, 3, 4, 5, 6])('round %i: exactly one becomes the owner, the other 19 are told it was taken', async () => {
    const { id } = expectOk(await backend.call(LI, api.help['requests.create'], homeVisitRequest()));
    const results = await Promise.all(helpers.map((openid) => backend.call(openid, api.help['requests.accept'], { id })));

    const winners = helpers.filter((_, i) => results[i]!.ok);
    const refusals = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(refusals).toHaveLength(19);
    for (const refusal of refusals) {
      expect(refusal).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已被其他帮办员接单') } });
    }

    const stored = await storedRequest(backend, id);
    expect(stored.state).toBe('accepted');
    expect(stored.helper.openid).toBe(winners[0]);
    expect(stored.timeline.filter((e: { event: string }) => e.event === 'accept')).toHaveLength(1);
    expect(stored.version).toBe(2);

    // Only the winner may go on; a loser cannot even see it any more.
    const loser = helpers.find((h) => h !== winners[0])!;
    expect(await backend.call(loser, api.help['requests.advance'], { id, event: 'depart' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expectOk(await backend.call(winners[0]!, api.help['requests.advance'], { id, event: 'depart' }));
    // Keep 李秀英 under her active-request limit for the next round.
    expectOk(await backend.call(winners[0]!, api.help['requests.advance'], { id, event: 'terminate', reason: '测试结束' }));
  });
});
