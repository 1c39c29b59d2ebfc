import { beijingDate } from '@shared/calendar/working-days';
import type { policyContracts } from '@shared/contracts/policy';
import { AppError } from '@shared/errors';
import { PROFILE_FIELDS } from '@shared/enterprise/fields';
import { enterpriseProfileSchema, type EnterpriseProfile, type ProvenanceMap } from '@shared/enterprise/profile';
import { issuesOf } from '@shared/validation';
import { requireUser, type Handler } from '../../_runtime/router';
import { requireEnterpriseMember } from '../access';
import { loadEnterprise, saveProfile } from '../store/enterprises';
import { enterpriseView } from '../views';

/** The whole profile after the edit, checked across fields (revenue against headcount); refused with the field named. */
function checkedProfile(merged: unknown): EnterpriseProfile {
  const result = enterpriseProfileSchema.safeParse(merged);
  if (result.success) return result.data;
  const fields = issuesOf(result.error).map((issue) => ({ ...issue, path: `values.${issue.path}` }));
  throw new AppError('VALIDATION_FAILED', `企业信息有 ${fields.length} 处需要修改：${fields[0]!.message}`, { fields });
}

/**
 * The enterprise fills in or changes part of its profile. Each value sent becomes self-declared (even one that was
 * verified: the department's check was of the old value); untouched values keep their provenance.
 */
export const upsertProfile: Handler<(typeof policyContracts)['enterprises.upsertProfile']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  requireEnterpriseMember(user, input.creditCode);
  const stored = await loadEnterprise(ctx.db, input.creditCode);
  const now = new Date();
  const at = now.toISOString();
  const provenance: ProvenanceMap = { ...stored.profile.provenance };
  const patch = input.values as Record<string, unknown>;
  for (const field of PROFILE_FIELDS) {
    if (patch[field] !== undefined) provenance[field] = { source: 'self_declared', at };
  }
  const profile: EnterpriseProfile = checkedProfile({ ...stored.profile, ...input.values, creditCode: stored._id, provenance });
  await saveProfile(ctx.db, stored._id, profile, now);
  return enterpriseView(profile, beijingDate(now));
};
