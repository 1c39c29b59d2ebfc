import type { accountContracts } from '@shared/contracts/account';
import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../collections';
import { getById } from '../../_runtime/read-all';
import { requireUser, type Handler, type HandlerContext } from '../../_runtime/router';
import { recordRoleChange, sameRoles, type RoleState } from './role-audit';

interface StoredUser {
  name?: string | null;
  roles?: RoleState['roles'];
  department?: string | null;
}

/**
 * An administrator never removes their own admin role: a slip of the finger would lock them out, and a city left
 * without administrators could never grant roles again. Another administrator has to do it.
 */
async function refuseSelfDemotion(ctx: HandlerContext): Promise<void> {
  const { total } = (await ctx.db.collection(COLLECTIONS.users).where({ roles: 'admin', _id: ctx.db.command.neq(ctx.openid) }).count()) as { total: number };
  throw new AppError(
    'CONFLICT',
    total === 0
      ? '您是唯一的管理员，不能取消自己的管理员角色。请先把另一位同事设为管理员，再由对方调整您的角色。'
      : '不能取消自己的管理员角色，以免误操作后无法再管理。如需调整，请另一位管理员操作。',
  );
}

export const setRoles: Handler<(typeof accountContracts)['users.setRoles']> = async (input, ctx) => {
  const { openid: adminOpenid, user: admin } = requireUser(ctx);
  const department = input.roles.includes('staff') ? input.department : null;
  if (input.openid === adminOpenid && !input.roles.includes('admin')) await refuseSelfDemotion(ctx);

  const target = await getById<StoredUser>(ctx.db, COLLECTIONS.users, input.openid);
  if (!target) throw new AppError('NOT_FOUND', '没有找到这个用户：请让对方先打开一次小程序。');
  const before: RoleState = { roles: target.roles ?? ['citizen'], department: target.department ?? null };
  const after: RoleState = { roles: input.roles, department };
  if (sameRoles(before, after)) return { openid: input.openid, roles: input.roles, department };

  const at = new Date();
  await ctx.db.collection(COLLECTIONS.users).doc(input.openid).update({ roles: input.roles, department, updatedAt: at });
  await recordRoleChange(ctx.db, {
    at,
    byOpenid: adminOpenid,
    byName: admin.name,
    targetOpenid: input.openid,
    targetName: target.name ?? null,
    before,
    after,
    reason: input.reason || null,
  });
  ctx.log.info('roles_changed', { by: adminOpenid, openid: input.openid, roles: input.roles, department });
  return { openid: input.openid, roles: input.roles, department };
};
