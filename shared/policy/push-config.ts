/**
 * Settings of the policy push job. Numbers are configuration (POLICY_PUSH_* environment values override them),
 * never constants buried in the job: the send rate in particular depends on the account's WeChat quota.
 */
export interface PushConfig {
  /** The subscribe-message template for "a policy fits your enterprise" (the mini-program asks for it). */
  templateId: string;
  /** Sends per second at most (subscribe messages and inbox writes alike). */
  ratePerSecond: number;
  /** Pairs handled per run before it checkpoints and stops; the next run (timer) continues. */
  maxPairsPerRun: number;
  /** Milliseconds a run may spend before it checkpoints and stops (below the function timeout). */
  timeBudgetMs: number;
  /** Enterprises read per database page (CloudBase answers at most 1000). */
  pageSize: number;
  /** Milliseconds publishing spends pushing the new policy at once; the timer continues from the checkpoint. */
  publishBudgetMs: number;
}

export const DEFAULT_PUSH_CONFIG: PushConfig = {
  templateId: 'POLICY_MATCH_TMPL',
  ratePerSecond: 50,
  maxPairsPerRun: 5000,
  timeBudgetMs: 15_000,
  pageSize: 500,
  publishBudgetMs: 5000,
};

function numberFrom(value: string | undefined, fallback: number): number {
  const parsed = value === undefined ? NaN : Number(value);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : fallback;
}

/** The configuration as the environment sets it (a plain record, so this stays free of platform imports). */
export function pushConfig(env: Record<string, string | undefined> = {}): PushConfig {
  return {
    templateId: env.POLICY_PUSH_TEMPLATE_ID || DEFAULT_PUSH_CONFIG.templateId,
    ratePerSecond: numberFrom(env.POLICY_PUSH_RATE_PER_SECOND, DEFAULT_PUSH_CONFIG.ratePerSecond),
    maxPairsPerRun: numberFrom(env.POLICY_PUSH_MAX_PAIRS_PER_RUN, DEFAULT_PUSH_CONFIG.maxPairsPerRun),
    timeBudgetMs: numberFrom(env.POLICY_PUSH_TIME_BUDGET_MS, DEFAULT_PUSH_CONFIG.timeBudgetMs),
    pageSize: Math.min(1000, numberFrom(env.POLICY_PUSH_PAGE_SIZE, DEFAULT_PUSH_CONFIG.pageSize)),
    publishBudgetMs: numberFrom(env.POLICY_PUSH_PUBLISH_BUDGET_MS, DEFAULT_PUSH_CONFIG.publishBudgetMs),
  };
}
