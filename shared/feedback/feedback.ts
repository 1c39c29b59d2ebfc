import type { DepartmentId } from '../departments';

/**
 * 投诉建议: a person's complaint or suggestion becomes a tracked ticket routed to the responsible department,
 * answered within a working-day deadline, and the answer can be rated.
 */
export const FEEDBACK_KINDS = ['complaint', 'suggestion'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const FEEDBACK_STATUSES = ['submitted', 'replied', 'closed'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  submitted: '已提交，待部门答复',
  replied: '部门已答复',
  closed: '已评价，已办结',
};

export const REPLY_RATINGS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type ReplyRating = (typeof REPLY_RATINGS)[number];
export const REPLY_RATING_LABELS: Record<ReplyRating, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
};

/** Where in the app the feedback was raised: a page route decides the department when no case is named. */
const PAGE_DEPARTMENT_RULES: { prefix: string; department: DepartmentId }[] = [
  { prefix: 'packages/enterprise/', department: 'samr' },
  { prefix: 'pages/help', department: 'govservice' },
  { prefix: 'packages/helper/', department: 'govservice' },
];

/**
 * The department responsible for a ticket: the one the person chose, else the department of the case it is
 * about (resolved by the caller), else by the page it came from, else the city's default desk.
 */
export function routeFeedback(input: { chosenDepartment?: string | null; caseDepartment?: string | null; page?: string | null }, defaultDepartment: string): string {
  if (input.chosenDepartment) return input.chosenDepartment;
  if (input.caseDepartment) return input.caseDepartment;
  const page = (input.page ?? '').replace(/^\//, '');
  const rule = PAGE_DEPARTMENT_RULES.find((r) => page.startsWith(r.prefix));
  return rule?.department ?? defaultDepartment;
}

/** Ticket numbers people can read out on the phone: JY + Beijing date + 5 characters, e.g. JY20261123-7K3QD. */
export function feedbackTicketNumber(beijingDay: string, random: () => number = Math.random): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
  let suffix = '';
  for (let i = 0; i < 5; i += 1) suffix += alphabet[Math.floor(random() * alphabet.length)];
  return `JY${beijingDay.replace(/-/g, '')}-${suffix}`;
}
