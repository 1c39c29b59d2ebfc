/** Binding an enterprise, filling in its profile (size class computed under 300号), staff verification, isolation. */
import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { creditCode, idNumber, LI, registerLegalRepresentative, STAFF, WANG } from './policy-fixtures';

let backend: Backend;
const A = creditCode(1, '91330106MB');
const NAME = '杭州西湖测试软件有限公司';
beforeAll(async () => {
  backend = await startBackend();
  // 王 is A's legal representative on the market register, with the same identity on his profile.
  await registerLegalRepresentative(backend, { creditCode: A, name: NAME }, { openid: WANG, realName: '王小明', id: idNumber(1) });
}, 60_000);
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const fieldsOf = (result: unknown) => (result as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map((f) => f.path);

describe('enterprises.bind', () => {
  it('binds 王 as legal representative (he is the one on the register), creating the profile; binding again changes nothing', async () => {
    const first = expectOk(await backend.call(WANG, api.policy['enterprises.bind'], { creditCode: A, name: NAME, role: 'legal_representative' }));
    expect(first).toMatchObject({ outcome: { value: 'bound' }, request: null, creditCode: A, name: NAME, created: true, role: { value: 'legal_representative', label: '法定代表人' } });
    expect(first.enterprises).toEqual([{ creditCode: A, name: NAME, role: { value: 'legal_representative', label: '法定代表人' } }]);
    const again = expectOk(await backend.call(WANG, api.policy['enterprises.bind'], { creditCode: A.toLowerCase(), name: NAME, role: 'legal_representative' }));
    expect(again.created).toBe(false);
    expect(again.enterprises).toHaveLength(1);
    const view = expectOk(await backend.call(WANG, api.policy['enterprises.get'], { creditCode: A }));
    // Name and legal representative come from the register, so they are verified by 市场监管.
    expect(view.fields.find((f) => f.field === 'name')).toMatchObject({ display: NAME, source: 'verified', verifiedBy: '市场监督管理局' });
    expect(view.fields.find((f) => f.field === 'legalRepresentative')).toMatchObject({ display: '王小明', source: 'verified' });
    expect(view.size.sizeClass).toBeNull();
  });

  it('checks the credit code (GB 32100 check character) and stores nothing for a bad one', async () => {
    const bad = `${A.slice(0, 17)}${A[17] === '0' ? '1' : '0'}`;
    const result = await backend.call(LI, api.policy['enterprises.bind'], { creditCode: bad, name: NAME, role: 'agent' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(fieldsOf(result)).toEqual(['creditCode']);
    const { data } = await backend.db().collection('enterprises').doc(bad).get();
    expect(data).toHaveLength(0);
  });

  it('refuses a name that differs from the one on record', async () => {
    expect(await backend.call(LI, api.policy['enterprises.bind'], { creditCode: A, name: '别的公司名称', role: 'legal_representative' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});

describe('enterprises.upsertProfile', () => {
  it('marks what the enterprise fills in as self-declared and computes the size class (软件: 50 人, 800 万元 → 小型)', async () => {
    const view = expectOk(
      await backend.call(WANG, api.policy['enterprises.upsertProfile'], {
        creditCode: A,
        values: { industryCode: 'I6513', region: '330106', headcount: 50, revenue: 800, foundedOn: '2020-03-01', tags: ['high_tech'] },
      }),
    );
    expect(view.size.sizeClass).toEqual({ value: 'small', label: '小型' });
    expect(view.values.industryCode).toBe('6513');
    const field = (name: string) => view.fields.find((f) => f.field === name)!;
    expect(field('headcount')).toMatchObject({ display: '50 人', source: 'self_declared', verifiedBy: null });
    expect(field('industryCode').display).toContain('应用软件开发');
    expect(view.yearsSinceFounding).toBeGreaterThanOrEqual(6);
  });

  it('never takes a size class typed in, nor an industry code outside GB/T 4754-2017; nothing is written', async () => {
    const typed = await backend.call(WANG, api.policy['enterprises.upsertProfile'], { creditCode: A, values: { headcount: 5, sizeClass: 'large' } as never });
    expect(typed).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const unknown = await backend.call(WANG, api.policy['enterprises.upsertProfile'], { creditCode: A, values: { industryCode: '9999' } });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(fieldsOf(unknown)).toEqual(['values.industryCode']);
    const section = await backend.call(WANG, api.policy['enterprises.upsertProfile'], { creditCode: A, values: { industryCode: 'I' } });
    expect(section).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const view = expectOk(await backend.call(WANG, api.policy['enterprises.get'], { creditCode: A }));
    expect(view.values).toMatchObject({ headcount: 50, industryCode: '6513' });
  });

  it.each([
    ['工业 C1311', '1311', { headcount: 300, revenue: 2000 }, 'medium'],
    ['工业 C1311, 19 人', '1311', { headcount: 19, revenue: 5000 }, 'micro'],
    ['零售业 F5211', '5211', { headcount: 50, revenue: 500 }, 'medium'],
    ['零售业 F5211, 9 人', '5211', { headcount: 9, revenue: 1000 }, 'micro'],
    ['餐饮业 H6210', '6210', { headcount: 10, revenue: 100 }, 'small'],
    ['软件 I6513, 300 人 1 亿元', '6513', { headcount: 300, revenue: 10000 }, 'large'],
    ['建筑业 E4710', '4710', { headcount: 40, revenue: 6000, totalAssets: 5000 }, 'medium'],
    ['商务服务业 L7211', '7211', { headcount: 100, revenue: 10, totalAssets: 8000 }, 'medium'],
  ] as const)('sizes %s under the 300号 table', async (_label, industryCode, figures, expected) => {
    const view = expectOk(await backend.call(WANG, api.policy['enterprises.upsertProfile'], { creditCode: A, values: { industryCode, ...figures } }));
    expect(view.size.sizeClass?.value).toBe(expected);
    const { data } = await backend.db().collection('enterprises').doc(A).get();
    expect((data as { derived: { sizeClass: string } }[])[0]!.derived.sizeClass).toBe(expected);
  });

  it('lets staff verify a filled-in field for their department, not an empty one', async () => {
    const view = expectOk(await backend.call(STAFF, api.policy['enterprises.verify'], { creditCode: A, fields: ['headcount', 'industryCode'] }));
    expect(view.fields.find((f) => f.field === 'headcount')).toMatchObject({ source: 'verified', verifiedBy: '市场监督管理局' });
    expect(await backend.call(STAFF, api.policy['enterprises.verify'], { creditCode: A, fields: ['layoffRate'] })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await backend.call(WANG, api.policy['enterprises.verify'], { creditCode: A, fields: ['headcount'] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // Changing a verified value does not replace it: the change waits beside it until the department confirms it.
    const changed = expectOk(await backend.call(WANG, api.policy['enterprises.upsertProfile'], { creditCode: A, values: { headcount: 60 } }));
    const verified = view.values.headcount;
    expect(changed.fields.find((f) => f.field === 'headcount')).toMatchObject({ display: `${verified} 人`, source: 'verified', claim: { display: '60 人' } });
    expect(changed.values.headcount).toBe(verified);
    const confirmed = expectOk(await backend.call(STAFF, api.policy['enterprises.verify'], { creditCode: A, fields: ['headcount'] }));
    expect(confirmed.fields.find((f) => f.field === 'headcount')).toMatchObject({ display: '60 人', source: 'verified', claim: null });
  });
});

describe('isolation', () => {
  it('does not let another citizen read or change the enterprise, its inbox or its settings', async () => {
    for (const [contract, input] of [
      [api.policy['enterprises.get'], { creditCode: A }],
      [api.policy['enterprises.upsertProfile'], { creditCode: A, values: { headcount: 1 } }],
      [api.policy['inbox.list'], { creditCode: A }],
      [api.policy['mutes.set'], { creditCode: A, categories: ['finance'] }],
      [api.policy['match.forEnterprise'], { creditCode: A }],
    ] as const) {
      expect(await backend.call(LI, contract as never, input as never)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    // Staff read the profile but not the inbox: that is the enterprise's own.
    expectOk(await backend.call(STAFF, api.policy['enterprises.get'], { creditCode: A }));
    expect(await backend.call(STAFF, api.policy['inbox.list'], { creditCode: A })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('industries.find', () => {
  it('lists the 20 门类, then the 大类 of one, and finds by name', async () => {
    const top = expectOk(await backend.call(null, api.policy['industries.find'], {}));
    expect(top.items).toHaveLength(20);
    expect(top.items[0]).toMatchObject({ code: 'A', selectable: false, hasChildren: true });
    const software = expectOk(await backend.call(null, api.policy['industries.find'], { parent: 'I' }));
    expect(software.items.map((i) => i.code)).toEqual(['63', '64', '65']);
    const found = expectOk(await backend.call(null, api.policy['industries.find'], { query: '正餐' }));
    expect(found.items.map((i) => i.code)).toContain('6210');
  });
});
