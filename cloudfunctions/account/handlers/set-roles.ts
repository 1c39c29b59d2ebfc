import type { accountContracts } from '@shared/contracts/account';
import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../collections';
import { requireUser, type Handler } from '../../_runtime/router';

export const setRoles: Handler<(typeof accountContracts)['users.setRoles']> = async (input, ctx) => {
  const { openid: adminOpenid } = requireUser(ctx);
  const users = ctx.db.collection(COLLECTIONS.users);
  const department = input.roles.includes('staff') ? input.department : null;
  const { updated } = (await users.doc(input.openid).update({ roles: input.roles, department, updatedAt: new Date() })) as { updated?: number };
  if (!updated) {
    const found = await users.doc(input.openid).get();
    if (!(found.data as unknown[] | undefined)?.length) throw new AppError('NOT_FOUND', '没有找到这个用户：请让对方先打开一次小程序。');
  }
  ctx.log.info('roles_changed', { by: adminOpenid, openid: input.openid, roles: input.roles, department });
  return { openid: input.openid, roles: input.roles, department };
};
