/** Why a request needs the coordinator (escalation) or is late (overdue): the flags the SLA timer sets. */
export const ESCALATION_REASONS = ['not_accepted', 'helper_suspended'] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];
export const ESCALATION_REASON_LABELS: Record<EscalationReason, string> = {
  not_accepted: '超时无人接单',
  helper_suspended: '帮办员已暂停服务，需要改派',
};

export const OVERDUE_REASONS = ['not_started', 'not_completed'] as const;
export type OverdueReason = (typeof OVERDUE_REASONS)[number];
export const OVERDUE_REASON_LABELS: Record<OverdueReason, string> = {
  not_started: '超过预约时间仍未开始办理',
  not_completed: '超过办结时限仍未办结',
};
