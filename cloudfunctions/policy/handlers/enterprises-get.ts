import { beijingDate } from '@shared/calendar/working-days';
import type { policyContracts } from '@shared/contracts/policy';
import { requireUser, type Handler } from '../../_runtime/router';
import { requireEnterpriseReader } from '../access';
import { loadEnterprise } from '../store/enterprises';
import { enterpriseView } from '../views';

export const getEnterprise: Handler<(typeof policyContracts)['enterprises.get']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  await requireEnterpriseReader(ctx.db, user, input.creditCode);
  const stored = await loadEnterprise(ctx.db, input.creditCode);
  return enterpriseView(stored.profile, beijingDate(new Date()), stored.claims);
};
