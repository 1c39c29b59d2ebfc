import { AppError } from '@shared/errors';
import { issuesOf, parseOrThrow } from '@shared/validation';
import { ELIGIBILITY_LIMITS, eligibilitySchema } from '@shared/policy/eligibility';

const problems = (input: unknown) => {
  const result = eligibilitySchema.safeParse(input);
  return result.success ? [] : issuesOf(result.error);
};

describe('the eligibility language', () => {
  it('accepts every predicate, nested in all / any / not', () => {
    const parsed = eligibilitySchema.parse({
      all: [
        { op: 'equals', field: 'taxCreditGrade', value: 'A' },
        { op: 'in', field: 'region', values: ['420606', '420607'] },
        { op: 'range', field: 'insuredHeadcount', min: 10, max: 500, maxExclusive: true },
        { op: 'date-since', field: 'foundedOn', atLeast: { years: 1 }, atMost: { years: 5, months: 6 } },
        { any: [{ op: 'has-tag', tag: 'high_tech' }, { op: 'has-tag', tag: 'tech_sme' }] },
        { op: 'has-no-flag', flag: 'serious_dishonesty' },
        { not: { op: 'industry-in', codes: ['J', 'K70'] } },
        { op: 'region-in', codes: ['420600', '4205', '42'] },
        { op: 'size-in', classes: ['micro', 'small'] },
      ],
    });
    // Codes come out normalized: 'K70' → '70', '420600' → '4206', sizes largest first.
    expect(parsed).toMatchObject({
      all: expect.arrayContaining([
        { not: { op: 'industry-in', codes: ['J', '70'] } },
        { op: 'region-in', codes: ['4206', '4205', '42'] },
        { op: 'size-in', classes: ['small', 'micro'] },
      ]),
    });
  });

  it('names the path of every problem, in Chinese', () => {
    const issues = problems({
      all: [
        { op: 'range', field: 'taxCreditGrade', min: 1 },
        { op: 'guess' },
        { any: [] },
        { op: 'range', field: 'headcount', min: 50, max: 10 },
        { not: { op: 'equals', field: 'taxCreditGrade', value: 'AAA' } },
        { op: 'industry-in', codes: ['65', '9999'] },
        { op: 'has-tag', tag: 'unicorn' },
        { op: 'equals', field: 'nickname', value: 'x' },
      ],
    });
    expect(issues.map((i) => i.path)).toEqual([
      'all.0.field',
      'all.1.op',
      'all.2.any',
      'all.3.max',
      'all.4.not.value',
      'all.5.codes.1',
      'all.6.tag',
      'all.7.field',
    ]);
    for (const issue of issues) expect(issue.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('keeps the field names a closed list', () => {
    expect(problems({ op: 'range', field: 'profit', min: 1 }).map((i) => i.path)).toEqual(['field']);
    expect(problems({ op: 'range', field: 'headcount', min: 1, extra: true }).map((i) => i.path)).toEqual(['(root)']);
  });

  it('rejects malformed groups and durations', () => {
    expect(problems({ all: [{ op: 'has-tag', tag: 'high_tech' }], any: [] })[0]?.message).toContain('只能有这一组条件');
    expect(problems({ not: 'x' }).map((i) => i.path)).toEqual(['not']);
    expect(problems({ op: 'range', field: 'headcount' }).map((i) => i.path)).toEqual(['min']);
    expect(problems({ op: 'date-since', field: 'foundedOn', atLeast: { years: 5 }, atMost: { years: 3 } }).map((i) => i.path)).toEqual(['atMost']);
    expect(problems({ op: 'date-since', field: 'foundedOn', atLeast: {} }).map((i) => i.path)).toEqual(['atLeast']);
    expect(problems({ op: 'region-in', codes: ['4206x'] }).map((i) => i.path)).toEqual(['codes.0']);
    expect(problems(null).map((i) => i.path)).toEqual(['(root)']);
  });

  it('limits depth and size', () => {
    let deep: unknown = { op: 'has-tag', tag: 'high_tech' };
    for (let i = 0; i < ELIGIBILITY_LIMITS.depth; i += 1) deep = { not: deep };
    expect(problems(deep)[0]?.message).toContain('嵌套');
    const wide = { any: Array.from({ length: ELIGIBILITY_LIMITS.predicates + 1 }, () => ({ op: 'has-tag', tag: 'high_tech' })) };
    expect(problems(wide)[0]?.message).toContain('不能超过');
  });

  it('turns into VALIDATION_FAILED through parseOrThrow, like every other input', () => {
    expect(() => parseOrThrow(eligibilitySchema, { all: [{ op: 'nope' }] }, '申报条件')).toThrow(AppError);
    try {
      parseOrThrow(eligibilitySchema, { all: [{ op: 'nope' }] }, '申报条件');
    } catch (error) {
      expect((error as AppError).message).toMatch(/^申报条件有 1 处需要修改：有一个条件的判断方式无法识别/);
    }
  });
});
