import { AppError } from '@shared/errors';
import type { UserRecord } from '../_runtime/users';

const isLinked = (user: UserRecord, creditCode: string) => user.enterprises.some((link) => link.enterpriseId === creditCode);

/** Staff and admins read any enterprise; anyone else only an enterprise their account is linked to. */
export function requireEnterpriseReader(user: UserRecord, creditCode: string): void {
  if (user.roles.includes('staff') || user.roles.includes('admin')) return;
  if (isLinked(user, creditCode)) return;
  throw new AppError('FORBIDDEN', '您还没有绑定这家企业，不能查看它的档案。请先以法定代表人或授权经办人身份绑定企业。');
}

/** The enterprise's own people only: its inbox, its settings and what it declares are not staff business. */
export function requireEnterpriseMember(user: UserRecord, creditCode: string): void {
  if (isLinked(user, creditCode)) return;
  throw new AppError('FORBIDDEN', '只有绑定了这家企业的法定代表人或经办人才能查看和办理。');
}
