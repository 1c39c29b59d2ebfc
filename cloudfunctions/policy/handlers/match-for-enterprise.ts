import { beijingDate } from '@shared/calendar/working-days';
import type { policyContracts } from '@shared/contracts/policy';
import { matchEligibility, type Outcome } from '@shared/policy/match';
import { requireUser, type Handler } from '../../_runtime/router';
import { requireEnterpriseReader } from '../access';
import { loadEnterprise } from '../store/enterprises';
import { openPolicies } from '../store/policies';
import { matchView } from '../views';

const ORDER: Record<Outcome, number> = { qualifies: 0, nearly: 1, no: 2 };

/** 政策计算器: every open policy judged against the enterprise, qualifies first, then nearly, then no. */
export const matchForEnterprise: Handler<(typeof policyContracts)['match.forEnterprise']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  await requireEnterpriseReader(ctx.db, user, input.creditCode);
  const today = beijingDate(new Date());
  const [stored, policies] = await Promise.all([loadEnterprise(ctx.db, input.creditCode), openPolicies(ctx.db, today)]);
  const items = policies
    .map((policy) => ({ policy, result: matchEligibility(policy.eligibility, stored.profile, { today }) }))
    .sort((a, b) => ORDER[a.result.outcome] - ORDER[b.result.outcome] || a.result.shortfall - b.result.shortfall)
    .map(({ policy, result }) => matchView(policy, result));
  return { creditCode: input.creditCode, asOf: today, items };
};
