import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { CHEN, COORDINATOR, LIU, proxyRequest, storedRequest, ZHAO } from './help-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const beijingDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);

describe('代办 and its 委托书', () => {
  it('cannot be accepted, assigned or advanced before the requester signs; afterwards it can', async () => {
    const created = expectOk(await backend.call(ZHAO, api.help['requests.create'], proxyRequest({ enterpriseId: '91440304MA5F3XKQ87' })));
    expect(created).toMatchObject({
      state: 'received',
      stateLabel: '待签署委托书',
      enterprise: { id: '91440304MA5F3XKQ87', name: '深圳市福田区赵记餐饮有限公司' },
      authorization: { matter: '营业执照变更登记（地址变更）', confirmedAt: null, valid: false, problem: expect.stringContaining('还没有签署') },
    });
    expect(created.authorization?.text).toContain('委托人：赵**');
    expect(created.actions.map((a) => [a.event, a.action])).toEqual([
      ['authorize', 'requests.confirmAuthorization'],
      ['cancel', 'requests.cancel'],
      ['note', 'requests.advance'],
    ]);
    const id = created.id;

    expect(expectOk(await backend.call(CHEN, api.help['requests.listOpen'], {})).items.map((r) => r.id)).not.toContain(id);
    expect(await backend.call(CHEN, api.help['requests.accept'], { id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('委托书') } });
    expect(await backend.call(COORDINATOR, api.help['requests.assign'], { id, helperOpenid: CHEN })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('委托书') },
    });
    expect(await backend.call(CHEN, api.help['requests.advance'], { id, event: 'start' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await storedRequest(backend, id)).state).toBe('received');

    // Only the requester signs, and has to tick agreement.
    expect(await backend.call(CHEN, api.help['requests.confirmAuthorization'], { id, agree: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await backend.call(ZHAO, api.help['requests.confirmAuthorization'], { id, agree: false } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const signed = expectOk(await backend.call(ZHAO, api.help['requests.confirmAuthorization'], { id, agree: true }));
    expect(signed).toMatchObject({ state: 'authorized', stateLabel: '等待帮办员接单', authorization: { valid: true, problem: null } });
    expect(signed.timeline.at(-1)).toMatchObject({ event: 'authorize', label: '申请人已签署委托书', actor: { role: 'requester', name: '赵**' } });

    expect(expectOk(await backend.call(CHEN, api.help['requests.listOpen'], {})).items.map((r) => r.id)).toContain(id);
    expect(await backend.call(LIU, api.help['requests.accept'], { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const accepted = expectOk(await backend.call(CHEN, api.help['requests.accept'], { id }));
    expect(accepted.authorization?.text).toContain('受托人：陈**');
    const detail = expectOk(await backend.call(CHEN, api.help['requests.get'], { id }));
    expect(detail.authorization?.text).toContain('委托人：赵建国');
    expect(detail.authorization?.text).toContain('受托人：陈帮办');
    expect(expectOk(await backend.call(CHEN, api.help['requests.advance'], { id, event: 'start', note: '材料已收齐，前往窗口' })).timeline.at(-1)).toMatchObject({
      label: '帮办员开始代办',
    });
  });

  it('shows the signed 委托书 to the window staff who act on it, recording the check', async () => {
    const { id, number } = expectOk(await backend.call(ZHAO, api.help['requests.create'], proxyRequest()));
    expect(await backend.call('demo-staff-samr-1', api.help['authorizations.check'], { number })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expectOk(await backend.call(ZHAO, api.help['requests.confirmAuthorization'], { id, agree: true }));
    expectOk(await backend.call(CHEN, api.help['requests.accept'], { id }));
    const checked = expectOk(await backend.call('demo-staff-samr-1', api.help['authorizations.check'], { number }));
    expect(checked).toMatchObject({
      number,
      principal: '赵建国',
      agent: { name: '陈帮办', status: 'verified', organisation: '福田区政务服务中心' },
      authorization: { valid: true, scope: [{ value: 'submit_materials', label: '代为递交申请材料' }, { value: 'collect_result', label: '代为领取办理结果' }] },
    });
    const { data } = await backend.db().collection('access_log').where({ viewerOpenid: 'demo-staff-samr-1' }).get();
    expect(data).toHaveLength(1);
    expect(await backend.call(ZHAO, api.help['authorizations.check'], { number })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('stops the helper when the 委托书 has expired, until the requester renews it (续办委托书)', async () => {
    const { id } = expectOk(await backend.call(ZHAO, api.help['requests.create'], proxyRequest()));
    expectOk(await backend.call(ZHAO, api.help['requests.confirmAuthorization'], { id, agree: true }));
    expectOk(await backend.call(CHEN, api.help['requests.accept'], { id }));
    expectOk(await backend.call(CHEN, api.help['requests.advance'], { id, event: 'start' }));
    expectOk(await backend.call(CHEN, api.help['requests.advance'], { id, event: 'suspend', reason: '等待部门补正通知' }));
    await backend.db().collection('help_requests').doc(id).update({ 'authorization.validUntil': beijingDay(-1) });

    const refused = await backend.call(CHEN, api.help['requests.advance'], { id, event: 'resume' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('续签') } });
    expect((await storedRequest(backend, id)).state).toBe('suspended');
    const expired = expectOk(await backend.call(ZHAO, api.help['requests.get'], { id }));
    expect(expired.authorization).toMatchObject({ valid: false, problem: expect.stringContaining('到期') });
    expect(expired.actions.map((a) => a.event)).toContain('renewAuthorization');

    expect(await backend.call(ZHAO, api.help['requests.confirmAuthorization'], { id, agree: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const renewed = expectOk(await backend.call(ZHAO, api.help['requests.confirmAuthorization'], { id, agree: true, validUntil: beijingDay(20) }));
    expect(renewed).toMatchObject({ state: 'suspended', authorization: { valid: true, validUntil: beijingDay(20) } });
    expect(renewed.timeline.at(-1)).toMatchObject({ event: 'renewAuthorization', label: '申请人已续签委托书' });
    expect((await storedRequest(backend, id)).authorization.confirmations).toHaveLength(2);
    expect(expectOk(await backend.call(CHEN, api.help['requests.advance'], { id, event: 'resume' })).state).toBe('in_progress');
  });

  it('refuses a 委托书 valid for longer than the city allows', async () => {
    const tooLong = await backend.call(ZHAO, api.help['requests.create'], proxyRequest({ authorization: { matter: '变更登记', scope: ['fill_forms'], validUntil: beijingDay(200) } }));
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'authorization.validUntil' }] } } });
  });
});
