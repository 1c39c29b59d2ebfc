import type { accountContracts } from '@shared/contracts/account';
import { departmentName } from '@shared/departments';
import { requireUser, type Handler } from '../../_runtime/router';

export const whoami: Handler<typeof accountContracts.whoami> = async (_input, ctx) => {
  const { openid, user } = requireUser(ctx);
  return {
    openid,
    name: user.name,
    roles: user.roles,
    department: user.department ? { id: user.department, name: departmentName(user.department) } : null,
    enterprises: user.enterprises,
    created: ctx.userCreated,
  };
};
