import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { COORDINATOR, homeVisitRequest, LI, LIU, storedRequest, windowFromNow } from './help-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

async function count(collection: string): Promise<number> {
  return ((await backend.db().collection(collection).count()) as { total: number }).total;
}

const fieldsOf = (result: unknown) => (result as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map((f) => f.path).sort();

describe('bad input changes nothing', () => {
  it.each([
    ['a region that does not exist', { regionCode: '440399' }, ['regionCode']],
    ['a region outside the city', { regionCode: '110101' }, ['regionCode']],
    ['a city instead of a county or street', { regionCode: '440300' }, ['regionCode']],
    ['a window already over', { window: windowFromNow(-5, 1) }, ['window.to']],
    ['a 一件事 that does not exist', { about: { type: 'theme', themeId: 'no_such_theme' } }, ['about.themeId']],
    ['a bad phone and no address for 上门', { contact: { name: '李秀英', phone: '12345' }, streetAddress: undefined }, ['contact.phone', 'streetAddress']],
    ['a disability need without the separate consent', { specialNeeds: ['disability'] }, ['disabilityConsent']],
  ] as const)('refuses %s with the fields to fix, and stores nothing', async (_label, overrides, paths) => {
    const before = await count('help_requests');
    const result = await backend.call(LI, api.help['requests.create'], homeVisitRequest(overrides as never));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(fieldsOf(result)).toEqual(paths);
    expect(await count('help_requests')).toBe(before);
  });

  it('refuses to act for an enterprise the caller does not represent', async () => {
    const before = await count('help_requests');
    const result = await backend.call(LI, api.help['requests.create'], homeVisitRequest({ enterpriseId: '91440304MA5F3XKQ87' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await count('help_requests')).toBe(before);
  });

  it('leaves a request untouched by refused steps and unknown events', async () => {
    const { id } = expectOk(await backend.call(LI, api.help['requests.create'], homeVisitRequest()));
    const before = await storedRequest(backend, id);
    expect(await backend.call(LIU, api.help['requests.advance'], { id, event: 'complete', note: '还没接单就办结' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await backend.call(LIU, api.help['requests.advance'], { id, event: 'fly' } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await backend.call(LI, api.help['requests.advance'], { id, event: 'note', note: 'x'.repeat(501) })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await backend.call(COORDINATOR, api.help['requests.assign'], { id, helperOpenid: 'o-nobody' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await storedRequest(backend, id)).toEqual(before);
    expectOk(await backend.call(LI, api.help['requests.cancel'], { id }));
  });
});

describe('submitting', () => {
  it('is idempotent with the envelope requestId: a retried submit returns the same request', async () => {
    const before = await count('help_requests');
    const input = homeVisitRequest();
    const first = expectOk(await backend.call(LI, api.help['requests.create'], input, 'retry-key-0001'));
    const again = expectOk(await backend.call(LI, api.help['requests.create'], input, 'retry-key-0001'));
    expect(again.id).toBe(first.id);
    expect(again.number).toBe(first.number);
    const [a, b] = await Promise.all([
      backend.call(LI, api.help['requests.create'], input, 'retry-key-0002'),
      backend.call(LI, api.help['requests.create'], input, 'retry-key-0002'),
    ]);
    expect(expectOk(a).id).toBe(expectOk(b).id);
    expect(await count('help_requests')).toBe(before + 2);
    // The same key from someone else is a different request.
    const other = expectOk(await backend.call('demo-citizen-wang', api.help['requests.create'], { ...input, contact: { name: '王小明', phone: '13811112222' } }, 'retry-key-0001'));
    expect(other.id).not.toBe(first.id);
  });

  it('limits how many requests one person has open at once', async () => {
    const openid = 'o-many-requests';
    for (let i = 0; i < 5; i += 1) expectOk(await backend.call(openid, api.help['requests.create'], homeVisitRequest()));
    expect(await backend.call(openid, api.help['requests.create'], homeVisitRequest())).toMatchObject({
      ok: false,
      error: { code: 'RATE_LIMITED', message: expect.stringContaining('5件') },
    });
  });
});

describe('the region picker', () => {
  it('answers without a login, level by level down to streets', async () => {
    const provinces = expectOk(await backend.call(null, api.help['regions.children'], {}));
    expect(provinces.parent).toBeNull();
    expect(provinces.items).toContainEqual({ code: '44', name: '广东省', level: 'province', hasChildren: true });
    const shenzhen = expectOk(await backend.call(null, api.help['regions.children'], { code: '440300' }));
    expect(shenzhen.parent).toEqual({ code: '4403', name: '深圳市', fullName: '广东省深圳市' });
    expect(shenzhen.items.map((r) => r.name)).toContain('福田区');
    const futian = expectOk(await backend.call(LI, api.help['regions.children'], { code: '440304' }));
    expect(futian.path).toEqual([{ code: '44', name: '广东省' }, { code: '4403', name: '深圳市' }, { code: '440304', name: '福田区' }]);
    expect(futian.items[0]).toMatchObject({ code: '440304001', name: '南园街道', level: 'street', hasChildren: false });
    expect(await backend.call(null, api.help['regions.children'], { code: '440399' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('keeps the help actions closed to callers without a WeChat identity', async () => {
    expect(await backend.call(null, api.help['requests.listMine'], {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
