import {
  classifySize,
  SIZE_CLASS_LABEL,
  SIZE_INDICATOR_LABEL,
  SIZE_RULES,
  sizeRulesFor,
  type SizeClass,
  type SizeIndicator,
  type SizeInputs,
  type SizeRuleId,
} from '@shared/enterprise/size';

/** An industry code for every row of the 300号 table (several where the mapping is not a plain code range). */
const ROW_OF: [string, SizeRuleId][] = [
  ['0141', 'agriculture'],
  ['0511', 'agriculture'],
  ['0610', 'industry'],
  ['3670', 'industry'],
  ['4420', 'industry'],
  ['4710', 'construction'],
  ['5012', 'construction'],
  ['5174', 'wholesale'],
  ['5212', 'retail'],
  ['5431', 'transport'],
  ['5611', 'transport'],
  ['5821', 'transport'],
  ['5910', 'transport'], // 装卸搬运 counts as 交通运输业
  ['5920', 'warehousing'],
  ['5990', 'warehousing'],
  ['6020', 'postal'],
  ['6121', 'accommodation_catering'],
  ['6210', 'accommodation_catering'],
  ['6311', 'information_transmission'],
  ['6432', 'information_transmission'],
  ['6513', 'software_it'],
  ['7010', 'real_estate_development'],
  ['7020', 'property_management'],
  ['7030', 'other'],
  ['7111', 'leasing_business'],
  ['7224', 'leasing_business'],
  ['5311', 'other'], // 铁路运输业 is not in 交通运输业
  ['7320', 'other'],
  ['8040', 'other'],
  ['6635', 'other'],
];

const LEVELS = ['small', 'medium', 'large'] as const;
const BELOW: Record<(typeof LEVELS)[number], SizeClass> = { small: 'micro', medium: 'small', large: 'medium' };
const step = (indicator: SizeIndicator) => (indicator === 'headcount' ? 1 : 0.01);

