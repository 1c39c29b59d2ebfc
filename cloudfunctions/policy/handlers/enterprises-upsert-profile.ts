import { beijingDate } from '@shared/calendar/working-days';
import type { policyContracts } from '@shared/contracts/policy';
import { applyDeclaration } from '@shared/enterprise/claims';
import { enterpriseProfileSchema, type EnterpriseProfile } from '@shared/enterprise/profile';
import { AppError } from '@shared/errors';
import { issuesOf } from '@shared/validation';
import { requireUser, type Handler } from '../../_runtime/router';
import { COLLECTIONS } from '../../collections';
import { requireEnterpriseMember } from '../access';
import { saveProfile } from '../store/enterprises';
import { enterpriseView } from '../views';

/** The whole profile after the edit, checked across fields (revenue against headcount); refused with the field named. */
function checkedProfile(merged: unknown): EnterpriseProfile {
  const result = enterpriseProfileSchema.safeParse(merged);
  if (result.success) return result.data;
  const fields = issuesOf(result.error).map((issue) => ({ ...issue, path: `values.${issue.path}` }));
  throw new AppError('VALIDATION_FAILED', `企业信息有 ${fields.length} 处需要修改：${fields[0]!.message}`, { fields });
}

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
  const profile: EnterpriseProfile = checkedProfile({ ...next.profile, creditCode: stored._id });
  await saveProfile(ctx.db, stored._id, profile, now);
  await ctx.db.collection(COLLECTIONS.enterprises).doc(stored._id).update({ claims: ctx.db.command.set(next.claims) });
  return enterpriseView(profile, beijingDate(now), next.claims);
};
