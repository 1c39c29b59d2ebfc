import type { policyContracts } from '@shared/contracts/policy';
import { departmentName } from '@shared/departments';
import { pushConfig } from '@shared/policy/push-config';
import { requireUser, type Handler } from '../../_runtime/router';
import { runPush } from '../push/run';
import { savePublished } from '../store/policies';
import { policySummary } from '../views';

/**
 * Publishes a policy (or its next version) and starts pushing it at once, for a few seconds; whatever is left (a
 * large base) the timer continues from the checkpoint. Nothing is delivered twice either way.
 */
export const publishPolicy: Handler<(typeof policyContracts)['policies.publish']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  const by = user.department ? departmentName(user.department) : user._id;
  const now = new Date();
  const { policy, created } = await savePublished(ctx.db, input, by, now);
  ctx.log.info('policy_published', { policyId: policy.id, version: policy.version });
  const push = await runPush(ctx.db, ctx.log, now, { policyId: policy.id, config: { timeBudgetMs: pushConfig(process.env).publishBudgetMs } });
  return { policy: policySummary(policy), created, push };
};
