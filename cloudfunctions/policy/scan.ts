/**
 * Walks the enterprises a policy's pre-filter lets through, page by page in credit-code order (never the whole base
 * at once), and judges each one exactly. Preview and match.forPolicy share it.
 */
import type { EnterpriseMatchRow } from '@shared/contracts/policy';
import type { CalendarDate } from '@shared/enterprise/calendar-date';
import type { Eligibility } from '@shared/policy/eligibility';
import { matchEligibility, OUTCOME_LABEL, type Outcome } from '@shared/policy/match';
import { buildPrefilter, type Reach } from '@shared/policy/prefilter';
import type { Database } from '../_runtime/cloudbase';
import { enterprisePage, type EnterpriseDoc } from './store/enterprises';
import { toCloudbaseWhere } from './store/prefilter-query';

const PAGE = 1000;

export function matchRow(enterprise: EnterpriseDoc, outcome: Outcome, shortfall: number, summary: string): EnterpriseMatchRow {
  return { creditCode: enterprise._id, name: enterprise.name ?? enterprise.profile.name, outcome: { value: outcome, label: OUTCOME_LABEL[outcome] }, shortfall, summary };
}

/**
 * Calls `visit` for every pre-filtered enterprise after `after` with its outcome, until `visit` answers false or the
 * base ends. Answers the last credit code visited and whether the base ended.
 */
export async function scanMatches(
  db: Database,
  eligibility: Eligibility,
  options: { today: CalendarDate; reach: Reach; after?: string | null },
  visit: (enterprise: EnterpriseDoc, result: ReturnType<typeof matchEligibility>) => boolean,
): Promise<{ last: string | null; ended: boolean }> {
  const where = toCloudbaseWhere(db, buildPrefilter(eligibility, { today: options.today, reach: options.reach }));
  let after = options.after ?? null;
  for (;;) {
    const page = await enterprisePage(db, where, after, PAGE);
    for (const enterprise of page) {
      after = enterprise._id;
      if (!visit(enterprise, matchEligibility(eligibility, enterprise.profile, { today: options.today }))) return { last: after, ended: false };
    }
    if (page.length < PAGE) return { last: after, ended: true };
  }
}
