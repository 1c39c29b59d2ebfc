import type { policyContracts } from '@shared/contracts/policy';
import { POLICY_CATEGORIES, POLICY_CATEGORY_LABEL } from '@shared/policy/policy';
import { requireUser, type Handler } from '../../_runtime/router';
import { COLLECTIONS } from '../../collections';
import { requireEnterpriseMember } from '../access';
import { loadEnterprise } from '../store/enterprises';

/** Replaces the enterprise's muted categories; later pushes of those categories are not sent. */
export const setMutes: Handler<(typeof policyContracts)['mutes.set']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  await requireEnterpriseMember(ctx.db, user, input.creditCode, 'inbox');
  await loadEnterprise(ctx.db, input.creditCode);
  const muted = POLICY_CATEGORIES.filter((c) => input.categories.includes(c));
  await ctx.db.collection(COLLECTIONS.enterprises).doc(input.creditCode).update({ mutedCategories: ctx.db.command.set(muted), updatedAt: new Date() });
  return { creditCode: input.creditCode, muted: muted.map((value) => ({ value, label: POLICY_CATEGORY_LABEL[value] })) };
};
