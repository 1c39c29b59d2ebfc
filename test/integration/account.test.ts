import { api } from '@shared/contracts';
import { expectOk, startBackend, type Backend } from '../support/backend';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  await backend?.close();
});

async function countUsers(where: Record<string, unknown> = {}): Promise<number> {
  const { total } = await backend.db().collection('users').where(where).count();
  return total ?? 0;
}

describe('account.whoami through the local CloudBase', () => {
  it('tells a seeded citizen who they are', async () => {
    const me = expectOk(await backend.call('demo-citizen-wang', api.account.whoami, {}));
    expect(me).toEqual({ openid: 'demo-citizen-wang', name: '王小明', roles: ['citizen'], department: null, enterprises: [], created: false });
  });

  it('gives staff their department and the legal representative their enterprise', async () => {
    const staff = expectOk(await backend.call('demo-staff-samr-1', api.account.whoami, {}));
    expect(staff.roles).toEqual(['staff']);
    expect(staff.department).toEqual({ id: 'samr', name: '市场监督管理局' });
    const boss = expectOk(await backend.call('demo-enterprise-zhao', api.account.whoami, {}));
    expect(boss.enterprises).toEqual([
      { enterpriseId: '91440304MA5F3XKQ87', name: '深圳市福田区赵记餐饮有限公司', relation: 'legal_representative' },
    ]);
  });

  it('creates an unknown caller as a citizen on the first call, once', async () => {
    const first = expectOk(await backend.call('o-new-visitor-1', api.account.whoami, {}));
    expect(first).toMatchObject({ openid: 'o-new-visitor-1', roles: ['citizen'], created: true });
    const second = expectOk(await backend.call('o-new-visitor-1', api.account.whoami, {}));
    expect(second.created).toBe(false);
    expect(await countUsers({ _id: 'o-new-visitor-1' })).toBe(1);
  });

  it('converges simultaneous first calls from one new person on one account', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => backend.call('o-new-visitor-2', api.account.whoami, {})));
    for (const answer of answers) expect(expectOk(answer).roles).toEqual(['citizen']);
    expect(await countUsers({ _id: 'o-new-visitor-2' })).toBe(1);
  });

  it('takes identity only from the platform, never from the payload', async () => {
    const result = await backend.raw('account', { action: 'whoami', payload: { openid: 'demo-admin' } }, 'demo-citizen-li');
    expect(result.body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const me = expectOk(await backend.call('demo-citizen-li', api.account.whoami, {}));
    expect(me.roles).toEqual(['citizen']);
  });

  it('refuses a caller without a WeChat identity', async () => {
    const result = await backend.call(null, api.account.whoami, {});
    expect(result).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/登录/), details: null }, contractVersion: expect.any(Number) });
  });
});

describe('the function router', () => {
  it('answers NOT_FOUND in Chinese for an unknown action', async () => {
    const { body } = await backend.raw('account', { action: 'nope' }, 'demo-citizen-wang');
    expect(body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('nope') } });
  });

  it('answers VALIDATION_FAILED with field paths for a malformed envelope, and writes nothing', async () => {
    const before = await countUsers();
    // Like wx.cloud.callFunction, the platform itself refuses data that is not an object.
    for (const notAnObject of [null, 'whoami', 42, []]) {
      const { status } = await backend.raw('account', notAnObject, 'o-never-created');
      expect(status).toBe(400);
    }
    for (const bad of [{ action: '' }, { payload: {} }, { action: 'whoami', requestId: 'x' }, { action: 7 }]) {
      const { status, body } = await backend.raw('account', bad, 'o-never-created');
      expect(status).toBe(200);
      expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect((body as { error: { details: { fields: unknown[] } } }).error.details.fields.length).toBeGreaterThan(0);
    }
    expect(await countUsers()).toBe(before);
  });

  it('lets only an administrator change roles, with FORBIDDEN for anyone else', async () => {
    const refused = await backend.call('demo-citizen-wang', api.account['users.setRoles'], { openid: 'demo-citizen-wang', roles: ['admin'] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(expectOk(await backend.call('demo-citizen-wang', api.account.whoami, {})).roles).toEqual(['citizen']);

    const granted = await backend.call('demo-admin', api.account['users.setRoles'], { openid: 'demo-citizen-li', roles: ['citizen', 'helper'] });
    expect(expectOk(granted)).toEqual({ openid: 'demo-citizen-li', roles: ['citizen', 'helper'], department: null });
    expect(expectOk(await backend.call('demo-citizen-li', api.account.whoami, {})).roles).toEqual(['citizen', 'helper']);
  });

  it('requires a department for staff and says which field is wrong', async () => {
    const result = await backend.call('demo-admin', api.account['users.setRoles'], { openid: 'demo-citizen-wang', roles: ['staff'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'department', message: '部门工作人员必须指定所属部门' }] } } });
  });

  it('answers NOT_FOUND when the person has never opened the app', async () => {
    const result = await backend.call('demo-admin', api.account['users.setRoles'], { openid: 'o-nobody', roles: ['helper'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await countUsers({ _id: 'o-nobody' })).toBe(0);
  });

  it('answers NOT_FOUND from the functions later capabilities fill in', async () => {
    for (const fn of ['onething', 'help', 'policy', 'review']) {
      const { body } = await backend.raw(fn, { action: 'anything' }, 'demo-citizen-wang');
      expect(body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });
});

describe('the self-described API', () => {
  it('is served at /__emulator/contracts with roles and JSON Schemas', async () => {
    const response = await fetch(`${backend.url}/__emulator/contracts`);
    expect(response.status).toBe(200);
    const described = (await response.json()) as { functions: Record<string, { action: string; roles: unknown; input: unknown; output: unknown }[]> };
    const setRoles = described.functions.account?.find((a) => a.action === 'users.setRoles');
    expect(setRoles?.roles).toEqual(['admin']);
    expect(setRoles?.input).toMatchObject({ type: 'object', properties: { openid: expect.any(Object), roles: expect.any(Object) } });
  });
});
