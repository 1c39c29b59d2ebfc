import { beijingDate } from '@shared/calendar/working-days';
import type { policyContracts } from '@shared/contracts/policy';
import { departmentName } from '@shared/departments';
import { FIELD_META } from '@shared/enterprise/fields';
import { markVerified } from '@shared/enterprise/profile';
import { AppError } from '@shared/errors';
import { requireUser, type Handler } from '../../_runtime/router';
import { loadEnterprise, saveProfile } from '../store/enterprises';
import { enterpriseView } from '../views';

/** Staff mark fields verified by their department. A field nobody filled in cannot be verified. */
export const verifyEnterprise: Handler<(typeof policyContracts)['enterprises.verify']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  const stored = await loadEnterprise(ctx.db, input.creditCode);
  const empty = input.fields.filter((field) => (stored.profile as Record<string, unknown>)[field] === undefined);
  if (empty.length > 0) {
    throw new AppError('CONFLICT', `以下项目企业尚未填写，无法核验：${empty.map((f) => FIELD_META[f].label).join('、')}`, { fields: empty });
  }
  const now = new Date();
  const by = user.department ? departmentName(user.department) : '政务服务数据管理局';
  const profile = markVerified(stored.profile, input.fields, by, now.toISOString());
  await saveProfile(ctx.db, stored._id, profile, now);
  return enterpriseView(profile, beijingDate(now));
};
