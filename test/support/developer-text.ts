/**
 * What a person must never read in a message: an ASCII identifier (a field key, an enum value, a type name) or the
 * words a schema library uses. Codes with digits (an example number such as BB20260105-7K2QD) and a few words
 * people do read (EMS, PDF, JPG, GB/T, https, units) are fine, and so is a file name quoted back to its uploader.
 */
const ALLOWED_LATIN = new Set(['EMS', 'PDF', 'JPG', 'JPEG', 'PNG', 'ID', 'App', 'GB', 'https', 'km', 'kg', 'cm', 'mm', 'CA', 'QQ']);

const SCHEMA_WORDS = [
  'string', 'number', 'boolean', 'enum', 'expected', 'Invalid', 'undefined', 'null', 'object', 'array', 'record',
  '期望', '字符串', '实际接收', '无效输入', '无效选项', '数值过大：', '数值过小：', '键(key)', '的的',
];

/** The developer words in `message`, empty when a person can read it as it is. */
export function developerTextIn(message: string): string[] {
  const found: string[] = [];
  // A file's own name, quoted back to the person who uploaded it («「baby.jpg」找不到了»), is theirs, not ours.
  const withoutFileNames = message.replace(/「[^」]*\.[A-Za-z0-9]{2,5}」/g, '「」');
  for (const token of withoutFileNames.match(/[A-Za-z0-9_]+/g) ?? []) {
    if (/\d/.test(token)) continue;
    if (/[A-Za-z_]{2,}/.test(token) && !ALLOWED_LATIN.has(token)) found.push(token);
  }
  const lower = message.toLowerCase();
  for (const word of SCHEMA_WORDS) if (lower.includes(word.toLowerCase())) found.push(word);
  return found;
}
