import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { CHEN, COORDINATOR, homeVisitRequest, LI, LI_PHONE, LI_STREET, LIU, makeHelper, WANG, windowFromNow, ZHOU } from './help-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

async function accessLog(subject: string) {
  const { data } = await backend.db().collection('access_log').where({ subjectOpenid: subject }).get();
  return data as { viewerOpenid: string; fields: string[]; purpose: string }[];
}

describe('who sees a request, and how much of it', () => {
  let id: string;
  beforeAll(async () => {
    id = expectOk(
      await backend.call(
        LI,
        api.help['requests.create'],
        homeVisitRequest({
          description: `请打我电话${LI_PHONE}，我在家`,
          forSomeoneElse: undefined,
        }),
      ),
    ).id;
  });

  it('shows it to a matching helper in listOpen with the phone and address masked', async () => {
    const { items } = expectOk(await backend.call(LIU, api.help['requests.listOpen'], {}));
    const item = items.find((r) => r.id === id);
    expect(item).toMatchObject({
      viewer: 'candidate',
      masked: true,
      contact: { name: '李**', phone: '139****5678' },
      address: '广东省深圳市福田区****',
      actions: [{ event: 'accept', action: 'requests.accept' }],
    });
    expect(JSON.stringify(items)).not.toContain(LI_PHONE);
    expect(JSON.stringify(items)).not.toContain(LI_STREET);
  });

  it('lists the nearest preferred time first', async () => {
    const later = expectOk(await backend.call(WANG, api.help['requests.create'], homeVisitRequest({ window: windowFromNow(30, 2), contact: { name: '王小明', phone: '13811112222' } })));
    const sooner = expectOk(await backend.call(WANG, api.help['requests.create'], homeVisitRequest({ window: windowFromNow(1, 1), contact: { name: '王小明', phone: '13811112222' } })));
    const ids = expectOk(await backend.call(LIU, api.help['requests.listOpen'], {})).items.map((r) => r.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(id));
    expect(ids.indexOf(id)).toBeLessThan(ids.indexOf(later.id));
    for (const r of [later, sooner]) expectOk(await backend.call(WANG, api.help['requests.cancel'], { id: r.id }));
  });

  it('lets the candidate open the detail, still masked, with numbers in free text masked too', async () => {
    const detail = expectOk(await backend.call(LIU, api.help['requests.get'], { id, reveal: true }));
    expect(detail).toMatchObject({ viewer: 'candidate', masked: true, contact: { phone: '139****5678' }, description: '请打我电话139****5678，我在家' });
  });

  // A helper outside the area gets NOT_FOUND, not FORBIDDEN: the request is not theirs to know about, and
  // "forbidden" would confirm that a request with that id exists (the same answer as for a made-up id).
  it('hides it completely from a helper outside the area (南山区): not listed, NOT_FOUND on get and accept', async () => {
    const { items } = expectOk(await backend.call(ZHOU, api.help['requests.listOpen'], {}));
    expect(items.map((r) => r.id)).not.toContain(id);
    const made = await backend.call(ZHOU, api.help['requests.get'], { id: 'no-such-request' });
    expect(await backend.call(ZHOU, api.help['requests.get'], { id })).toEqual(made);
    expect(await backend.call(ZHOU, api.help['requests.accept'], { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('hides it from a helper in the area without the skill (陈 does no 上门) and from another citizen', async () => {
    expect(expectOk(await backend.call(CHEN, api.help['requests.listOpen'], {})).items.map((r) => r.id)).not.toContain(id);
    expect(await backend.call(CHEN, api.help['requests.accept'], { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await backend.call(WANG, api.help['requests.get'], { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await backend.call(WANG, api.help['requests.listOpen'], {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('covers a helper whose area is one street: inside it sees the request, the next street does not', async () => {
    await makeHelper(backend, 'o-street-nanyuan', { areas: ['440304001'] });
    await makeHelper(backend, 'o-street-yuanling', { areas: ['440304002'] });
    expect(expectOk(await backend.call('o-street-nanyuan', api.help['requests.listOpen'], {})).items.map((r) => r.id)).toContain(id);
    expect(expectOk(await backend.call('o-street-yuanling', api.help['requests.listOpen'], {})).items.map((r) => r.id)).not.toContain(id);
  });

  it('shows the owning helper the contact whole after accepting, and records that access', async () => {
    const accepted = expectOk(await backend.call(LIU, api.help['requests.accept'], { id }));
    expect(accepted.masked).toBe(true);
    const before = (await accessLog(LI)).length;
    const detail = expectOk(await backend.call(LIU, api.help['requests.get'], { id }));
    expect(detail).toMatchObject({
      viewer: 'helper',
      masked: false,
      contact: { name: '李秀英', phone: LI_PHONE },
      address: `广东省深圳市福田区南园街道${LI_STREET}`,
      description: `请打我电话${LI_PHONE}，我在家`,
    });
    const log = await accessLog(LI);
    expect(log).toHaveLength(before + 1);
    expect(log[log.length - 1]).toMatchObject({ viewerOpenid: LIU, fields: ['contact.name', 'contact.phone', 'address'], purpose: expect.stringContaining('接单帮办员') });

    // In the helper's own list it stays masked (lists never show it whole).
    const { items } = expectOk(await backend.call(LIU, api.help['requests.listAssigned'], {}));
    expect(items.find((r) => r.id === id)).toMatchObject({ contact: { phone: '139****5678' }, masked: true });
  });

  it('no longer shows it to other helpers once accepted', async () => {
    expect(expectOk(await backend.call('o-street-nanyuan', api.help['requests.listOpen'], {})).items.map((r) => r.id)).not.toContain(id);
    expect(await backend.call('o-street-nanyuan', api.help['requests.get'], { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('shows the coordinator and the requester masked by default, whole on reveal (recorded)', async () => {
    expect(expectOk(await backend.call(COORDINATOR, api.help['requests.get'], { id }))).toMatchObject({ viewer: 'coordinator', masked: true, contact: { phone: '139****5678' } });
    const before = (await accessLog(LI)).length;
    expect(expectOk(await backend.call(COORDINATOR, api.help['requests.get'], { id, reveal: true }))).toMatchObject({ masked: false, contact: { phone: LI_PHONE } });
    expect(expectOk(await backend.call(LI, api.help['requests.get'], { id, reveal: true }))).toMatchObject({ viewer: 'requester', masked: false });
    const log = await accessLog(LI);
    expect(log.slice(before).map((e) => e.viewerOpenid)).toEqual([COORDINATOR, LI]);
  });

  it('after a reassignment the former helper loses access', async () => {
    await makeHelper(backend, 'o-reassigned-to', { areas: ['4403'] });
    const reassigned = expectOk(await backend.call(COORDINATOR, api.help['requests.assign'], { id, helperOpenid: 'o-reassigned-to', note: '刘帮办临时有事' }));
    expect(reassigned).toMatchObject({ state: 'assigned', helper: { via: 'assigned' } });
    expect(reassigned.timeline.at(-1)).toMatchObject({ label: '调度员已改派', note: '刘帮办临时有事' });
    expect(await backend.call(LIU, api.help['requests.get'], { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(expectOk(await backend.call('o-reassigned-to', api.help['requests.get'], { id })).masked).toBe(false);
  });

  it('asks on behalf of a parent, recording how the parent agreed, masked like the requester', async () => {
    const created = expectOk(
      await backend.call(
        WANG,
        api.help['requests.create'],
        homeVisitRequest({
          contact: { name: '王小明', phone: '13811112222' },
          forSomeoneElse: { relation: 'parent', name: '王建华', phone: '13700001111', consent: { method: 'phone', confirmed: true, note: '电话中父亲同意' } },
          specialNeeds: ['elderly', 'mobility'],
        }),
      ),
    );
    expect(created.forSomeoneElse).toMatchObject({
      relation: { value: 'parent', label: '父母' },
      name: '王**',
      phone: '137****1111',
      consent: { method: { value: 'phone', label: '电话确认同意' }, note: '电话中父亲同意' },
    });
    const { items } = expectOk(await backend.call(LIU, api.help['requests.listOpen'], {}));
    expect(items.find((r) => r.id === created.id)?.forSomeoneElse?.phone).toBe('137****1111');
  });
});
