/**
 * GB/T 2260 administrative division codes: 6 digits, province (2) + city (2) + county (2). Only the shape and the
 * province are checked here; the full code list changes every year and is not bundled.
 */

/** The first two digits of every province-level division (incl. 台湾 71, 香港 81, 澳门 82). */
export const PROVINCE_PREFIXES = [
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44',
  '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82',
] as const;

const PROVINCES = new Set<string>(PROVINCE_PREFIXES);

/** Why a region code is malformed, or null when it is well-formed. */
export function regionCodeProblem(code: string): string | null {
  if (!/^\d{6}$/.test(code)) return '地区代码应为6位数字（GB/T 2260）';
  if (!PROVINCES.has(code.slice(0, 2))) return '地区代码的前两位不是有效的省级代码';
  if (code.slice(2, 4) === '00' && code.slice(4) !== '00') return '地区代码的市级部分为00时，县级部分也应为00';
  return null;
}

/**
 * The significant prefix of a region code: '440000' → '44' (province), '440300' → '4403' (city),
 * '440305' → '440305' (county). Also accepts an already-short prefix ('44', '4403').
 */
export function regionPrefix(code: string): string {
  if (/^\d{2}$|^\d{4}$/.test(code)) return code;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}

/** A region prefix as people say it: 省级 / 市级 / 县级. */
export function regionLevelLabel(prefix: string): string {
  return prefix.length === 2 ? '省级' : prefix.length === 4 ? '市级' : '县级';
}
