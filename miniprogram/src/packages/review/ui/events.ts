/** The rectification history's event codes in words (codes from cloudfunctions/review). */
const EVENT_LABELS: Record<string, string> = {
  open: '收到差评，开始整改',
  verify: '核实',
  rectify: '整改',
  explain: '解释说明',
  callback: '回访',
  close: '办结',
  rate: '评价人评价整改结果',
  reopen: '评价人不满意，重新整改',
  overdue: '超过整改期限，已上报',
  appeal_upheld: '申诉成立',
};

export function eventLabel(event: string): string {
  return EVENT_LABELS[event] ?? event;
}
