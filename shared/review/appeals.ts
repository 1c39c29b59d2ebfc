/** 申诉复核: a department appeals a mistaken or malicious rating with evidence; an administrator decides. */
export const APPEAL_REASONS = ['mistaken', 'malicious'] as const;
export type AppealReason = (typeof APPEAL_REASONS)[number];
export const APPEAL_REASON_LABELS: Record<AppealReason, string> = { mistaken: '误评（评价对象或事项有误）', malicious: '恶意差评' };

export const APPEAL_STATES = ['pending', 'upheld', 'rejected'] as const;
export type AppealState = (typeof APPEAL_STATES)[number];
export const APPEAL_STATE_LABELS: Record<AppealState, string> = { pending: '待复核', upheld: '申诉成立（不计入统计）', rejected: '申诉不成立' };

export type AppealCheck = { ok: true } | { ok: false; code: 'FORBIDDEN' | 'CONFLICT'; message: string };

export function canAppeal(rating: { department: string; excluded: boolean }, department: string | null, pendingAppeals: number): AppealCheck {
  if (!department || rating.department !== department) return { ok: false, code: 'FORBIDDEN', message: '只能对本部门收到的评价提出申诉。' };
  if (rating.excluded) return { ok: false, code: 'CONFLICT', message: '这条评价已经申诉成立，不再计入统计。' };
  if (pendingAppeals > 0) return { ok: false, code: 'CONFLICT', message: '这条评价已有申诉正在复核，请等待管理员决定。' };
  return { ok: true };
}
