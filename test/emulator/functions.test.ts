/**
 * The function host: built bundles run unmodified in worker processes, with the real SDKs redirected to
 * the emulator and the caller's identity delivered the way CloudBase does.
 */
import { callAs, expectHealthy, http, startTestEmulator, type TestEmulator } from './helpers';

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator({ poolSize: 2 });
  await t.app.database().createCollection('visits');
});
afterAll(() => t.close());

describe('identity', () => {
  it('an admin SDK call runs anonymously, with the config.json environment, in UTC like SCF', async () => {
    const { result } = await t.app.callFunction({ name: 'whoami', data: { x: 1 } });
    expect(result.userInfo).toEqual({ openId: '', appId: '', uid: '', customUserId: '', isAnonymous: false });
    expect(result.wxContext).toEqual({ ENV: 'local-env' });
    expect(result).toMatchObject({ functionName: 'whoami', tz: 'UTC', triggerSrc: 'tcb', custom: 'from-config', event: { x: 1 } });
    expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a client call carries X-WX-OPENID to getUserInfo, getCloudbaseContext and getWXContext, and the SDK inside reaches the emulator', async () => {
    const res = await callAs(t.emulator, 'whoami', { touchDatabase: true }, 'oUSER_A');
    expect(res.status).toBe(200);
    expect(res.body.userInfo).toMatchObject({ openId: 'oUSER_A', appId: 'wx0000000000000000' });
    expect(res.body.fromContext).toBe('oUSER_A');
    expect(res.body.wxContext).toMatchObject({ OPENID: 'oUSER_A', APPID: 'wx0000000000000000', ENV: 'local-env', SOURCE: 'wx_client' });
    expect(res.body.event).toEqual({ touchDatabase: true, userInfo: { appId: 'wx0000000000000000', openId: 'oUSER_A' } });
    expect(res.body.visits).toBe(1);
    expect((await t.app.database().collection('visits').where({ openId: 'oUSER_A' }).count()).total).toBe(1);
  });

  it('without X-WX-OPENID the call is anonymous', async () => {
    const res = await callAs(t.emulator, 'whoami', {});
    expect(res.body.userInfo.openId).toBe('');
    expect(res.body.wxContext.OPENID).toBeUndefined();
  });

  it('concurrent calls each see their own identity; a worker runs one call at a time; extra calls queue', async () => {
    const openids = ['oC1', 'oC2', 'oC3', 'oC4', 'oC5', 'oC6'];
    const started = Date.now();
    const results = await Promise.all(openids.map((openid) => callAs(t.emulator, 'whoami', { delayMs: 300 }, openid)));
    const elapsed = Date.now() - started;
    results.forEach((res, i) => {
      expect(res.status).toBe(200);
      expect(res.body.before.openId).toBe(openids[i]);
      expect(res.body.userInfo.openId).toBe(openids[i]);
      expect(res.body.wxContext.OPENID).toBe(openids[i]);
    });
    // pool of 2: six 300 ms calls need at least three rounds
    expect(new Set(results.map((r) => r.body.pid)).size).toBeLessThanOrEqual(2);
    expect(elapsed).toBeGreaterThanOrEqual(3 * 300 - 50);
  });

  it('reuses warm workers (module loaded once per worker)', async () => {
    const first = await callAs(t.emulator, 'whoami', {});
    const second = await callAs(t.emulator, 'whoami', {});
    const samePid = first.body.pid === second.body.pid;
    if (samePid) expect(second.body.invocations).toBe(first.body.invocations + 1);
    expect(Math.max(first.body.invocations, second.body.invocations)).toBeGreaterThan(1);
  });

  it('a function calling a function passes the caller along (SOURCE wx_client,scf)', async () => {
    const res = await callAs(t.emulator, 'relay', {}, 'oRELAY');
    expect(res.status).toBe(200);
    expect(res.body.mine.OPENID).toBe('oRELAY');
    expect(res.body.relayed.wxContext).toMatchObject({ OPENID: 'oRELAY', SOURCE: 'wx_client,scf' });
    expect(res.body.relayed.event).toEqual({ from: 'relay' });
  });

  it('wx-server-sdk database calls reach the emulator and map error codes', async () => {
    const res = await callAs(t.emulator, 'wxdb', {}, 'oWXDB');
    expect(res.status).toBe(200);
    expect(res.body.count).toBe(1);
    expect(res.body.missing.errCode).toBe(-502005);
  });
});

