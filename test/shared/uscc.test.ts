import { isValidUscc, usccCheckCharacter, usccProblem } from '@shared/uscc';

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts a real published code', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
  });

  it('computes the check character from the first 17', () => {
    expect(usccCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('says why a code is wrong', () => {
    expect(usccProblem('91350100M000100Y4')).toBe('length');
    expect(usccProblem('91350100M000100YI3')).toBe('characters');
    expect(usccProblem('91350100M000100Y44')).toBe('check_digit');
  });
});
