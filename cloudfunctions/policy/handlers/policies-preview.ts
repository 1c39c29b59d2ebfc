import { beijingDate } from '@shared/calendar/working-days';
import type { EnterpriseMatchRow, policyContracts } from '@shared/contracts/policy';
import type { Handler } from '../../_runtime/router';
import { matchRow, scanMatches } from '../scan';

const EXAMPLES = 5;

/** "This would reach N enterprises": the eligibility run over the base before anything is published. */
export const previewPolicy: Handler<(typeof policyContracts)['policies.preview']> = async (input, ctx) => {
  const today = beijingDate(new Date());
  let wouldReach = 0;
  let nearly = 0;
  let scanned = 0;
  const qualifying: EnterpriseMatchRow[] = [];
  const near: EnterpriseMatchRow[] = [];
  await scanMatches(ctx.db, input.eligibility, { today, reach: 'nearly' }, (enterprise, result) => {
    scanned += 1;
    if (result.outcome === 'qualifies') {
      wouldReach += 1;
      if (qualifying.length < EXAMPLES) qualifying.push(matchRow(enterprise, result.outcome, result.shortfall, result.summary));
    } else if (result.outcome === 'nearly') {
      nearly += 1;
      if (near.length < EXAMPLES) near.push(matchRow(enterprise, result.outcome, result.shortfall, result.summary));
    }
    return true;
  });
  return { asOf: today, wouldReach, nearly, scanned, examples: [...qualifying, ...near].slice(0, EXAMPLES) };
};
