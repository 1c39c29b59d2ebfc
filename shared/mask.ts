/**
 * Masking of personal data (PIPL; domain.md §6). Every list, notification and log shows these masked;
 * only the owner and authorised staff see them whole, and that access is recorded by the caller.
 */

const ID_CARD = /(?<![0-9A-Za-z])(\d{4})(\d{10})(\d{3}[\dXx])(?![0-9A-Za-z])/g;
// Letters around the digits mean an identifier (hex document ids, request ids), not a phone number.
const MOBILE = /(?<![0-9A-Za-z])(1[3-9]\d)(\d{4})(\d{4})(?![0-9A-Za-z])/g;
const BANK_CARD = /(?<![0-9A-Za-z])(\d{4})(\d{8,11})(\d{4})(?![0-9A-Za-z])/g;

/** 440301199001011234 → 4403**********1234 */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length < 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
}

/** 13812341234 → 138****1234 */
export function maskPhone(phone: string): string {
  const digits = phone.trim();
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** 6222021234567890123 → 6222 **** **** 0123 */
export function maskBankCard(card: string): string {
  const s = card.replace(/\s+/g, '');
  if (s.length < 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)} **** **** ${s.slice(-4)}`;
}

/** 广东省深圳市福田区福华路88号3栋1201 → 广东省深圳市福田区****（keeps the district, hides the street） */
export function maskAddress(address: string): string {
  // Province, city and district/county (each optional, in that order) are kept; the rest is hidden.
  const match = address.match(/^((?:[^省市]{2,8}(?:省|自治区))?(?:[^市]{2,8}?市)?(?:[^区县旗]{1,8}?(?:区|县|旗|市))?)/);
  const keep = match?.[1] ? match[1] : address.slice(0, Math.min(3, address.length));
  return `${keep}****`;
}

/** 张三丰 → 张** */
export function maskName(name: string): string {
  const s = name.trim();
  if (s.length <= 1) return s;
  return `${s[0]}${'*'.repeat(s.length - 1)}`;
}

/** Masks any ID, mobile or bank-card number found inside free text (log lines, comments, notices). */
export function maskText(text: string): string {
  return text
    .replace(ID_CARD, (_m, a: string, mid: string, z: string) => `${a}${'*'.repeat(mid.length)}${z}`)
    .replace(MOBILE, (_m, a: string, mid: string, z: string) => `${a}${'*'.repeat(mid.length)}${z}`)
    .replace(BANK_CARD, (_m, a: string, _mid: string, z: string) => `${a} **** **** ${z}`);
}

/** Fields that always hold personal data, masked by name wherever they appear. */
const FIELD_MASKERS: Record<string, (value: string) => string> = {
  idNumber: maskIdNumber,
  idCard: maskIdNumber,
  phone: maskPhone,
  mobile: maskPhone,
  contactPhone: maskPhone,
  bankCard: maskBankCard,
  bankAccount: maskBankCard,
  address: maskAddress,
  streetAddress: maskAddress,
};

/** Deep copy of `value` with personal fields and personal numbers inside strings masked. */
export function maskDeep<T>(value: T): T {
  return maskValue(value, undefined) as T;
}

function maskValue(value: unknown, key: string | undefined): unknown {
  if (typeof value === 'string') {
    const byField = key ? FIELD_MASKERS[key] : undefined;
    return byField ? byField(value) : maskText(value);
  }
  if (Array.isArray(value)) return value.map((item) => maskValue(item, undefined));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskValue(v, k);
    return out;
  }
  return value;
}

/** Finds unmasked personal numbers in text: used by the masking scan over logs and list responses. */
export function findUnmaskedPersonalData(text: string): string[] {
  const hits: string[] = [];
  for (const re of [ID_CARD, MOBILE]) {
    for (const m of text.matchAll(new RegExp(re.source, 'g'))) hits.push(m[0]);
  }
  return hits;
}
