import { api } from '@shared/contracts';
import { DEMO_CITY } from '@shared/config/city';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { ageRequest, COORDINATOR, fireSlaTimer, homeVisitRequest, LI, LIU, makeHelper, storedRequest, WANG } from './help-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
const N = DEMO_CITY.help.acceptWithinMinutes;

describe('the SLA timer', () => {
  it('escalates a request nobody accepted within the city minutes to the coordinator, once', async () => {
    const fresh = expectOk(await backend.call(LI, api.help['requests.create'], homeVisitRequest()));
    const waiting = expectOk(await backend.call(WANG, api.help['requests.create'], homeVisitRequest({ contact: { name: '王小明', phone: '13811112222' } })));
    await ageRequest(backend, waiting.id, { openedAt: minutesAgo(N + 1) });

    const run = await fireSlaTimer(backend);
    expect(run.escalated).toBe(1);
    const escalated = await storedRequest(backend, waiting.id);
    expect(escalated.escalation).toMatchObject({ reason: 'not_accepted' });
    expect(escalated.timeline.at(-1)).toMatchObject({ event: 'escalate', actor: { role: 'system' }, reason: expect.stringContaining(`${N}分钟`) });
    expect((await storedRequest(backend, fresh.id)).escalation).toBeNull();

    expect((await fireSlaTimer(backend)).escalated).toBe(0);
    expect((await storedRequest(backend, waiting.id)).timeline.filter((e: { event: string }) => e.event === 'escalate')).toHaveLength(1);

    const desk = expectOk(await backend.call(COORDINATOR, api.help['requests.listForCoordinator'], {}));
    expect(desk.items[0]).toMatchObject({ id: waiting.id, escalation: { reason: 'not_accepted', label: '超时无人接单' }, viewer: 'coordinator' });
    expect(desk.items[0]!.actions.map((a) => a.event)).toEqual(['assign', 'terminate', 'note']);
    expect(desk.counts.attention).toBeGreaterThanOrEqual(1);
    const requesterSees = expectOk(await backend.call(WANG, api.help['requests.get'], { id: waiting.id }));
    expect(requesterSees.timeline.at(-1)).toMatchObject({ label: '已转调度员处理' });

    // The coordinator assigns it to a fitting helper; the alert is cleared, the history stays.
    const candidates = expectOk(await backend.call(COORDINATOR, api.help['helpers.list'], { forRequestId: waiting.id }));
    expect(candidates.items[0]).toMatchObject({ openid: LIU, fit: { matches: true, mismatches: [] } });
    const chen = candidates.items.find((h) => h.openid === 'demo-helper-chen');
    expect(chen?.fit?.mismatches).toEqual(['不提供上门服务']);
    expect(await backend.call(COORDINATOR, api.help['requests.assign'], { id: waiting.id, helperOpenid: 'demo-helper-chen' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('不提供上门服务') },
    });
    const assigned = expectOk(await backend.call(COORDINATOR, api.help['requests.assign'], { id: waiting.id, helperOpenid: LIU }));
    expect(assigned).toMatchObject({ state: 'assigned', escalation: null, helper: { via: 'assigned', name: '刘**' } });
    const liuSees = expectOk(await backend.call(LIU, api.help['requests.listAssigned'], {}));
    expect(liuSees.items.map((r) => r.id)).toContain(waiting.id);
  });

  it('does not escalate a 代办 still waiting for its requester to sign', async () => {
    const validUntil = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const proxy = expectOk(
      await backend.call(LI, api.help['requests.create'], {
        ...homeVisitRequest(),
        kind: 'proxy',
        authorization: { matter: '退休申请', scope: ['submit_materials'], validUntil },
      }),
    );
    await ageRequest(backend, proxy.id, { createdAt: minutesAgo(N * 10) });
    await fireSlaTimer(backend);
    expect((await storedRequest(backend, proxy.id)).escalation).toBeNull();
    expectOk(await backend.call(LI, api.help['requests.cancel'], { id: proxy.id }));
  });

  it('flags an accepted request overdue when it has not started by the end of its window plus the grace, once', async () => {
    const { id } = expectOk(await backend.call(LI, api.help['requests.create'], homeVisitRequest()));
    expectOk(await backend.call(LIU, api.help['requests.accept'], { id }));
    expect((await fireSlaTimer(backend)).overdue).toBe(0);
    await ageRequest(backend, id, { startBy: minutesAgo(1) });
    expect((await fireSlaTimer(backend)).overdue).toBe(1);
    expect((await fireSlaTimer(backend)).overdue).toBe(0);
    const flagged = expectOk(await backend.call(COORDINATOR, api.help['requests.listForCoordinator'], { filter: 'attention' }));
    expect(flagged.items.find((r) => r.id === id)).toMatchObject({ overdue: { reason: 'not_started', label: '超过预约时间仍未开始办理' } });
    const stored = await storedRequest(backend, id);
    expect(stored.timeline.at(-1)).toMatchObject({ event: 'flagOverdue', state: 'accepted' });
    // The flag does not change the state or block the helper.
    expectOk(await backend.call(LIU, api.help['requests.advance'], { id, event: 'depart' }));
  });

  it('sends a suspended helper’s requests back to the coordinator, and the helper can no longer accept', async () => {
    await makeHelper(backend, 'o-sla-helper');
    const { id } = expectOk(await backend.call(WANG, api.help['requests.create'], homeVisitRequest({ contact: { name: '王小明', phone: '13811112222' } })));
    expectOk(await backend.call('o-sla-helper', api.help['requests.accept'], { id }));
    expect(await backend.call(COORDINATOR, api.help['helpers.verify'], { decision: 'suspend', openid: 'o-sla-helper', reason: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    const suspended = expectOk(await backend.call(COORDINATOR, api.help['helpers.verify'], { decision: 'suspend', openid: 'o-sla-helper', reason: '多次爽约，暂停核查' }));
    expect(suspended).toMatchObject({ status: { value: 'suspended', label: '已暂停' }, statusReason: '多次爽约，暂停核查', activeCount: 1 });
    expect((await storedRequest(backend, id)).escalation).toMatchObject({ reason: 'helper_suspended' });

    const other = expectOk(await backend.call(LI, api.help['requests.create'], homeVisitRequest()));
    expect(await backend.call('o-sla-helper', api.help['requests.accept'], { id: other.id })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringContaining('已暂停') },
    });
    expect(await backend.call('o-sla-helper', api.help['requests.listOpen'], {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(expectOk(await backend.call('o-sla-helper', api.help['helpers.me'], {}))).toMatchObject({ profile: { status: { value: 'suspended' } }, message: expect.stringContaining('已暂停') });
  });
});

describe('helpers, as the coordinator manages them', () => {
  it('verifies a new helper: grants the role, checks the areas exist and are in the city, never oneself', async () => {
    expectOk(await backend.call('o-new-helper', api.account.whoami, {}));
    const verify = {
      decision: 'verify' as const,
      openid: 'o-new-helper',
      team: 'retired_cadre' as const,
      organisation: '福田区老干部志愿队',
      skills: ['guidance' as const],
      serviceAreas: ['440304'],
      availability: { weekdays: [1, 3, 5], from: '09:00', to: '12:00' },
    };
    expect(await backend.call(COORDINATOR, api.help['helpers.verify'], verify)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'identity' }] } } });
    const identity = { realName: '郑老师', idNumber: '11010519491231002X', phone: '13911110000' };
    const badAreas = await backend.call(COORDINATOR, api.help['helpers.verify'], { ...verify, identity, serviceAreas: ['440399', '110101'] });
    expect(badAreas).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((badAreas as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map((f) => f.path)).toEqual(['serviceAreas.0', 'serviceAreas.1']);
    expect((await backend.db().collection('helpers').doc('o-new-helper').get()).data).toEqual([]);

    const profile = expectOk(await backend.call(COORDINATOR, api.help['helpers.verify'], { ...verify, identity, serviceAreas: ['440300', '440304001'] }));
    expect(profile).toMatchObject({
      name: '郑**',
      phone: '139****0000',
      idNumber: '1101**********002X',
      serviceAreas: [{ code: '4403', name: '广东省深圳市' }, { code: '440304001', name: '广东省深圳市福田区南园街道' }],
      availability: { text: '周一、周三、周五 09:00–12:00' },
      status: { value: 'verified' },
    });
    const whoami = expectOk(await backend.call('o-new-helper', api.account.whoami, {}));
    expect(whoami.roles).toEqual(['citizen', 'helper']);
    expect(expectOk(await backend.call('o-new-helper', api.help['helpers.me'], {})).profile?.skills).toEqual([{ value: 'guidance', label: '帮办' }]);

    expect(await backend.call('demo-staff-gov-1', api.help['helpers.verify'], { ...verify, openid: 'demo-staff-gov-1' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await backend.call(LIU, api.help['helpers.verify'], { ...verify, identity })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const listed = expectOk(await backend.call(COORDINATOR, api.help['helpers.list'], { regionCode: '440305' }));
    expect(listed.items.map((h) => h.openid)).toEqual(expect.arrayContaining(['demo-helper-zhou', 'o-new-helper']));
    expect(listed.items.map((h) => h.openid)).not.toContain(LIU);
  });
});