describe('size class per 工信部联企业〔2011〕300号', () => {
  it.each(ROW_OF)('puts %s in the %s row', (code, rule) => {
    expect(sizeRulesFor(code).map((r) => r.id)).toEqual([rule]);
  });

  describe.each(Object.values(SIZE_RULES).map((rule) => [rule.id, rule] as const))('the %s row', (_id, rule) => {
    const code = ROW_OF.find(([, id]) => id === rule.id)![0];
    const indicators = Object.entries(rule.indicators) as [SizeIndicator, { large: number; medium: number; small: number }][];
    const at = (level: (typeof LEVELS)[number]): SizeInputs =>
      Object.fromEntries([['industryCode', code], ...indicators.map(([indicator, bounds]) => [indicator, bounds[level]])]);

    it.each(LEVELS)('exactly on every %s lower bound is that class', (level) => {
      const result = classifySize(at(level));
      expect(result.sizeClass).toBe(level);
      expect(result.possible).toEqual([level]);
      expect(result.rule?.id).toBe(rule.id);
    });

    it.each(LEVELS.flatMap((level) => indicators.map(([indicator]) => [level, indicator] as const)))(
      'just under the %s bound on %s drops one class',
      (level, indicator) => {
        const inputs = at(level);
        (inputs as Record<string, number>)[indicator] = rule.indicators[indicator]![level] - step(indicator);
        const result = classifySize(inputs);
        expect(result.sizeClass).toBe(BELOW[level]);
        // The explanation names the indicator that kept it out of the class.
        const reason = `未达${SIZE_CLASS_LABEL[level]}标准：`;
        expect(result.reasons.find((r) => r.startsWith(reason))).toContain(SIZE_INDICATOR_LABEL[indicator].label);
      },
    );

    it('is micro at zero and large far above', () => {
      expect(classifySize({ ...at('small'), ...Object.fromEntries(indicators.map(([i]) => [i, 0])) }).sizeClass).toBe('micro');
      expect(classifySize(Object.fromEntries([['industryCode', code], ...indicators.map(([i, b]) => [i, b.large * 10])])).sizeClass).toBe('large');
    });
  });

  it('explains which bounds decided it', () => {
    const result = classifySize({ industryCode: '3670', headcount: 150, revenue: 1200 });
    expect(result.sizeClass).toBe('small');
    expect(result.reasons).toEqual([
      '达到工业小型标准：从业人员 150 人 ≥ 20 人，营业收入 1200 万元 ≥ 300 万元',
      '未达中型标准：从业人员 150 人 < 300 人，营业收入 1200 万元 < 2000 万元',
    ]);
    expect(result.summary).toBe('小型（工业：从业人员 150 人，营业收入 1200 万元）');
  });

  it('needs every indicator of the row for large: the SME ceiling is an "or"', () => {
    // 工业: SME when staff < 1000 OR revenue < 40000.
    expect(classifySize({ industryCode: '3670', headcount: 5000, revenue: 39999 }).sizeClass).toBe('medium');
    expect(classifySize({ industryCode: '3670', headcount: 999, revenue: 900000 }).sizeClass).toBe('medium');
    expect(classifySize({ industryCode: '3670', headcount: 1000, revenue: 40000 }).sizeClass).toBe('large');
    // Micro needs only one indicator under the small bound.
    expect(classifySize({ industryCode: '3670', headcount: 5000, revenue: 299 }).sizeClass).toBe('micro');
  });

  it('decides micro even when another indicator is missing, since one is enough', () => {
    const result = classifySize({ industryCode: '3670', revenue: 120 });
    expect(result.sizeClass).toBe('micro');
    expect(result.missing).toEqual([]);
  });

  it('says what is missing when the inputs do not decide it', () => {
    const result = classifySize({ industryCode: '3670', headcount: 150 });
    expect(result.sizeClass).toBeNull();
    expect(result.possible).toEqual(['small', 'micro']);
    expect(result.missing).toEqual(['revenue']);
    expect(result.reasons[0]).toBe('缺少营业收入，无法确定规模（可能为小型、微型）');

    const nothing = classifySize({ headcount: 10 });
    expect(nothing.sizeClass).toBeNull();
    expect(nothing.missing).toEqual(['industryCode']);
    expect(nothing.possible).toEqual(['large', 'medium', 'small', 'micro']);

    const unknownCode = classifySize({ industryCode: '9999', headcount: 10 });
    expect(unknownCode.missing).toEqual(['industryCode']);
  });

  it('uses a revenue band when it falls wholly inside one class, and asks for the figure when it straddles', () => {
    expect(classifySize({ industryCode: '3670', headcount: 150, revenue: { min: 500, max: 1000 } }).sizeClass).toBe('small');
    expect(classifySize({ industryCode: '3670', headcount: 150, revenue: { min: 0, max: 300 } }).sizeClass).toBe('micro');
    const straddling = classifySize({ industryCode: '3670', headcount: 500, revenue: { min: 1000, max: 5000 } });
    expect(straddling.sizeClass).toBeNull();
    expect(straddling.possible).toEqual(['medium', 'small']);
    expect(straddling.reasons[0]).toContain('区间');
    expect(classifySize({ industryCode: '3670', headcount: 1200, revenue: { min: 40000 } }).sizeClass).toBe('large');
  });

  it('handles codes too coarse for one row', () => {
    // 59 装卸搬运和仓储业: 交通运输业 or 仓储业. Agreeing rows decide it; disagreeing ones ask for the 中类.
    expect(sizeRulesFor('59').map((r) => r.id)).toEqual(['transport', 'warehousing']);
    expect(classifySize({ industryCode: '59', headcount: 10, revenue: 50 }).sizeClass).toBe('micro');
    const split = classifySize({ industryCode: '59', headcount: 150, revenue: 2500 });
    expect(split.sizeClass).toBeNull(); // transport: small; warehousing: medium
    expect(split.possible).toEqual(['medium', 'small']);
    expect(split.missing).toContain('industryCode');
    expect(sizeRulesFor('70').map((r) => r.id)).toEqual(['real_estate_development', 'property_management', 'other']);
    expect(sizeRulesFor('C').map((r) => r.id)).toEqual(['industry']);
    expect(sizeRulesFor('F').map((r) => r.id)).toEqual(['wholesale', 'retail']);
  });
});
