import { issuesOf } from '@shared/validation';
import { generateDemoEnterprises } from '@shared/enterprise/demo-enterprises';
import { enterpriseProfileSchema } from '@shared/enterprise/profile';
import { DEMO_POLICIES } from '@shared/policy/demo-policies';
import { matchOutcome } from '@shared/policy/match';
import { describeAmount, isPolicyOpen, policySchema, type PolicyInput } from '@shared/policy/policy';

const TODAY = '2026-05-01';
const demo = DEMO_POLICIES[0]!;

describe('policies', () => {
  it('ships five demo policies that pass the schema, one per mode at least', () => {
    expect(DEMO_POLICIES.map((p) => p.id)).toEqual([
      'wengang-fanhuan-2026',
      'yicixing-kuogang-2026',
      'gaoxin-rending-jiangli-2026',
      'zhuanjingtexin-jiangli-2026',
      'xiaowei-fangzu-butie-2026',
    ]);
    expect(new Set(DEMO_POLICIES.map((p) => p.mode))).toEqual(new Set(['no_application', 'instant', 'application']));
  });

  it('describes the benefit formula in plain Chinese', () => {
    expect(DEMO_POLICIES.map((p) => (p.benefit.amount ? describeAmount(p.benefit.amount) : ''))).toEqual([
      '按上年度实际缴纳的失业保险费的 60%（大型企业 30%）',
      '按新招用并参保的高校毕业生和青年每人 1500 元',
      '20 万元',
      '最高 50 万元',
      '按上年度实际支付的经营场所房租的 50%，最高 3 万元',
    ]);
  });

  it('rejects a bad policy with every problem at its path', () => {
    const input = {
      ...(demo as unknown as PolicyInput),
      title: '稳岗',
      fullTextUrl: 'http://example.com',
      window: { opensOn: '2026-12-31', closesOn: '2026-01-01' },
      mode: 'auto',
      eligibility: { all: [{ op: 'range', field: 'insuredHeadcount', min: -1, max: -5 }] },
    };
    const result = policySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(issuesOf(result.error!).map((i) => i.path)).toEqual(['title', 'fullTextUrl', 'window.closesOn', 'mode', 'eligibility.all.0.max']);
  });

  it('is open only when published and inside its window, both ends included', () => {
    expect(isPolicyOpen(demo, '2026-01-01')).toBe(true);
    expect(isPolicyOpen(demo, '2026-12-31')).toBe(true);
    expect(isPolicyOpen(demo, '2027-01-01')).toBe(false);
    expect(isPolicyOpen({ ...demo, status: 'draft' }, TODAY)).toBe(false);
    expect(isPolicyOpen({ ...demo, window: { opensOn: '2026-01-01' } }, '2030-01-01')).toBe(true);
  });
});

describe('the demo enterprise base', () => {
  it('is deterministic for a seed and different for another', () => {
    const a = generateDemoEnterprises({ count: 50, seed: 1 });
    expect(generateDemoEnterprises({ count: 50, seed: 1 })).toEqual(a);
    expect(generateDemoEnterprises({ count: 50, seed: 2 })).not.toEqual(a);
    expect(new Set(a.map((p) => p.creditCode)).size).toBe(50);
  });

  it('produces valid profiles that look like a real register', () => {
    const base = generateDemoEnterprises({ count: 1000, seed: 9 });
    for (const profile of base.slice(0, 200)) {
      const result = enterpriseProfileSchema.safeParse(profile);
      if (!result.success) throw new Error(`${profile.creditCode}: ${JSON.stringify(issuesOf(result.error))}`);
    }
    const share = (test: (p: (typeof base)[number]) => boolean) => base.filter(test).length / base.length;
    expect(share((p) => (p.headcount ?? 0) < 20)).toBeGreaterThan(0.4); // mostly small firms
    expect(share((p) => typeof p.revenue === 'object')).toBeGreaterThan(0.08); // some revenue given as a band
    expect(share((p) => p.revenue === undefined)).toBeGreaterThan(0.03);
    expect(share((p) => p.flags?.includes('serious_dishonesty') ?? false)).toBeLessThan(0.03);
    expect(share((p) => p.provenance.creditCode?.source === 'verified')).toBeGreaterThan(0.8);
  });

  it('gives every demo policy some enterprises that qualify and some that nearly do', () => {
    const base = generateDemoEnterprises({ count: 2000, seed: 20260501 });
    for (const policy of DEMO_POLICIES) {
      const outcomes = base.map((p) => matchOutcome(policy.eligibility, p, { today: TODAY }).outcome);
      expect([policy.id, outcomes.includes('qualifies'), outcomes.includes('nearly'), outcomes.includes('no')]).toEqual([policy.id, true, true, true]);
    }
  });
});
