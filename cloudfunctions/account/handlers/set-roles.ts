import type { accountContracts } from '@shared/contracts/account';
import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../collections';
import { requireUser, type Handler, type HandlerContext } from '../../_runtime/router';

/** The city must never be left without an administrator: nobody could then grant roles again. */
async function refuseRemovingLastAdmin(ctx: HandlerContext, target: string, caller: string): Promise<void> {
  const { total } = (await ctx.db.collection(COLLECTIONS.users).where({ roles: 'admin', _id: ctx.db.command.neq(target) }).count()) as { total: number };
  if (total > 0) return;
  const targetIsAdmin = target === caller || ((await ctx.db.collection(COLLECTIONS.users).doc(target).get()).data as { roles?: string[] }[] | undefined)?.[0]?.roles?.includes('admin');
  if (!targetIsAdmin) return;
  throw new AppError(
    'CONFLICT',
    target === caller ? '您是唯一的管理员，不能取消自己的管理员角色。请先把另一位同事设为管理员，再由对方调整您的角色。' : '这是唯一的管理员，不能取消其管理员角色。请先设置另一位管理员。',
  );
}

export const setRoles: Handler<(typeof accountContracts)['users.setRoles']> = async (input, ctx) => {
  const { openid: adminOpenid } = requireUser(ctx);
  const users = ctx.db.collection(COLLECTIONS.users);
  const department = input.roles.includes('staff') ? input.department : null;
  if (!input.roles.includes('admin')) await refuseRemovingLastAdmin(ctx, input.openid, adminOpenid);
  const { updated } = (await users.doc(input.openid).update({ roles: input.roles, department, updatedAt: new Date() })) as { updated?: number };
  if (!updated) {
    const found = await users.doc(input.openid).get();
    if (!(found.data as unknown[] | undefined)?.length) throw new AppError('NOT_FOUND', '没有找到这个用户：请让对方先打开一次小程序。');
  }
  ctx.log.info('roles_changed', { by: adminOpenid, openid: input.openid, roles: input.roles, department });
  return { openid: input.openid, roles: input.roles, department };
};
