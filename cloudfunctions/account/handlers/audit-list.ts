import type { accountContracts } from '@shared/contracts/account';
import { COLLECTIONS } from '../../collections';
import { PAGE_SIZE, readPage } from '../../_runtime/paging';
import { iso } from '../../_runtime/read-all';
import { requireUser, type Handler } from '../../_runtime/router';
import { departmentView, type RoleAuditRecord, type RoleState } from './role-audit';

const stateView = (state: RoleState) => ({ roles: state.roles, department: departmentView(state.department) });

/** The role audit log, newest first. */
export const listRoleAudit: Handler<(typeof accountContracts)['audit.list']> = async (input, ctx) => {
  requireUser(ctx);
  const page = await readPage<RoleAuditRecord & Record<string, unknown>>(ctx.db, COLLECTIONS.roleAudit, {}, { field: 'at', direction: 'desc' }, input.cursor, input.limit ?? PAGE_SIZE);
  return {
    items: page.items.map((entry) => ({
      id: String(entry._id),
      at: iso(entry.at)!,
      by: { openid: entry.byOpenid, name: entry.byName },
      target: { openid: entry.targetOpenid, name: entry.targetName },
      before: stateView(entry.before),
      after: stateView(entry.after),
      reason: entry.reason,
    })),
    nextCursor: page.nextCursor,
  };
};
