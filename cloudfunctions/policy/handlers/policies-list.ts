import { beijingDate } from '@shared/calendar/working-days';
import type { policyContracts } from '@shared/contracts/policy';
import type { Handler } from '../../_runtime/router';
import { openPolicies } from '../store/policies';
import { policySummary } from '../views';

export const listPolicies: Handler<(typeof policyContracts)['policies.list']> = async (_input, ctx) => {
  const policies = await openPolicies(ctx.db, beijingDate(new Date()));
  return { items: policies.map(policySummary) };
};
