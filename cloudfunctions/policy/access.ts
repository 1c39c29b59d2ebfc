import { AppError } from '@shared/errors';
import type { UserRecord } from '../_runtime/users';

/** Staff and admins read any enterprise; anyone else only an enterprise their account is linked to. */
export function requireEnterpriseReader(user: UserRecord, creditCode: string): void {
  if (user.roles.includes('staff') || user.roles.includes('admin')) return;
  if (user.enterprises.some((link) => link.enterpriseId === creditCode)) return;
  throw new AppError('FORBIDDEN', '您还没有绑定这家企业，不能查看它的档案。请先以法定代表人或授权经办人身份绑定企业。');
}
