import type { policyContracts } from '@shared/contracts/policy';
import { departmentName } from '@shared/departments';
import { requireUser, type Handler } from '../../_runtime/router';
import { savePublished } from '../store/policies';
import { policySummary } from '../views';

/**
 * Publishes a policy (or its next version). Delivery is the push job's work: it picks up a new version on its next
 * run (the timer) or at once through push.run.
 */
export const publishPolicy: Handler<(typeof policyContracts)['policies.publish']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  const by = user.department ? departmentName(user.department) : user._id;
  const { policy, created } = await savePublished(ctx.db, input, by, new Date());
  ctx.log.info('policy_published', { policyId: policy.id, version: policy.version });
  return { policy: policySummary(policy), created };
};
