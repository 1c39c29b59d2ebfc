/** States of a 一件事 case and of each department's task in it, with the words the applicant reads. */

/** A department's task for one sub-item (事项). */
export const TASK_STATES = ['waiting', 'pending', 'accepted', 'in_review', 'correction', 'approved', 'rejected', 'cancelled'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_STATE_LABELS: Record<TaskState, string> = {
  waiting: '等待前序事项',
  pending: '待受理',
  accepted: '已受理',
  in_review: '审核中',
  correction: '待补正',
  approved: '已办结',
  rejected: '不予办理',
  cancelled: '已取消',
};

/** Tasks that will not change any more. */
export const FINAL_TASK_STATES: readonly TaskState[] = ['approved', 'rejected', 'cancelled'];

/** The case as a whole: derived from its tasks (see caseStatus), never set by hand. */
export const CASE_STATUSES = ['submitted', 'in_progress', 'correction', 'completed', 'rejected', 'withdrawn'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  submitted: '已提交，待受理',
  in_progress: '办理中',
  correction: '待补正',
  completed: '已办结',
  rejected: '不予办理',
  withdrawn: '已撤回',
};

/** What staff decide on a task (tasks.decide). */
export const TASK_DECISIONS = ['accept', 'approve', 'reject', 'correct'] as const;
export type TaskDecision = (typeof TASK_DECISIONS)[number];

export const TASK_DECISION_LABELS: Record<TaskDecision, string> = {
  accept: '受理',
  approve: '审批通过',
  reject: '不予办理',
  correct: '一次性告知补正',
};

/** Every recorded step on a case's timeline. */
export const CASE_EVENTS = ['submit', 'activate', 'accept', 'approve', 'reject', 'correct', 'supplement', 'cancel', 'withdraw', 'complete', 'issue'] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

export const CASE_EVENT_LABELS: Record<CaseEvent, string> = {
  submit: '提交申请',
  activate: '转入部门办理',
  accept: '部门受理',
  approve: '审批通过',
  reject: '不予办理',
  correct: '要求补正材料',
  supplement: '补正材料',
  cancel: '事项取消',
  withdraw: '撤回申请',
  complete: '全部办结，待统一出件',
  issue: '综合窗口出件',
};

export const ACTOR_KINDS = ['applicant', 'staff', 'system'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
