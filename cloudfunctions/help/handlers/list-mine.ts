import type { helpContracts } from '@shared/contracts/help';
import { FINAL_STATES } from '@shared/help/states';
import { COLLECTIONS } from '../../collections';
import { PAGE_SIZE, readPage } from '../../_runtime/paging';
import { requireUser, type Handler } from '../../_runtime/router';
import type { StoredHelpRequest } from '../store/types';
import { requestSummary } from '../views/request-view';

export const listMyRequests: Handler<(typeof helpContracts)['requests.listMine']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const _ = ctx.db.command;
  const where: Record<string, unknown> = { requesterOpenid: openid };
  if (input.filter === 'active') where.state = _.nin([...FINAL_STATES]);
  if (input.filter === 'finished') where.state = _.in([...FINAL_STATES]);
  const page = await readPage<StoredHelpRequest & Record<string, unknown>>(ctx.db, COLLECTIONS.helpRequests, where, { field: 'createdAt', direction: 'desc' }, input.cursor, input.limit ?? PAGE_SIZE);
  const now = new Date();
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((doc) =>
      requestSummary(doc, { relation: 'requester', actor: { role: 'requester', openid, name: user.name ?? doc.contact.name } }, { reveal: false, now }),
    ),
  };
};