describe('failures', () => {
  it('a function that exceeds its config.json timeout is killed and answered with a timeout error; the next call works', async () => {
    await expect(t.app.callFunction({ name: 'sleeper', data: { ms: 5000 } })).rejects.toMatchObject({
      code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED',
      message: expect.stringContaining('timed out after 1 seconds'),
    });
    const client = await callAs(t.emulator, 'sleeper', { ms: 5000 });
    expect(client.status).toBe(504);
    expect(client.body).toMatchObject({ errCode: -504003, code: 'FUNCTIONS_TIME_LIMIT_EXCEEDED' });
    const ok = await t.app.callFunction({ name: 'sleeper', data: { ms: 10 } });
    expect(ok.result.slept).toBe(true);
  });

  it('a thrown error becomes FUNCTIONS_EXECUTE_FAIL with the message', async () => {
    await expect(t.app.callFunction({ name: 'thrower', data: {} })).rejects.toMatchObject({
      code: 'FUNCTIONS_EXECUTE_FAIL',
      message: expect.stringContaining('boom from thrower'),
    });
    const client = await callAs(t.emulator, 'thrower', {});
    expect(client.status).toBe(500);
    expect(client.body).toMatchObject({ errCode: -504002, code: 'FUNCTIONS_EXECUTE_FAIL', errMsg: expect.stringContaining('boom from thrower') });
  });

  it('a crashing function (process.exit, uncaught exception) fails its call but never the emulator', async () => {
    await expect(t.app.callFunction({ name: 'thrower', data: { mode: 'exit' } })).rejects.toMatchObject({
      code: 'FUNCTIONS_EXECUTE_FAIL',
      message: expect.stringContaining('exited'),
    });
    await expect(t.app.callFunction({ name: 'thrower', data: { mode: 'uncaught' } })).rejects.toMatchObject({
      code: 'FUNCTIONS_EXECUTE_FAIL',
      message: expect.stringContaining('uncaught boom'),
    });
    await expectHealthy(t.emulator);
    expect((await t.app.callFunction({ name: 'thrower', data: { mode: 'ok' } })).result.ok).toBe(true);
  });

  it('unknown and broken functions answer clear errors', async () => {
    await expect(t.app.callFunction({ name: 'ghost', data: {} })).rejects.toMatchObject({ code: 'FUNCTION_NOT_FOUND' });
    const client = await callAs(t.emulator, 'ghost', {});
    expect(client.status).toBe(404);
    expect(client.body.errMsg).toMatch(/ghost/);
    await expect(t.app.callFunction({ name: 'broken', data: {} })).rejects.toMatchObject({
      code: 'FUNCTIONS_EXECUTE_FAIL',
      message: expect.stringContaining('broken at load time'),
    });
  });
});

describe('logs', () => {
  it("captures each function's output, prefixed with its name", async () => {
    await callAs(t.emulator, 'thrower', {});
    const lines = await http(t.emulator, '/__emulator/logs?fn=thrower&limit=50');
    expect(lines.status).toBe(200);
    expect(lines.body.lines.length).toBeGreaterThan(0);
    expect(lines.body.lines.every((l: { source: string }) => l.source === 'thrower')).toBe(true);
    expect(t.logs.some((l) => l.startsWith('[thrower]'))).toBe(true);
    // stderr of the crashed worker was captured too
    expect(t.logs.some((l) => l.startsWith('[thrower]') && l.includes('uncaught boom'))).toBe(true);
  });
});
