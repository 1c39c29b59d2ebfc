/**
 * Every value is real (issue 11 point 4), through the local CloudBase with the real SDK: impossible dates, windows,
 * figures and hidden characters are refused by the functions with the field named in Chinese, and nothing is written.
 */
import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { homeVisitRequest, LI, windowFromNow } from './help-fixtures';
import { countCases, grantCaseConsents, newbornApplication, WANG } from './onething-fixtures';
import { creditCode, idNumber, registerLegalRepresentative } from './policy-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
}, 60_000);
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

type Refusal = { ok: false; error: { code: string; message: string; details: { fields: { path: string; message: string }[] } } };
const refusal = (result: unknown) => result as Refusal;
const messageAt = (result: unknown, path: string) => refusal(result).error.details.fields.find((f) => f.path === path)?.message;
async function count(collection: string): Promise<number> {
  return ((await backend.db().collection(collection).count()) as { total: number }).total;
}

describe('一件事 submit with a bad birth date', () => {
  it.each([
    ['2027-13-45', '「出生日期」不是有效的日期'],
    ['9999-12-31', '出生日期不能晚于今天'],
    ['0000-01-01', '出生日期不能早于'],
    ['2020-01-01', '出生日期不能早于'],
  ])('refuses %s, naming 出生日期, and stores no case', async (date, expected) => {
    const before = await countCases(backend);
    const good = newbornApplication();
    const result = await backend.call(WANG, api.onething['applications.submit'], newbornApplication({ form: { ...good.form, child_birth_date: date } }));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(messageAt(result, 'form.child_birth_date')).toContain(expected);
    expect(refusal(result).error.message).toContain('出生日期');
    expect(await countCases(backend)).toBe(before);
  });

  it('refuses a typed 民族 that is not one of the 56 groups, and an ID number born on 30 February', async () => {
    const before = await countCases(backend);
    const good = newbornApplication();
    const feb30 = '44030419900230101';
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sum = [...feb30].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
    const result = await backend.call(
      WANG,
      api.onething['applications.submit'],
      newbornApplication({ form: { ...good.form, child_ethnicity: '汉', father_id_number: feb30 + '10X98765432'[sum % 11] } }),
    );
    expect(messageAt(result, 'form.child_ethnicity')).toBe('请从民族的选项中选择');
    expect(messageAt(result, 'form.father_id_number')).toContain('出生日期不存在');
    expect(await countCases(backend)).toBe(before);
  });

  it('refuses a child name carrying a right-to-left override (U+202E)', async () => {
    const before = await countCases(backend);
    const good = newbornApplication();
    const result = await backend.call(WANG, api.onething['applications.submit'], newbornApplication({ form: { ...good.form, child_name: '王\u202e宝小' } }));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(messageAt(result, 'form.child_name')).toContain('孩子的姓名');
    expect(await countCases(backend)).toBe(before);
  });

  it('accepts the same application with a real birth date in the window', async () => {
    await grantCaseConsents(backend, WANG);
    expectOk(await backend.call(WANG, api.onething['applications.submit'], newbornApplication()));
  });
});

describe('help request windows', () => {
  it.each([
    ['a window ending more than 90 days ahead', { window: { from: windowFromNow(24).from, to: new Date(Date.now() + 91 * 86_400_000).toISOString() } }, 'window.to', '90天以内'],
    ['a window whose from is after its to', { window: { from: windowFromNow(26).from, to: windowFromNow(24).from } }, 'window.to', '结束时间要晚于开始时间'],
    ['a window starting hours ago', { window: { from: new Date(Date.now() - 3 * 3_600_000).toISOString(), to: windowFromNow(2).to } }, 'window.from', '不能早于现在'],
  ] as const)('refuses %s and stores nothing', async (_label, overrides, path, expected) => {
    const before = await count('help_requests');
    const result = await backend.call(LI, api.help['requests.create'], homeVisitRequest(overrides as never));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(messageAt(result, path)).toContain(expected);
    expect(refusal(result).error.message).toContain('预约');
    expect(await count('help_requests')).toBe(before);
  });

  it('refuses a contact name with U+202E and a description with a NUL character', async () => {
    const before = await count('help_requests');
    const result = await backend.call(LI, api.help['requests.create'], homeVisitRequest({ contact: { name: '李\u202e英秀', phone: '13912345678' }, description: '想请人上门\u0000帮忙' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(messageAt(result, 'contact.name')).toContain('「姓名」');
    expect(messageAt(result, 'description')).toContain('「情况说明」');
    expect(await count('help_requests')).toBe(before);
  });
});

describe('enterprise figures', () => {
  const A = creditCode(7, '91330106MB');
  const NAME = '杭州西湖数值测试有限公司';

  beforeAll(async () => {
    // 王小明 is this firm's legal representative on the market register, so binding succeeds at once.
    await registerLegalRepresentative(backend, { creditCode: A, name: NAME }, { openid: WANG, realName: '王小明', id: idNumber(7) });
    expectOk(await backend.call(WANG, api.policy['enterprises.bind'], { creditCode: A, name: NAME, role: 'legal_representative' }));
    expectOk(await backend.call(WANG, api.policy['enterprises.upsertProfile'], { creditCode: A, values: { headcount: 12, revenue: 800 } }));
  });

  const stored = async () => {
    const { data } = await backend.db().collection('enterprises').doc(A).get();
    return (data as { profile: Record<string, unknown> }[])[0]!.profile;
  };

  it.each([
    ['a revenue beyond any firm (typed in 元)', { revenue: 8_000_000_000 }, 'values.revenue', '上年度营业收入'],
    ['10 亿元 a year per employee for a 12-person firm', { revenue: 3_000_000 }, 'values.revenue', '上年度营业收入'],
    ['a headcount beyond any employer', { headcount: 50_000_000 }, 'values.headcount', '从业人数'],
    ['a founding date in the future', { foundedOn: '9999-12-31' }, 'values.foundedOn', '成立日期不能晚于今天'],
    ['a founding date that does not exist', { foundedOn: '2027-13-45' }, 'values.foundedOn', '「成立日期」不是有效的日期'],
  ] as const)('refuses %s with the field named and keeps the stored profile', async (_label, values, path, expected) => {
    const before = await stored();
    const result = await backend.call(WANG, api.policy['enterprises.upsertProfile'], { creditCode: A, values: values as never });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(messageAt(result, path)).toContain(expected);
    expect(refusal(result).error.message).not.toMatch(/revenue|headcount|foundedOn/);
    expect(await stored()).toEqual(before);
  });

  it('refuses a legal representative name with U+202E', async () => {
    const result = await backend.call(WANG, api.policy['enterprises.upsertProfile'], { creditCode: A, values: { legalRepresentative: '赵\u202e四' } });
    expect(messageAt(result, 'values.legalRepresentative')).toContain('「法定代表人」');
    expect((await stored()).legalRepresentative).toBe('王小明'); // the register's name, unchanged
  });
});
