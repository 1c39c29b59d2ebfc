/** 居民身份证号码 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence, a check character mod 11. */
import { beijingDate } from './calendar/working-days';
import { isCalendarDate } from './enterprise/calendar-date';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK[sum % 11]!;
}

export type IdNumberProblem = 'shape' | 'birth_date' | 'future_birth' | 'check_digit';

/** Plain Chinese for each problem, as a person reads it beside the field. */
export const ID_NUMBER_MESSAGES: Record<IdNumberProblem, string> = {
  shape: '身份证号码应为 18 位：17 位数字，最后一位是数字或 X',
  birth_date: '身份证号码中的出生日期不存在（第 7 到 14 位），请核对',
  future_birth: '身份证号码中的出生日期晚于今天，请核对',
  check_digit: '身份证号码最后一位校验码不对，请核对 18 位号码（最后一位可能是 X）',
};

/**
 * What is wrong with an ID number, or null: the shape, a birth date that exists (no 30 February), is not before
 * 1900 and not after `today` (a Beijing calendar day), and the check character.
 */
export function idNumberProblem(value: string, today: string = beijingDate(new Date())): IdNumberProblem | null {
  const id = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return 'shape';
  const birth = birthDateOf(id);
  if (!isCalendarDate(birth) || birth < '1900-01-01') return 'birth_date';
  if (birth > today) return 'future_birth';
  return idCheckCharacter(id.slice(0, 17)) === id[17] ? null : 'check_digit';
}

export function isValidIdNumber(value: string, today?: string): boolean {
  return idNumberProblem(value, today) === null;
}

/** Birth date encoded in an ID number, `YYYY-MM-DD`. */
export function birthDateOf(id: string): string {
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
