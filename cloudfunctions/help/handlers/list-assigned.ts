import type { helpContracts } from '@shared/contracts/help';
import { FINAL_STATES } from '@shared/help/states';
import { COLLECTIONS } from '../../collections';
import { PAGE_SIZE, readPage, type PageOrder } from '../../_runtime/paging';
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
  // Work still to do comes soonest first; finished work most recent first.
  const order: PageOrder = input.filter === 'active' ? { field: 'window.from', direction: 'asc' } : { field: 'updatedAt', direction: 'desc' };
  const [page, helper] = await Promise.all([
    readPage<StoredHelpRequest & Record<string, unknown>>(ctx.db, COLLECTIONS.helpRequests, where, order, input.cursor, input.limit ?? PAGE_SIZE),
    loadHelper(ctx.db, openid),
  ]);
  const actor = { role: 'helper' as const, openid, name: helper?.identity.realName ?? user.name };
  const now = new Date();
  return { nextCursor: page.nextCursor, items: page.items.map((doc) => requestSummary(doc, { relation: 'helper', actor }, { reveal: false, now })) };
};
