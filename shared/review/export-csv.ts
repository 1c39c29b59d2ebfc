/**
 * The provincial records as a CSV file (UTF-8 with BOM so spreadsheet programs read the Chinese; RFC 4180 quoting).
 * Headers are in Chinese for the people who open it; the code columns keep the platform's codes.
 */
import type { ProvincialRecord } from './export';

const COLUMNS: [header: string, value: (r: ProvincialRecord) => string][] = [
  ['评价编号', (r) => r.ratingId],
  ['办件编号', (r) => r.caseNumber],
  ['事项编码', (r) => r.itemCode],
  ['事项版本', (r) => r.itemVersion],
  ['事项名称', (r) => r.itemName],
  ['部门编码', (r) => r.departmentCode],
  ['区划编码', (r) => r.regionCode],
  ['评价环节', (r) => r.node],
  ['环节名称', (r) => r.nodeName],
  ['评价渠道', (r) => r.channel],
  ['渠道名称', (r) => r.channelName],
  ['被评人员编号', (r) => r.ratedStaffId ?? ''],
  ['被评人员类别', (r) => r.ratedStaffKind ?? ''],
  ['评价等级', (r) => r.level],
  ['等级名称', (r) => r.levelName],
  ['指标评价', (r) => r.indicators.map((i) => `${i.name}:${i.level}`).join(';')],
  ['评价时间', (r) => r.ratedAt],
  ['申诉成立不计入统计', (r) => (r.appealUpheld ? '是' : '否')],
];

/** One cell: quoted when it holds a separator, a quote or a line break; a leading formula sign is defused. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = `\uFEFF${COLUMNS.map(([header]) => cell(header)).join(',')}\r\n`;

export function csvRow(record: ProvincialRecord): string {
  return `${COLUMNS.map(([, value]) => cell(value(record))).join(',')}\r\n`;
}
