/**
 * Issue 15 §2: every answer names the functions' contract version, and a mini-program built against older
 * contracts is told to update (UPGRADE_REQUIRED) before anything happens.
 */
import { CONTRACT_VERSION } from '@shared/contracts/version';
import { startBackend, type Backend } from '../support/backend';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  await backend?.close();
});

const LI = 'demo-citizen-li';
const feedback = { kind: 'suggestion', content: '希望首页字再大一些，老年人看不清', department: 'govservice', contact: { preference: 'in_app' } };
const mine = async () => ((await backend.db().collection('feedback').where({ openid: LI }).count()) as { total: number }).total;

describe('the contract version', () => {
  it('comes with every answer, refusals too', async () => {
    const ok = await backend.raw('account', { action: 'whoami', payload: {}, clientVersion: CONTRACT_VERSION }, LI);
    expect(ok.body).toMatchObject({ ok: true, contractVersion: CONTRACT_VERSION });
    const refused = await backend.raw('account', { action: 'no.such.action', payload: {} }, LI);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' }, contractVersion: CONTRACT_VERSION });
  });

  it('tells an older mini-program to update, and changes nothing', async () => {
    const before = await mine();
    const stale = await backend.raw('account', { action: 'feedback.create', payload: feedback, clientVersion: CONTRACT_VERSION - 1 }, LI);
    expect(stale.body).toMatchObject({
      ok: false,
      error: { code: 'UPGRADE_REQUIRED', message: '小程序有新版本，请更新后再使用。', details: { clientVersion: CONTRACT_VERSION - 1, contractVersion: CONTRACT_VERSION } },
    });
    expect(await mine()).toBe(before);

    const current = await backend.raw('account', { action: 'feedback.create', payload: feedback, clientVersion: CONTRACT_VERSION }, LI);
    expect(current.body).toMatchObject({ ok: true });
    expect(await mine()).toBe(before + 1);
    // A newer mini-program than the functions (released before the functions were deployed) is served.
    expect((await backend.raw('account', { action: 'whoami', payload: {}, clientVersion: CONTRACT_VERSION + 1 }, LI)).body).toMatchObject({ ok: true });
  });
});
