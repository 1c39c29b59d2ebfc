/**
 * 用户与角色: an administrator finds a person by name or by a phone number as read off a masked screen, changes
 * their roles, and every change lands in the audit log; nobody else may do any of it, and no administrator can
 * take away their own admin role.
 */
import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';

const ADMIN = 'demo-admin';
const NEWCOMER = 'o-users-newcomer';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  // A person who has opened the app and filled in their profile: 柏晓雯, 139 1234 5678.
  expectOk(await backend.call(NEWCOMER, api.account['profile.update'], { realName: '柏晓雯', phone: '13912345678' }));
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const find = async (query: string) => expectOk(await backend.call(ADMIN, api.account['users.find'], { query })).items;

describe('users.find', () => {
  it('finds a person by part of their name, with roles, department and a masked phone', async () => {
    expect(await find('晓雯')).toEqual([{ openid: NEWCOMER, name: '柏晓雯', phoneMasked: '139****5678', roles: ['citizen'], department: null }]);
    expect(await find('钱税')).toEqual([expect.objectContaining({ openid: 'demo-staff-tax-1', roles: ['staff'], department: { id: 'tax', name: '税务局' } })]);
    expect(await find('没有这个人')).toEqual([]);
  });

  it('finds a person by a phone as an administrator types it: masked, the last four digits, or whole', async () => {
    for (const typed of ['139****5678', '139 **** 5678', '5678', '13912345678']) {
      expect((await find(typed)).map((u) => u.openid)).toEqual([NEWCOMER]);
    }
    for (const typed of ['138****5678', '1234', '13912345679']) expect(await find(typed)).toEqual([]);
  });

  it('pages a long list by cursor without repeating anyone', async () => {
    for (let i = 0; i < 5; i += 1) await backend.call(`o-users-page-${i}`, api.account['profile.update'], { realName: `翁同名${'甲乙丙丁戊'[i]}` });
    const first = expectOk(await backend.call(ADMIN, api.account['users.find'], { query: '翁同名', limit: 3 }));
    expect(first.items).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = expectOk(await backend.call(ADMIN, api.account['users.find'], { query: '翁同名', limit: 3, cursor: first.nextCursor! }));
    expect(second).toMatchObject({ nextCursor: null });
    expect(new Set([...first.items, ...second.items].map((u) => u.openid)).size).toBe(5);
  });

  it('is for administrators only, and an empty query says what to type', async () => {
    for (const who of ['demo-citizen-wang', 'demo-staff-gov-1', 'demo-coordinator']) {
      expect(await backend.call(who, api.account['users.find'], { query: '王' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await backend.call(who, api.account['audit.list'], {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await backend.call(ADMIN, api.account['users.find'], { query: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'query', message: '请输入姓名或手机号' }] } },
    });
  });
});

describe('users.setRoles and the audit log', () => {
  it('records who changed whose roles, from what to what, when and why; audit.list shows it first', async () => {
    const before = Date.now();
    expectOk(await backend.call(ADMIN, api.account['users.setRoles'], { openid: NEWCOMER, roles: ['staff'], department: 'tax', reason: '新入职税务局窗口' }));
    expect(expectOk(await backend.call(NEWCOMER, api.account.whoami, {}))).toMatchObject({ roles: ['staff'], department: { id: 'tax', name: '税务局' } });

    const [latest] = expectOk(await backend.call(ADMIN, api.account['audit.list'], {})).items;
    expect(latest).toMatchObject({
      by: { openid: ADMIN, name: '姜管理' },
      target: { openid: NEWCOMER, name: '柏晓雯' },
      before: { roles: ['citizen'], department: null },
      after: { roles: ['staff'], department: { id: 'tax', name: '税务局' } },
      reason: '新入职税务局窗口',
    });
    expect(new Date(latest!.at).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('lists newest first across pages, and writes nothing when nothing changes', async () => {
    expectOk(await backend.call(ADMIN, api.account['users.setRoles'], { openid: NEWCOMER, roles: ['staff', 'helper'], department: 'tax', reason: '兼任帮办员' }));
    expectOk(await backend.call(ADMIN, api.account['users.setRoles'], { openid: NEWCOMER, roles: ['citizen'] }));
    const count = async () => (await backend.db().collection('role_audit_log').count()).total;
    const recorded = await count();
    expectOk(await backend.call(ADMIN, api.account['users.setRoles'], { openid: NEWCOMER, roles: ['citizen'], reason: '重复保存' }));
    expect(await count()).toBe(recorded);

    const first = expectOk(await backend.call(ADMIN, api.account['audit.list'], { limit: 2 }));
    expect(first.items.map((e) => e.after.roles)).toEqual([['citizen'], ['staff', 'helper']]);
    expect(first.items[0]).toMatchObject({ reason: null, before: { roles: ['staff', 'helper'], department: { id: 'tax' } }, after: { department: null } });
    const rest = expectOk(await backend.call(ADMIN, api.account['audit.list'], { limit: 2, cursor: first.nextCursor! }));
    expect(rest.items[0]).toMatchObject({ reason: '新入职税务局窗口' });
  });

  it('refuses an administrator removing their own admin role, even with another administrator, and records nothing', async () => {
    const recorded = (await backend.db().collection('role_audit_log').count()).total;
    const alone = await backend.call(ADMIN, api.account['users.setRoles'], { openid: ADMIN, roles: ['citizen'], reason: '试试' });
    expect(alone).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('唯一的管理员') } });

    await backend.call('o-users-second-admin', api.account.whoami, {});
    expectOk(await backend.call(ADMIN, api.account['users.setRoles'], { openid: 'o-users-second-admin', roles: ['admin'], reason: '增设管理员' }));
    const withColleague = await backend.call(ADMIN, api.account['users.setRoles'], { openid: ADMIN, roles: ['staff'], department: 'govservice' });
    expect(withColleague).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('另一位管理员') } });
    expect(expectOk(await backend.call(ADMIN, api.account.whoami, {})).roles).toEqual(['admin']);
    // Keeping admin while adding a role is fine.
    expectOk(await backend.call(ADMIN, api.account['users.setRoles'], { openid: ADMIN, roles: ['admin', 'coordinator'], reason: '兼任调度' }));
    expect((await backend.db().collection('role_audit_log').count()).total).toBe(recorded + 2);
  });
});
