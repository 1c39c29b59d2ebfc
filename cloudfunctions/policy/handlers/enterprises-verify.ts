import { beijingDate } from '@shared/calendar/working-days';
import type { policyContracts } from '@shared/contracts/policy';
import { departmentName } from '@shared/departments';
import { decideClaims } from '@shared/enterprise/claims';
import { FIELD_META, type ProfileField } from '@shared/enterprise/fields';
import { markVerified } from '@shared/enterprise/profile';
import { AppError } from '@shared/errors';
import { requireUser, type Handler } from '../../_runtime/router';
import { COLLECTIONS } from '../../collections';
import { loadEnterprise, saveProfile } from '../store/enterprises';
import { enterpriseView } from '../views';

const labels = (fields: ProfileField[]) => fields.map((f) => FIELD_META[f].label).join('、');

/**
 * Staff mark fields verified by their department. A field nobody filled in cannot be verified. Where the
 * enterprise has a pending claim on a verified field, only the department that verified it decides: verifying
 * accepts the claimed value, `rejectClaims` keeps the verified one.
 */
export const verifyEnterprise: Handler<(typeof policyContracts)['enterprises.verify']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  const stored = await loadEnterprise(ctx.db, input.creditCode);
  const claims = stored.claims ?? {};
  const by = user.department ? departmentName(user.department) : '政务服务数据管理局';
  const claimed = input.fields.filter((field) => claims[field]);
  const plain = input.fields.filter((field) => !claims[field]);
  const empty = plain.filter((field) => (stored.profile as Record<string, unknown>)[field] === undefined);
  if (empty.length > 0) {
    throw new AppError('CONFLICT', `以下项目企业尚未填写，无法核验：${labels(empty)}`, { fields: empty });
  }
  const noClaim = input.rejectClaims.filter((field) => !claims[field]);
  if (noClaim.length > 0) throw new AppError('CONFLICT', `以下项目没有待核验的企业申报：${labels(noClaim)}`, { fields: noClaim });
  const notOurs = [...claimed, ...input.rejectClaims].filter((field) => {
    const source = stored.profile.provenance[field];
    return source?.source === 'verified' && source.by !== by;
  });
  if (notOurs.length > 0) {
    throw new AppError('FORBIDDEN', `以下项目由其他部门核验，企业的申报须由原核验部门确认：${labels(notOurs)}`, { fields: notOurs });
  }
  const now = new Date();
  const at = now.toISOString();
  const decided = decideClaims(stored.profile, claims, claimed, input.rejectClaims, by, at);
  const profile = markVerified(decided.profile, plain, by, at);
  await saveProfile(ctx.db, stored._id, profile, now);
  await ctx.db.collection(COLLECTIONS.enterprises).doc(stored._id).update({ claims: ctx.db.command.set(decided.claims) });
  return enterpriseView(profile, beijingDate(now), decided.claims);
};
