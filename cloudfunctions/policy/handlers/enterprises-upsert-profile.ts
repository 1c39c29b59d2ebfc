import { beijingDate } from '@shared/calendar/working-days';
import type { policyContracts } from '@shared/contracts/policy';
import { applyDeclaration } from '@shared/enterprise/claims';
import { enterpriseProfileSchema, type EnterpriseProfile } from '@shared/enterprise/profile';
import { requireUser, type Handler } from '../../_runtime/router';
import { COLLECTIONS } from '../../collections';
import { requireEnterpriseMember } from '../access';
import { saveProfile } from '../store/enterprises';
import { enterpriseView } from '../views';

/**
 * The enterprise fills in or changes part of its profile. An unverified value changes at once and is
 * self-declared; a change to a verified value never replaces it silently: it waits beside it as a claim for the
 * verifying department (matching keeps the verified value meanwhile).
 */
export const upsertProfile: Handler<(typeof policyContracts)['enterprises.upsertProfile']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const stored = await requireEnterpriseMember(ctx.db, user, input.creditCode, 'profile');
  const now = new Date();
  const next = applyDeclaration(stored.profile, stored.claims ?? {}, input.values as Record<string, unknown>, now.toISOString(), openid);
  const profile: EnterpriseProfile = enterpriseProfileSchema.parse({ ...next.profile, creditCode: stored._id });
  await saveProfile(ctx.db, stored._id, profile, now);
  await ctx.db.collection(COLLECTIONS.enterprises).doc(stored._id).update({ claims: ctx.db.command.set(next.claims) });
  return enterpriseView(profile, beijingDate(now), next.claims);
};
