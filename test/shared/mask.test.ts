import { findUnmaskedPersonalData, maskAddress, maskBankCard, maskDeep, maskIdNumber, maskPhone, maskText } from '@shared/mask';

describe('masking personal data', () => {
  it('masks an ID number to its first four and last four characters', () => {
    expect(maskIdNumber('44030119900101123X')).toBe('4403**********123X');
  });

  it('masks a mobile number to 138****1234', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
  });

  it('masks a bank card to its first and last four digits', () => {
    expect(maskBankCard('6222 0212 3456 7890 123')).toBe('6222 **** **** 0123');
  });

  it('keeps the district of an address and hides the street', () => {
    expect(maskAddress('广东省深圳市福田区福华路88号3栋1201')).toBe('广东省深圳市福田区****');
  });

  it('finds and masks numbers inside free text', () => {
    const text = '联系人 13812341234，身份证 440301199001011234，卡号 6222021234567890123';
    const masked = maskText(text);
    expect(masked).toContain('138****1234');
    expect(masked).toContain('4403**********1234');
    expect(masked).toContain('6222 **** **** 0123');
    expect(findUnmaskedPersonalData(masked)).toEqual([]);
    expect(findUnmaskedPersonalData(text)).toEqual(['440301199001011234', '13812341234']);
  });

  it('leaves hex document ids alone even when they hold a run of digits', () => {
    // Emulator and CloudBase ids are hex; an 11-digit run inside one is not a phone number.
    const id = '5f0a18172643823c9e1b2d3a4f5e6d7c';
    expect(findUnmaskedPersonalData(JSON.stringify({ id }))).toEqual([]);
    expect(maskText(id)).toBe(id);
    expect(maskText('订单 a6222021234567890123b')).toBe('订单 a6222021234567890123b');
  });

  it('masks named fields and nested strings deeply without touching other values', () => {
    const masked = maskDeep({
      phone: '13900001111',
      applicant: { idNumber: '440301199001011234', name: '王小明', age: 35 },
      notes: ['回电 13700002222'],
      at: new Date(0),
    });
    expect(masked).toEqual({
      phone: '139****1111',
      applicant: { idNumber: '4403**********1234', name: '王小明', age: 35 },
      notes: ['回电 137****2222'],
      at: new Date(0),
    });
  });

  it('does not mistake a case number or a timestamp for a phone number', () => {
    expect(findUnmaskedPersonalData('办件编号 YJS20261123000123，时间 1795422560762')).toEqual([]);
  });
});
