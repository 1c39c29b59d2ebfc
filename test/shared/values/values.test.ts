import { evaluate } from '@shared/catalog/engine';
import { getTheme } from '@shared/catalog';
import { validateFormValues } from '@shared/catalog/form-values';
import { NEWBORN_REGISTRATION_WINDOW } from '@shared/catalog/themes/newborn';
import { profileValuesSchema, enterpriseProfileSchema, declareProfile } from '@shared/enterprise/profile';
import { idCheckCharacter, idNumberProblem, isValidIdNumber } from '@shared/idcard';
import { windowProblems, MAX_WINDOW_END_DAYS } from '@shared/help/window';
import { cityConfig } from '@shared/config/city';
import { BIRTH_DATE, dateBounds, dateProblem, dateSchema, ETHNIC_GROUP_OPTIONS, ETHNIC_GROUPS, freeText, idNumber, isEthnicGroup, name } from '@shared/values';
import { HEADCOUNT_RANGE, REVENUE_RANGE, revenueProblem, revenueQuestion } from '@shared/values/enterprise-figures';

const TODAY = '2026-12-02';
const withCheck = (first17: string) => first17 + idCheckCharacter(first17);

describe('dates', () => {
  it.each(['2027-13-45', '9999-12-31', '0000-01-01'])('refuses %s as a birth date, naming the field in Chinese', (bad) => {
    const problem = dateProblem(bad, '出生日期', BIRTH_DATE, TODAY);
    expect(problem).toMatch(/出生日期/);
    expect(problem).not.toMatch(/[A-Za-z]/);
  });

  it('says which: not a real day, later than today, earlier than 1900', () => {
    expect(dateProblem('2027-13-45', '出生日期', BIRTH_DATE, TODAY)).toContain('「出生日期」不是有效的日期');
    expect(dateProblem('2026-02-30', '出生日期', BIRTH_DATE, TODAY)).toContain('不是有效的日期');
    expect(dateProblem('9999-12-31', '出生日期', BIRTH_DATE, TODAY)).toBe('出生日期不能晚于今天');
    expect(dateProblem('0000-01-01', '出生日期', BIRTH_DATE, TODAY)).toBe('出生日期不能早于1900年1月1日');
    expect(dateProblem('1950-06-01', '出生日期', BIRTH_DATE, TODAY)).toBeNull();
    expect(dateProblem(TODAY, '出生日期', BIRTH_DATE, TODAY)).toBeNull();
  });

  it("keeps a newborn's birth date inside the theme's registration window (under 1 year)", () => {
    expect(dateBounds(NEWBORN_REGISTRATION_WINDOW, TODAY)).toEqual({ min: '2025-12-02', max: TODAY });
    expect(dateProblem('2026-11-10', '出生日期', NEWBORN_REGISTRATION_WINDOW, TODAY)).toBeNull();
    expect(dateProblem('2024-05-01', '出生日期', NEWBORN_REGISTRATION_WINDOW, TODAY)).toBe('出生日期不能早于2025年12月2日');
    expect(dateProblem('2026-12-03', '出生日期', NEWBORN_REGISTRATION_WINDOW, TODAY)).toBe('出生日期不能晚于今天');
  });

  it('runs as a zod schema with the same messages', () => {
    const schema = dateSchema('成立日期', BIRTH_DATE, () => TODAY);
    expect(schema.safeParse('2020-01-01').success).toBe(true);
    expect(schema.safeParse('9999-12-31').error?.issues[0]?.message).toBe('成立日期不能晚于今天');
  });

  it('is what the newborn form checks', () => {
    const fields = evaluate(getTheme('newborn')!, {}).formFields.filter((f) => f.id === 'child_birth_date');
    const issues = validateFormValues(fields, { child_birth_date: '9999-12-31' });
    expect(issues).toEqual([{ path: 'child_birth_date', message: '出生日期不能晚于今天' }]);
  });
});

describe('text and names', () => {
  const forbidden = [
    ...Array.from({ length: 0x20 }, (_, i) => i),
    0x7f,
    0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
    0x2066, 0x2067, 0x2068, 0x2069,
  ];

  it.each(forbidden.map((cp) => [`U+${cp.toString(16).toUpperCase().padStart(4, '0')}`, cp]))('a name refuses %s', (_label, cp) => {
    const result = name('姓名', { min: 1, max: 30 }).safeParse(`张${String.fromCodePoint(cp as number)}三`);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toContain('「姓名」');
  });

  it.each(forbidden.filter((cp) => cp !== 0x0a && cp !== 0x09 && cp !== 0x0d).map((cp) => [cp.toString(16), cp]))('free text refuses U+%s', (_label, cp) => {
    expect(freeText('备注', { max: 200 }).safeParse(`好的${String.fromCodePoint(cp as number)}谢谢`).success).toBe(false);
  });

  it('lets multi-line free text keep line breaks and tabs, never names', () => {
    expect(freeText('备注').safeParse('第一行\n第二行\t完').success).toBe(true);
    expect(name('姓名').safeParse('张\n三').success).toBe(false);
    expect(name('姓名').safeParse('欧阳·娜娜').success).toBe(true);
  });

  it('is what the contracts use: a real name with U+202E is refused', () => {
    expect(profileValuesSchema.shape.legalRepresentative.safeParse('赵\u202e四').success).toBe(false);
  });
});

