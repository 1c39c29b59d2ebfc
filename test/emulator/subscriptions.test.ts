/**
 * One-time subscribe messages: grants from the client, sends from functions (wx-server-sdk protobuf
 * `wx.openApi` and node-sdk JSON `wx.api`), 43101 without a grant, injected faults, the outbox.
 */
import { callAs, http, startTestEmulator, type TestEmulator } from './helpers';

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator({ poolSize: 1 });
});
afterAll(() => t.close());

const subscribe = (openid: string | undefined, body: unknown) =>
  http(t.emulator, '/__client/subscribe', { body, headers: openid ? { 'X-WX-OPENID': openid } : {} });
const grants = async (openid: string) => (await http(t.emulator, `/__emulator/subscriptions?openid=${openid}`)).body.grants;
const notify = (data: Record<string, unknown>) => callAs(t.emulator, 'notify', data, 'oSENDER');

it('requestSubscribeMessage grants one quota per accepted template', async () => {
  const res = await subscribe('oU1', { tmplIds: ['TPL_A', 'TPL_B'], decisions: { TPL_B: 'reject' } });
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ errMsg: 'requestSubscribeMessage:ok', TPL_A: 'accept', TPL_B: 'reject' });
  await subscribe('oU1', { tmplIds: ['TPL_A'] });
  expect(await grants('oU1')).toEqual({ TPL_A: 2 });
});

it('wx-server-sdk cloud.openapi.subscribeMessage.send consumes a grant, then answers 43101', async () => {
  await subscribe('oU2', { tmplIds: ['TPL_A'] });
  const first = await notify({ touser: 'oU2', templateId: 'TPL_A' });
  expect(first.status).toBe(200);
  expect(first.body).toMatchObject({ ok: true, result: { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' } });
  expect(first.body.result.msgid).toBeDefined(); // wx-server-sdk parses msgid with json-bigint
  expect(await grants('oU2')).toEqual({ TPL_A: 0 });
  const second = await notify({ touser: 'oU2', templateId: 'TPL_A' });
  expect(second.body).toMatchObject({ ok: false, errCode: 43101 });
  expect(second.body.errMsg).toMatch(/user refuse to accept the msg/);
});

it('node-sdk callWxOpenApi (wx.api) follows the same rules, from a function or the admin SDK', async () => {
  const denied = await t.app.callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData: { touser: 'oU3', template_id: 'TPL_C', data: { thing1: { value: 'x' } } } });
  expect(denied.result).toMatchObject({ errcode: 43101 });
  await subscribe('oU3', { tmplIds: ['TPL_C'] });
  const sent = await notify({ via: 'node-sdk', touser: 'oU3', templateId: 'TPL_C' });
  expect(sent.body.result).toMatchObject({ errcode: 0, errmsg: 'ok' });
});

it('validates the message like WeChat (47003 for bad data, 40003 without touser)', async () => {
  await subscribe('oU4', { tmplIds: ['TPL_D'] });
  const tooLong = await notify({ touser: 'oU4', templateId: 'TPL_D', data: { thing1: { value: '这是一个超过二十个字符的事物描述，肯定会被微信拒绝的' } } });
  expect(tooLong.body).toMatchObject({ ok: false, errCode: 47003 });
  const noUser = await t.app.callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData: { template_id: 'TPL_D', data: { thing1: { value: 'x' } } } });
  expect(noUser.result.errcode).toBe(40003);
  expect(await grants('oU4')).toEqual({ TPL_D: 1 });
});

it('injected faults fail the next N sends (optionally for one template) without consuming grants', async () => {
  await subscribe('oU5', { tmplIds: ['TPL_E', 'TPL_F'] });
  expect((await http(t.emulator, '/__emulator/faults', { body: { errcode: 45009, count: 2, templateId: 'TPL_E' } })).status).toBe(200);
  expect((await notify({ touser: 'oU5', templateId: 'TPL_F' })).body.ok).toBe(true);
  expect((await notify({ touser: 'oU5', templateId: 'TPL_E' })).body).toMatchObject({ ok: false, errCode: 45009 });
  expect((await notify({ touser: 'oU5', templateId: 'TPL_E' })).body).toMatchObject({ ok: false, errCode: 45009 });
  expect((await notify({ touser: 'oU5', templateId: 'TPL_E' })).body.ok).toBe(true);
  await http(t.emulator, '/__emulator/faults', { body: { errcode: 40037, count: 1 } });
  const bad = await t.app.callWxOpenApi({ apiName: '/cgi-bin/message/subscribe/send', requestData: { touser: 'oU5', template_id: 'TPL_X', data: { thing1: { value: 'x' } } } });
  expect(bad.result.errcode).toBe(40037);
  expect((await http(t.emulator, '/__emulator/faults')).body.faults).toEqual([]);
});

it('records every attempt in the outbox', async () => {
  const all = (await http(t.emulator, '/__emulator/outbox')).body.messages;
  expect(all.length).toBeGreaterThanOrEqual(10);
  const forU2 = (await http(t.emulator, '/__emulator/outbox?touser=oU2')).body.messages;
  expect(forU2.map((m: { errcode: number }) => m.errcode)).toEqual([0, 43101]);
  expect(forU2[0]).toMatchObject({
    touser: 'oU2',
    templateId: 'TPL_A',
    page: 'pages/index/index',
    data: { thing1: { value: 'hello' } },
    miniprogramState: 'developer',
    via: 'wx.openApi',
    caller: 'notify',
  });
});

it('a function without permissions.openapi gets -604101', async () => {
  const res = await callAs(t.emulator, 'noperm', { touser: 'oU1' });
  expect(res.body).toMatchObject({ ok: false, errCode: -604101 });
});

it('rejects bad input with clear errors and changes nothing', async () => {
  expect((await subscribe(undefined, { tmplIds: ['T'] })).status).toBe(401);
  expect((await subscribe('oBAD', { tmplIds: [] })).status).toBe(400);
  expect((await subscribe('oBAD', { tmplIds: ['a', 'b', 'c', 'd'] })).body.errCode).toBe(20003);
  expect((await subscribe('oBAD', { tmplIds: ['a'], decisions: { a: 'maybe' } })).status).toBe(400);
  expect((await http(t.emulator, '/__client/subscribe', { raw: '{nope', headers: { 'X-WX-OPENID': 'oBAD' } })).status).toBe(400);
  expect((await subscribe('bad openid!', { tmplIds: ['a'] })).status).toBe(400);
  expect(await grants('oBAD')).toEqual({});
  expect((await http(t.emulator, '/__emulator/faults', { body: { errcode: 'x', count: 1 } })).status).toBe(400);
  expect((await http(t.emulator, '/__emulator/faults', { body: { errcode: 45009, count: 0 } })).status).toBe(400);
  expect((await http(t.emulator, '/__emulator/faults')).body.faults).toEqual([]);
  const unknownApi = await t.app.callWxOpenApi({ apiName: '/cgi-bin/other', requestData: {} }).catch((e: { code: string }) => e);
  expect(unknownApi.code).toBe('INVALID_ACTION');
});
