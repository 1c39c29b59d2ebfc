import { declareProfile, markVerified, type ProfileValues } from '@shared/enterprise/profile';
import { DEMO_POLICIES } from '@shared/policy/demo-policies';
import { eligibilitySchema } from '@shared/policy/eligibility';
import { matchEligibility } from '@shared/policy/match';

const TODAY = '2026-05-01';
const AT = '2026-04-01T09:00:00+08:00';
const base: ProfileValues = { creditCode: '91350100M000100Y43', name: '襄阳汉江机械有限公司' };
const expr = (input: unknown) => eligibilitySchema.parse(input);
const match = (eligibility: unknown, values: Partial<ProfileValues>) =>
  matchEligibility(expr(eligibility), declareProfile({ ...base, ...values }, AT), { today: TODAY });
const policy = (id: string) => DEMO_POLICIES.find((p) => p.id === id)!.eligibility;

const insuredAtLeast10 = { op: 'range', field: 'insuredHeadcount', min: 10 };

describe('matching an enterprise against a policy', () => {
  it('gives each criterion a verdict with the actual value and the expectation in plain Chinese', () => {
    const short = match(insuredAtLeast10, { insuredHeadcount: 8 });
    expect(short.criteria[0]).toMatchObject({
      verdict: 'not_met',
      actual: '8 人',
      expectation: '参保人数 ≥ 10 人',
      text: '参保人数 8 人，要求 ≥ 10 人',
      path: '',
    });
    expect(match(insuredAtLeast10, { insuredHeadcount: 10 }).criteria[0]?.verdict).toBe('met');
    const missing = match(insuredAtLeast10, {});
    expect(missing.criteria[0]).toMatchObject({ verdict: 'unknown', text: '未填写：参保人数', missing: ['insuredHeadcount'], actual: null });
  });

  it('phrases every kind of predicate', () => {
    const result = match(
      {
        all: [
          { op: 'range', field: 'layoffRate', max: 5.5 },
          { op: 'range', field: 'headcount', min: 10, max: 50 },
          { op: 'in', field: 'taxCreditGrade', values: ['A', 'B'] },
          { op: 'date-since', field: 'foundedOn', atLeast: { years: 3 } },
          { op: 'has-tag', tag: 'high_tech' },
          { op: 'has-no-flag', flag: 'abnormal_operations' },
          { op: 'industry-in', codes: ['C'] },
          { op: 'region-in', codes: ['420600'] },
          { op: 'size-in', classes: ['small', 'micro'] },
          { not: { op: 'industry-in', codes: ['J', 'K'] } },
        ],
      },
      {
        layoffRate: 6,
        headcount: 60,
        taxCreditGrade: 'M',
        foundedOn: '2024-03-15',
        tags: [],
        flags: ['abnormal_operations'],
        industryCode: '3670',
        region: '420502',
        revenue: 900,
      },
    );
    expect(result.criteria.map((c) => c.text)).toEqual([
      '上年度裁员率 6%，要求 ≤ 5.5%',
      '从业人数 60 人，要求在 10 至 50 人之间',
      '纳税信用等级 M 级，要求为 A 级、B 级 之一',
      '成立日期 2024-03-15（已成立 2 年 1 个月），要求成立满 3 年',
      '未认定为高新技术企业，要求认定为高新技术企业',
      '已列入经营异常名录，要求未列入经营异常名录',
      '所属行业 C3670 汽车零部件及配件制造，要求属于 C 制造业',
      '所在地区 420502，要求位于 4206（市级）',
      '企业规模 小型（工业：从业人员 60 人，营业收入 900 万元），要求为小型、微型企业',
      '所属行业 C3670 汽车零部件及配件制造，要求不属于 J 金融业、K 房地产业',
    ]);
    expect(result.criteria.map((c) => c.verdict)).toEqual(['not_met', 'not_met', 'not_met', 'not_met', 'not_met', 'not_met', 'met', 'not_met', 'met', 'met']);
    expect(result.criteria.map((c) => c.path)).toEqual(['all.0', 'all.1', 'all.2', 'all.3', 'all.4', 'all.5', 'all.6', 'all.7', 'all.8', 'all.9.not']);
  });

  it('qualifies only when every criterion is met; one short or unknown is "nearly"; more is "no"', () => {
    const rule = { all: [insuredAtLeast10, { op: 'has-tag', tag: 'high_tech' }, { op: 'range', field: 'unemploymentInsuranceMonths', min: 12 }] };
    expect(match(rule, { insuredHeadcount: 12, tags: ['high_tech'], unemploymentInsuranceMonths: 24 }).outcome).toBe('qualifies');

    const nearly = match(rule, { insuredHeadcount: 8, tags: ['high_tech'], unemploymentInsuranceMonths: 24 });
    expect(nearly.outcome).toBe('nearly');
    expect(nearly.toQualify).toEqual([[0]]);
    expect(nearly.summary).toBe('还差一项：参保人数 8 人，要求 ≥ 10 人');

    const unknown = match(rule, { insuredHeadcount: 12, tags: ['high_tech'] });
    expect(unknown.outcome).toBe('nearly');
    expect(unknown.summary).toBe('还需确认一项：未填写：失业保险连续缴费');

    const no = match(rule, { insuredHeadcount: 8, tags: [] });
    expect(no.outcome).toBe('no');
    expect(no.shortfall).toBe(3);
  });

  it('for "any", nearly means one criterion away in the cheapest branch, and lists each way', () => {
    // 稳岗返还: 40 insured staff and a 15% layoff rate — either ≤ 5.5%, or ≤ 30 insured (with ≤ 20%), would do.
    const result = matchEligibility(
      policy('wengang-fanhuan-2026'),
      declareProfile({ ...base, region: '420606', unemploymentInsuranceMonths: 36, insuredHeadcount: 40, layoffRate: 15, flags: [] }, AT),
      { today: TODAY },
    );
    expect(result.outcome).toBe('nearly');
    expect(result.toQualify.map((set) => result.criteria[set[0]!]!.text)).toEqual([
      '上年度裁员率 15%，要求 ≤ 5.5%',
      '参保人数 40 人，要求 ≤ 30 人',
    ]);
    expect(result.summary).toContain('满足以下任一项即可');
    expect(result.tree).toMatchObject({ kind: 'all', verdict: 'not_met', shortfall: 1 });

    // A firm of 25 insured staff with 15% qualifies through the second branch.
    const small = matchEligibility(
      policy('wengang-fanhuan-2026'),
      declareProfile({ ...base, region: '420606', unemploymentInsuranceMonths: 36, insuredHeadcount: 25, layoffRate: 15, flags: [] }, AT),
      { today: TODAY },
    );
    expect(small.outcome).toBe('qualifies');
  });

  it('for "not", counts the criteria inside that would have to stop holding', () => {
    const a = { op: 'has-tag', tag: 'high_tech' };
    const b = { op: 'range', field: 'headcount', min: 100 };
    const values = { tags: ['high_tech' as const], headcount: 150 };
    // not(a and b) = (not a) or (not b): one of them has to go.
    const notAll = match({ not: { all: [a, b] } }, values);
    expect(notAll.outcome).toBe('nearly');
    expect(notAll.toQualify).toEqual([[0], [1]]);
    expect(notAll.criteria.map((c) => [c.path, c.negated, c.verdict])).toEqual([
      ['not.all.0', true, 'not_met'],
      ['not.all.1', true, 'not_met'],
    ]);
    // not(a or b) = (not a) and (not b): both have to go.
    expect(match({ not: { any: [a, b] } }, values).outcome).toBe('no');
    expect(match({ not: { not: a } }, values).outcome).toBe('qualifies');
    // An unknown stays unknown under not.
    expect(match({ not: a }, {}).criteria[0]?.verdict).toBe('unknown');
  });

  it('does not guess from a band or a coarse code', () => {
    const band = match({ op: 'range', field: 'revenue', min: 400 }, { revenue: { min: 300, max: 500 } });
    expect(band.criteria[0]).toMatchObject({ verdict: 'unknown', missing: ['revenue'] });
    expect(band.criteria[0]?.text).toContain('区间');
    expect(match({ op: 'range', field: 'revenue', min: 300 }, { revenue: { min: 300, max: 500 } }).outcome).toBe('qualifies');
    expect(match({ op: 'range', field: 'revenue', min: 500 }, { revenue: { min: 300, max: 500 } }).criteria[0]?.verdict).toBe('not_met');

    const coarse = match({ op: 'industry-in', codes: ['6513'] }, { industryCode: '65' });
    expect(coarse.criteria[0]?.verdict).toBe('unknown');
    expect(coarse.criteria[0]?.text).toContain('请选到更细的行业');
    expect(match({ op: 'industry-in', codes: ['65'] }, { industryCode: '6513' }).outcome).toBe('qualifies');
  });

  it('judges size only as far as the profile decides it', () => {
    const smallOrMicro = { op: 'size-in', classes: ['small', 'micro'] };
    // 150 people in industry: small or micro whatever the revenue, so "small or micro" is met without it.
    expect(match(smallOrMicro, { industryCode: '3670', headcount: 150 }).outcome).toBe('qualifies');
    const unsure = match({ op: 'size-in', classes: ['micro'] }, { industryCode: '3670', headcount: 150 });
    expect(unsure.criteria[0]).toMatchObject({ verdict: 'unknown', missing: ['revenue'] });
    expect(match({ op: 'size-in', classes: ['large'] }, { industryCode: '3670', headcount: 150 }).criteria[0]?.verdict).toBe('not_met');
  });

  it('counts years from the founding day, both ends inclusive', () => {
    const atLeast3 = { op: 'date-since', field: 'foundedOn', atLeast: { years: 3 } };
    expect(match(atLeast3, { foundedOn: '2023-05-01' }).outcome).toBe('qualifies');
    expect(match(atLeast3, { foundedOn: '2023-05-02' }).outcome).toBe('nearly');
    const atMost5 = { op: 'date-since', field: 'foundedOn', atMost: { years: 5 } };
    expect(match(atMost5, { foundedOn: '2021-05-01' }).outcome).toBe('qualifies');
    expect(match(atMost5, { foundedOn: '2021-04-30' }).criteria[0]?.text).toBe('成立日期 2021-04-30（已成立 5 年），要求成立不超过 5 年');
  });

  it('asks for the credit check when nobody has looked yet', () => {
    const result = match({ op: 'has-no-flag', flag: 'serious_dishonesty' }, {});
    expect(result.criteria[0]).toMatchObject({ verdict: 'unknown', text: '待核验：是否列入严重违法失信名单', missing: ['flags'] });
  });

  it('says whether the values read were verified by a department', () => {
    const declared = declareProfile({ ...base, insuredHeadcount: 12 }, AT);
    expect(matchEligibility(expr(insuredAtLeast10), declared, { today: TODAY }).criteria[0]?.verified).toBe(false);
    const verified = markVerified(declared, ['insuredHeadcount'], '人力资源和社会保障局', AT);
    expect(matchEligibility(expr(insuredAtLeast10), verified, { today: TODAY }).criteria[0]?.verified).toBe(true);
  });
});
