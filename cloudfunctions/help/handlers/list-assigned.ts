import type { helpContracts } from '@shared/contracts/help';
import { FINAL_STATES } from '@shared/help/states';
import { COLLECTIONS } from '../../collections';
import { readAll } from '../../_runtime/read-all';
import { requireUser, type Handler } from '../../_runtime/router';
import { loadHelper } from '../store/helpers';
import type { StoredHelpRequest } from '../store/types';
import { requestSummary } from '../views/request-view';

/** The helper's own work: what they accepted or were assigned (reassigned-away requests leave the list). */
export const listAssignedRequests: Handler<(typeof helpContracts)['requests.listAssigned']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const _ = ctx.db.command;
  const where: Record<string, unknown> = { 'helper.openid': openid };
  if (input.filter === 'active') where.state = _.nin([...FINAL_STATES]);
  if (input.filter === 'finished') where.state = _.in([...FINAL_STATES]);
  const order: [string, 'asc' | 'desc'] = input.filter === 'active' ? ['window.from', 'asc'] : ['updatedAt', 'desc'];
  const docs = await readAll<StoredHelpRequest>(ctx.db, COLLECTIONS.helpRequests, where, { orderBy: order, max: 500 });
  const helper = await loadHelper(ctx.db, openid);
  const actor = { role: 'helper' as const, openid, name: helper?.identity.realName ?? user.name };
  const now = new Date();
  return { items: docs.map((doc) => requestSummary(doc, { relation: 'helper', actor }, { reveal: false, now })) };
};
