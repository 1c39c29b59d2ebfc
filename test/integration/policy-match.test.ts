import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';

const ZHAO = 'demo-enterprise-zhao';
const WANG = 'demo-citizen-wang';
const STAFF = 'demo-staff-samr-1';
const ZHAO_CODE = '91440304MA5F3XKQ87';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
}, 60_000);
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const fieldsOf = (result: unknown) => (result as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map((f) => f.path);

describe('enterprises.get', () => {
  it('gives 赵建国 his enterprise profile with the size class computed under 300号 and each field marked', async () => {
    const view = expectOk(await backend.call(ZHAO, api.policy['enterprises.get'], { creditCode: ZHAO_CODE }));
    expect(view.name).toBe('深圳市福田区赵记餐饮有限公司');
    // 餐饮业: 从业人员 12 ≥ 10 and 营业收入 380 ≥ 100 万元, but below the medium bounds (100 人 / 2000 万元).
    expect(view.size.sizeClass).toEqual({ value: 'small', label: '小型' });
    expect(view.size.rule?.id).toBe('accommodation_catering');
    const field = (name: string) => view.fields.find((f) => f.field === name)!;
    expect(field('headcount')).toMatchObject({ display: '12 人', source: 'self_declared', verifiedBy: null });
    expect(field('insuredHeadcount')).toMatchObject({ display: '11 人', source: 'verified', verifiedBy: '人力资源和社会保障局' });
    expect(field('industryCode')).toMatchObject({ source: 'verified', verifiedBy: '市场监督管理局' });
    expect(field('industryCode').display).toContain('正餐服务');
    expect(field('unemploymentInsuranceMonths')).toMatchObject({ display: null, source: null });
  });

  it('accepts the code in lower case and lets staff read it too', async () => {
    expectOk(await backend.call(ZHAO, api.policy['enterprises.get'], { creditCode: ZHAO_CODE.toLowerCase() }));
    expect(expectOk(await backend.call(STAFF, api.policy['enterprises.get'], { creditCode: ZHAO_CODE })).size.sizeClass?.value).toBe('small');
  });

  it('refuses another citizen', async () => {
    expect(await backend.call(WANG, api.policy['enterprises.get'], { creditCode: ZHAO_CODE })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await backend.call(WANG, api.policy['match.forEnterprise'], { creditCode: ZHAO_CODE })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('rejects a credit code whose check digit is wrong, naming the field', async () => {
    const result = await backend.call(ZHAO, api.policy['enterprises.get'], { creditCode: '91440304MA5F3XKQ88' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(fieldsOf(result)).toEqual(['creditCode']);
    const match = await backend.call(ZHAO, api.policy['match.forEnterprise'], { creditCode: '91440304MA5F3XKQ88' });
    expect(match).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(fieldsOf(match)).toEqual(['creditCode']);
  });

  it('keeps the actions closed to callers without a WeChat identity', async () => {
    expect(await backend.call(null, api.policy['enterprises.get'], { creditCode: ZHAO_CODE })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('policies.list', () => {
  it('lists the open policies with their public summary', async () => {
    const { items } = expectOk(await backend.call(WANG, api.policy['policies.list'], {}));
    const ids = items.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['shenzhen-canyin-wengang-demo', 'shenzhen-xiaoshenggui-demo', 'shenzhen-wengang-fanhuan-demo']));
    const fanhuan = items.find((p) => p.id === 'shenzhen-wengang-fanhuan-demo')!;
    expect(fanhuan.mode).toEqual({ value: 'no_application', label: '免申即享' });
    expect(fanhuan.benefit.amount).toContain('60%');
    expect(fanhuan).not.toHaveProperty('eligibility');
  });
});

describe('match.forEnterprise (政策计算器)', () => {
  it('judges every open policy per criterion, qualifying ones first', async () => {
    const result = expectOk(await backend.call(ZHAO, api.policy['match.forEnterprise'], { creditCode: ZHAO_CODE }));
    const { items } = result;
    const open = expectOk(await backend.call(ZHAO, api.policy['policies.list'], {})).items;
    expect(items).toHaveLength(open.length);
    const rank = { qualifies: 0, nearly: 1, no: 2 } as const;
    const ranks = items.map((i) => rank[i.outcome.value]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

    const byId = (id: string) => items.find((i) => i.policy.id === id)!;

    const canyin = byId('shenzhen-canyin-wengang-demo');
    expect(canyin.outcome).toEqual({ value: 'qualifies', label: '符合' });
    expect(canyin.criteria.length).toBeGreaterThanOrEqual(5);
    expect(canyin.criteria.every((c) => c.verdict === 'met')).toBe(true);
    expect(items[0]!.outcome.value).toBe('qualifies');

    // One criterion short: 从业人数 12 人 against ≥ 20 人.
    const guimo = byId('shenzhen-xiaoshenggui-demo');
    expect(guimo.outcome.value).toBe('nearly');
    const unmet = guimo.criteria.filter((c) => c.verdict !== 'met');
    expect(unmet).toHaveLength(1);
    expect(unmet[0]).toMatchObject({ verdict: 'not_met', fields: ['headcount'], actual: '12 人' });
    expect(unmet[0]!.text).toContain('20');
    expect(guimo.toQualify).toEqual([[guimo.criteria.indexOf(unmet[0]!)]]);
    expect(guimo.summary).toContain('还差一项');

    // 失业保险缴费月数 not filled in: unknown, not "not met".
    const fanhuan = byId('shenzhen-wengang-fanhuan-demo');
    const unknown = fanhuan.criteria.filter((c) => c.verdict === 'unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ missing: ['unemploymentInsuranceMonths'], actual: null });
    expect(fanhuan.outcome.value).toBe('nearly');
    expect(fanhuan.summary).toContain('还需确认');

    // The 襄阳 demo policies do not apply in 深圳: the region criterion is not met, with the actual region.
    const xiangyang = items.filter((i) => !i.policy.id.startsWith('shenzhen-'));
    for (const item of xiangyang) {
      expect(item.outcome.value).not.toBe('qualifies');
      const region = item.criteria.find((c) => c.fields.includes('region'))!;
      expect(region.verdict).toBe('not_met');
      expect(region.actual).toContain('440304');
    }
  });
});
