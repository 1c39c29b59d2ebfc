import { issuesOf } from '@shared/validation';
import {
  addMonths,
  earliestStartWithinMonths,
  fullMonthsBetween,
  fullYearsBetween,
  isCalendarDate,
  latestStartWithMonthsPassed,
} from '@shared/enterprise/calendar-date';
import {
  declareProfile,
  enterpriseProfileSchema,
  markVerified,
  profileValuesSchema,
  profileView,
  type ProfileValues,
} from '@shared/enterprise/profile';
import { regionCodeProblem, regionPrefix } from '@shared/enterprise/region';
import { toStoredEnterprise } from '@shared/enterprise/stored';

const AT = '2026-04-01T09:00:00+08:00';
const valid: ProfileValues = {
  creditCode: '91350100M000100Y43',
  name: '襄阳汉江汽车零部件有限公司',
  legalRepresentative: '王建国',
  industryCode: '3670',
  region: '420606',
  foundedOn: '2020-02-29',
  registeredCapital: 500,
  headcount: 86,
  revenue: { min: 2000, max: 5000 },
  insuredHeadcount: 80,
  unemploymentInsuranceMonths: 60,
  layoffRate: 1.5,
  taxCreditGrade: 'A',
  tags: ['high_tech'],
  flags: [],
};

const pathsOf = (input: unknown) => {
  const result = enterpriseProfileSchema.safeParse(input);
  return result.success ? [] : issuesOf(result.error).map((i) => i.path);
};

describe('the enterprise profile', () => {
  it('accepts a full profile and normalizes codes people type', () => {
    const parsed = profileValuesSchema.parse({ ...valid, creditCode: ' 91350100m000100y43 ', industryCode: 'C3670' });
    expect(parsed.creditCode).toBe('91350100M000100Y43');
    expect(parsed.industryCode).toBe('3670');
  });

  it('needs only the credit code and the name', () => {
    expect(profileValuesSchema.safeParse({ creditCode: valid.creditCode, name: valid.name }).success).toBe(true);
  });

  it('rejects bad values with Chinese messages at the field', () => {
    const result = profileValuesSchema.safeParse({
      ...valid,
      creditCode: '91350100M000100Y44',
      industryCode: '9999',
      region: '990101',
      foundedOn: '2023-02-29',
      layoffRate: 120,
      revenue: { min: 500, max: 100 },
      tags: ['high_tech', 'high_tech'],
    });
    expect(result.success).toBe(false);
    const issues = issuesOf(result.error!);
    expect(issues.map((i) => i.path).sort()).toEqual(['creditCode', 'foundedOn', 'industryCode', 'layoffRate', 'region', 'revenue.max', 'tags']);
    expect(issues.find((i) => i.path === 'creditCode')?.message).toBe('统一社会信用代码校验位不正确，请核对营业执照');
    for (const issue of issues) expect(issue.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('takes an industry only from the 2017 dataset, at least at 大类 level', () => {
    expect(profileValuesSchema.safeParse({ ...valid, industryCode: 'C' }).success).toBe(false);
    expect(profileValuesSchema.safeParse({ ...valid, industryCode: '79' }).success).toBe(true); // 土地管理业, new in 2017
    expect(profileValuesSchema.safeParse({ ...valid, industryCode: '9700' }).success).toBe(true);
  });

  it('checks the shape of GB/T 2260 region codes', () => {
    expect(regionCodeProblem('420606')).toBeNull();
    expect(regionCodeProblem('42060')).not.toBeNull();
    expect(regionCodeProblem('990000')).not.toBeNull();
    expect(regionCodeProblem('420006')).not.toBeNull();
    expect(regionPrefix('420000')).toBe('42');
    expect(regionPrefix('420600')).toBe('4206');
    expect(regionPrefix('420606')).toBe('420606');
  });

  it('records for every value whether it is self-declared or verified, and by whom', () => {
    const declared = declareProfile(valid, AT);
    expect(enterpriseProfileSchema.safeParse(declared).success).toBe(true);
    expect(declared.provenance.headcount).toEqual({ source: 'self_declared', at: AT });

    const checked = markVerified(declared, ['insuredHeadcount', 'unemploymentInsuranceMonths', 'totalAssets'], '人力资源和社会保障局', AT);
    expect(checked.provenance.insuredHeadcount).toEqual({ source: 'verified', by: '人力资源和社会保障局', at: AT });
    expect(checked.provenance.totalAssets).toBeUndefined(); // not filled in, so nothing to verify

    const { headcount: _dropped, ...withoutHeadcountMark } = declared.provenance;
    expect(pathsOf({ ...declared, provenance: withoutHeadcountMark })).toEqual(['provenance.headcount']);
    expect(pathsOf({ ...declared, provenance: { ...declared.provenance, totalAssets: { source: 'self_declared', at: AT } } })).toEqual([
      'provenance.totalAssets',
    ]);
    expect(pathsOf({ ...declared, provenance: { ...declared.provenance, name: { source: 'verified', at: AT } } })).toEqual(['provenance.name.by']);
  });

  it('derives the size class and the years since founding', () => {
    const view = profileView(declareProfile(valid, AT), '2026-02-28');
    expect(view.size.sizeClass).toBe('small'); // 工业: 86 人 < 300 keeps it out of medium whatever the revenue band
    // Founded 2020-02-29: the sixth anniversary has no 29th, so it falls on 2026-02-28 (民法典 art. 201).
    expect(view.yearsSinceFounding).toBe(6);
    expect(profileView(declareProfile(valid, AT), '2025-02-27').yearsSinceFounding).toBe(4);
    expect(profileView(declareProfile({ creditCode: valid.creditCode, name: valid.name }, AT), '2026-01-01').yearsSinceFounding).toBeNull();
  });

  it('stores the derived size next to the profile', () => {
    const stored = toStoredEnterprise(declareProfile({ ...valid, revenue: 1200 }, AT));
    expect(stored._id).toBe(valid.creditCode);
    expect(stored.derived).toEqual({ sizeClass: 'small', sizePossible: ['small'], sizeRule: 'industry' });
    const unknown = toStoredEnterprise(declareProfile({ ...valid, revenue: undefined }, AT));
    expect(unknown.derived).toEqual({ sizeClass: null, sizePossible: ['small', 'micro'], sizeRule: 'industry' });
  });
});

describe('calendar dates', () => {
  it('validates, shifts by months (clamping the day) and counts whole months and years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(fullMonthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(fullMonthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(fullYearsBetween('2023-05-01', '2026-05-01')).toBe(3);
    expect(fullYearsBetween('2023-05-02', '2026-05-01')).toBe(2);
    expect(fullYearsBetween('2027-01-01', '2026-05-01')).toBe(0);
    expect(latestStartWithMonthsPassed('2026-02-28', 72)).toBe('2020-02-29');
    expect(latestStartWithMonthsPassed('2026-05-01', 36)).toBe('2023-05-01');
    expect(earliestStartWithinMonths('2026-03-31', 1)).toBe('2026-03-01');
    expect(earliestStartWithinMonths('2026-05-01', 60)).toBe('2021-05-01');
  });
});
