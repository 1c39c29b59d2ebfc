import { getTheme } from '@shared/catalog';
import { evaluate } from '@shared/catalog/engine';
import { validateFormValues } from '@shared/catalog/form-values';
import { idCheckCharacter } from '@shared/idcard';

const id17 = '44030419900101123';
const validId = id17 + idCheckCharacter(id17);

describe('the unified form', () => {
  const fields = evaluate(getTheme('retirement')!, {
    retire_type: 'normal',
    employment: 'employer',
    other_region: false,
    medical_years: 'enough',
    has_housing_fund: true,
    has_annuity: false,
  }).formFields;

  const good = {
    applicant_name: '李秀英',
    applicant_id_number: validId,
    applicant_phone: '13812341234',
    applicant_address: '深圳市福田区福华路 1 号',
    employer_name: '深圳市某某有限公司',
    retirement_date: '2026-03-01',
    bank_account: '6222 0212 3456 7890 123',
    bank_name: '中国工商银行',
  };

  it('accepts a correctly filled form', () => {
    expect(validateFormValues(fields, good)).toEqual([]);
  });

  it('lists every wrong field with its id and a Chinese message', () => {
    const issues = validateFormValues(fields, { ...good, applicant_id_number: `${id17}0`.replace(/.$/, idCheckCharacter(id17) === '0' ? '1' : '0'), applicant_phone: '123', bank_account: '12ab' });
    expect(issues.map((i) => i.path)).toEqual(['applicant_id_number', 'applicant_phone', 'bank_account']);
    expect(issues[0]!.message).toContain('身份证号码');
  });

  it('refuses fields the evaluation did not show', () => {
    expect(validateFormValues(fields, { ...good, favourite_colour: 'red' })).toEqual([{ path: 'favourite_colour', message: expect.stringContaining('无法识别') }]);
  });
});