describe('ID numbers', () => {
  it('checks the check digit', () => {
    const good = withCheck('44030419850312123');
    expect(isValidIdNumber(good)).toBe(true);
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    expect(idNumberProblem(wrong)).toBe('check_digit');
  });

  it('refuses 30 February and 31 April even with a correct check digit', () => {
    expect(idNumberProblem(withCheck('44030419900230123'))).toBe('birth_date');
    expect(idNumberProblem(withCheck('44030419900431123'))).toBe('birth_date');
    expect(idNumberProblem(withCheck('44030420000229123'))).toBeNull();
    expect(idNumberProblem(withCheck('44030419000229123'))).toBe('birth_date');
  });

  it('refuses a birth date in the future or before 1900', () => {
    expect(idNumberProblem(withCheck('44030420991231123'), TODAY)).toBe('future_birth');
    expect(idNumberProblem(withCheck('44030418991231123'), TODAY)).toBe('birth_date');
  });

  it('explains in the field’s words', () => {
    const result = idNumber('爸爸的身份证号码').safeParse(withCheck('44030419900230123'));
    expect(result.error!.issues[0]!.message).toContain('爸爸的身份证号码中的出生日期不存在');
  });
});

describe('民族', () => {
  it('is one of the 56 groups of GB/T 3304 with their codes', () => {
    expect(ETHNIC_GROUPS).toHaveLength(56);
    expect(new Set(ETHNIC_GROUPS.map((g) => g.name)).size).toBe(56);
    expect(ETHNIC_GROUPS.map((g) => g.code)).toEqual(Array.from({ length: 56 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(ETHNIC_GROUPS[0]).toEqual({ code: '01', name: '汉族' });
    expect(ETHNIC_GROUPS[55]).toEqual({ code: '56', name: '基诺族' });
    expect(isEthnicGroup('壮族')).toBe(true);
    expect(isEthnicGroup('汉')).toBe(false);
  });

  it('is a choice in the newborn form, not typed text', () => {
    const field = evaluate(getTheme('newborn')!, {}).formFields.find((f) => f.id === 'child_ethnicity')!;
    expect(field.type).toBe('select');
    expect(field.options).toEqual(ETHNIC_GROUP_OPTIONS);
    expect(validateFormValues([field], { child_ethnicity: '01' })).toEqual([]);
    expect(validateFormValues([field], { child_ethnicity: '火星族' })[0]!.message).toBe('请从民族的选项中选择');
  });
});

describe('revenue and headcount', () => {
  const base = { creditCode: '91440304MA5F3XKQ87', name: '深圳市福田区赵记餐饮有限公司' };
  const at = '2026-12-01T00:00:00+08:00';

  it('refuses figures outside the plausible ranges', () => {
    expect(profileValuesSchema.safeParse({ ...base, revenue: REVENUE_RANGE.max }).success).toBe(true);
    const tooMuch = profileValuesSchema.safeParse({ ...base, revenue: REVENUE_RANGE.max + 1 });
    expect(tooMuch.error!.issues[0]!.message).toContain('上年度营业收入');
    expect(profileValuesSchema.safeParse({ ...base, headcount: HEADCOUNT_RANGE.max + 1 }).error!.issues[0]!.message).toContain('从业人数');
    expect(profileValuesSchema.safeParse({ ...base, headcount: -1 }).success).toBe(false);
    expect(profileValuesSchema.safeParse({ ...base, revenue: -5 }).success).toBe(false);
  });

  it('refuses a revenue of more than 10 亿元 per employee (typed in 元)', () => {
    expect(revenueProblem(3_000_000, 20)).toContain('上年度营业收入');
    expect(revenueProblem(1_500, 20)).toBeNull();
    const profile = declareProfile({ ...base, headcount: 12, revenue: 3_000_000 }, at);
    expect(enterpriseProfileSchema.safeParse(profile).error!.issues[0]!.path).toEqual(['revenue']);
  });

  it('asks about a figure that looks like 元 before it is saved', () => {
    expect(revenueQuestion(1_500, 20)).toBeNull();
    expect(revenueQuestion(1_000_000, 20)).toBe('您填写的上年度营业收入是 1000000 万元，即 100 亿元，确认无误吗？');
    expect(revenueQuestion(1_000_000)).not.toBeNull();
    expect(revenueQuestion(1_000_000, 5000)).toBeNull();
    expect(revenueQuestion(300_000, 12)).not.toBeNull();
  });
});

describe('help windows', () => {
  const config = cityConfig().help;
  const now = new Date('2026-12-02T02:00:00Z');
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

  it('start from now, end within 90 days, and from before to', () => {
    expect(windowProblems({ from: hours(24), to: hours(26) }, now, config)).toEqual([]);
    expect(windowProblems({ from: hours(-3), to: hours(2) }, now, config).map((i) => i.path)).toEqual(['window.from']);
    expect(windowProblems({ from: hours(26), to: hours(24) }, now, config)[0]!.message).toBe('预约的结束时间要晚于开始时间');
    const far = windowProblems({ from: hours(24), to: hours(24 * (MAX_WINDOW_END_DAYS + 1)) }, now, config);
    expect(far.map((i) => i.message)).toContain(`预约的结束时间最多只能选${MAX_WINDOW_END_DAYS}天以内`);
  });
});
