/**
 * Per-person limits on every action that creates something (issue 11 §6): the ONE place they are set.
 * Each is a count per fixed window. They are generous for real use (nobody files 10 complaints in a day) and
 * stop a script or a stuck button from flooding a department.
 */
export const RATE_LIMITED_ACTIONS = ['feedback', 'helpRequests', 'onethingSubmissions', 'bindRequests', 'uploads'] as const;
export type RateLimitedAction = (typeof RATE_LIMITED_ACTIONS)[number];

export interface RateLimit {
  /** What is being counted, as the person would say it (used in the message). */
  what: string;
  /** How many per window. */
  limit: number;
  /** `day` = a Beijing day starting at 08:00 (see shared/limits/windows.ts); otherwise a number of seconds. */
  window: 'day' | { seconds: number };
}

export const RATE_LIMITS: Record<RateLimitedAction, RateLimit> = {
  feedback: { what: '提交投诉建议', limit: 10, window: 'day' },
  helpRequests: { what: '申请帮办代办', limit: 10, window: 'day' },
  onethingSubmissions: { what: '提交一件事申请', limit: 20, window: 'day' },
  bindRequests: { what: '绑定企业', limit: 10, window: 'day' },
  uploads: { what: '上传文件', limit: 60, window: { seconds: 10 * 60 } },
};
