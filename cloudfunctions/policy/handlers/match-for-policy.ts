import { beijingDate } from '@shared/calendar/working-days';
import type { EnterpriseMatchRow, policyContracts } from '@shared/contracts/policy';
import type { Handler } from '../../_runtime/router';
import { matchRow, scanMatches } from '../scan';
import { loadPolicy } from '../store/policies';
import { policySummary } from '../views';

/** The enterprises that qualify for (or nearly qualify for) a policy, a page at a time; the cursor is a credit code. */
export const matchForPolicy: Handler<(typeof policyContracts)['match.forPolicy']> = async (input, ctx) => {
  const policy = await loadPolicy(ctx.db, input.policyId);
  const today = beijingDate(new Date());
  const items: EnterpriseMatchRow[] = [];
  const { last, ended } = await scanMatches(
    ctx.db,
    policy.eligibility,
    { today, reach: input.outcome === 'qualifies' ? 'qualifies' : 'nearly', after: input.cursor ?? null },
    (enterprise, result) => {
      if (result.outcome === input.outcome) items.push(matchRow(enterprise, result.outcome, result.shortfall, result.summary));
      return items.length < input.limit;
    },
  );
  return { policy: policySummary(policy), asOf: today, items, nextCursor: ended ? null : last };
};
