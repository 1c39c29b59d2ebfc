import type { policyContracts } from '@shared/contracts/policy';
import type { Handler } from '../../_runtime/router';
import { countDeliveries } from '../store/deliveries';
import { objectionsFor, objectionView } from '../store/objections';
import { loadPolicy } from '../store/policies';
import { policySummary } from '../views';

/** Per policy: how many enterprises it reached and how, read and objected, with the objections themselves. */
export const policyReport: Handler<(typeof policyContracts)['policies.report']> = async (input, ctx) => {
  const policy = await loadPolicy(ctx.db, input.policyId);
  const _ = ctx.db.command;
  const policyId = policy.id;
  const [matched, sent, fellBack, inbox, pending, muted, read, objections] = await Promise.all([
    countDeliveries(ctx.db, { policyId }),
    countDeliveries(ctx.db, { policyId, status: 'sent' }),
    countDeliveries(ctx.db, { policyId, status: 'inbox', fellBack: true }),
    countDeliveries(ctx.db, { policyId, status: 'inbox' }),
    countDeliveries(ctx.db, { policyId, status: 'pending' }),
    countDeliveries(ctx.db, { policyId, status: 'muted' }),
    countDeliveries(ctx.db, { policyId, readAt: _.neq(null) }),
    objectionsFor(ctx.db, { policyId }),
  ]);
  return {
    policy: policySummary(policy),
    counts: { matched, sent, fellBack, inbox, pending, muted, read, objected: objections.length },
    objections: objections.map(objectionView),
  };
};
