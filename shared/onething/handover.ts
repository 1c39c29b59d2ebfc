/**
 * 统一窗口出件: once every department has approved, the front window (综合窗口) issues the result — ready for
 * pick-up at the window, posted by EMS with a tracking number, or sent as electronic licences — as the applicant
 * chose at submit time. Until then the case is 已办结, 待出件.
 */
import type { CaseStatus } from './states';

export const HANDOVER_STATES = ['waiting', 'to_issue', 'issued'] as const;
export type HandoverState = (typeof HANDOVER_STATES)[number];

export type DeliveryMethod = 'window' | 'electronic' | 'ems';

export interface StoredHandover {
  issuedAt: Date;
  byOpenid: string;
  byName: string | null;
  /** EMS only. */
  trackingNo: string | null;
  note: string | null;
}

/** EMS: 13 characters — two letters, nine digits, two letters (EA123456789CN) — or 13 digits (domestic). */
export const EMS_TRACKING_NUMBER = /^(?:[A-Z]{2}\d{9}[A-Z]{2}|\d{13})$/;

export function handoverState(status: CaseStatus, handover: StoredHandover | null | undefined): HandoverState {
  if (status !== 'completed') return 'waiting';
  return handover ? 'issued' : 'to_issue';
}

export function handoverLabel(state: HandoverState, method: DeliveryMethod): string {
  if (state === 'waiting') return '各部门办结后由综合窗口统一出件';
  if (state === 'to_issue') return '已办结，综合窗口正在准备出件';
  return { window: '结果已到综合窗口，请携带身份证领取', ems: '结果已通过 EMS 寄出', electronic: '电子证照已发放，可在办件详情查看' }[method];
}

export type IssueCheck = { ok: true } | { ok: false; code: 'CONFLICT' | 'VALIDATION_FAILED'; message: string; path?: string };

/** Whether the window may issue now, and with what: a tracking number exactly when the result goes by EMS. */
export function checkIssue(
  c: { status: CaseStatus; delivery: { method: DeliveryMethod }; handover?: StoredHandover | null },
  trackingNo: string | undefined,
): IssueCheck {
  const state = handoverState(c.status, c.handover);
  if (state === 'issued') return { ok: false, code: 'CONFLICT', message: '这件办件的结果已经出件，不能重复出件。' };
  if (state === 'waiting') return { ok: false, code: 'CONFLICT', message: '还有部门没有办结，全部办结后才能出件。' };
  if (c.delivery.method === 'ems') {
    if (!trackingNo) return { ok: false, code: 'VALIDATION_FAILED', message: '申请人选择了 EMS 寄递，请填写邮件号。', path: 'trackingNo' };
    if (!EMS_TRACKING_NUMBER.test(trackingNo)) return { ok: false, code: 'VALIDATION_FAILED', message: 'EMS 邮件号应为 13 位，如 EA123456789CN。', path: 'trackingNo' };
  } else if (trackingNo) {
    return { ok: false, code: 'VALIDATION_FAILED', message: '申请人没有选择 EMS 寄递，不需要邮件号。', path: 'trackingNo' };
  }
  return { ok: true };
}
