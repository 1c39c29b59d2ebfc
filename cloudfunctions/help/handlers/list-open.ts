import type { helpContracts } from '@shared/contracts/help';
import { WAITING_STATES } from '@shared/help/states';
import { COLLECTIONS } from '../../collections';
import { PAGE_SIZE, readFilteredPage } from '../../_runtime/paging';
import { requireUser, type Handler } from '../../_runtime/router';
import { isCandidate } from '../access';
import { requireVerifiedHelper } from '../store/helpers';
import type { StoredHelpRequest } from '../store/types';
import { requestSummary } from '../views/request-view';

/** Open requests this helper may accept: in their areas, of their skills, with needs they support; soonest first. */
export const listOpenRequests: Handler<(typeof helpContracts)['requests.listOpen']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const helper = await requireVerifiedHelper(ctx.db, openid);
  const _ = ctx.db.command;
  // The query narrows by state, skill and area; the needs and hours a helper supports are judged per request.
  const page = await readFilteredPage<StoredHelpRequest & Record<string, unknown>>(
    ctx.db,
    COLLECTIONS.helpRequests,
    { state: _.in([...WAITING_STATES]), kind: _.in(helper.skills), regionPath: _.in(helper.serviceAreas) },
    { field: 'window.from', direction: 'asc' },
    input.cursor,
    input.limit ?? PAGE_SIZE,
    (doc) => isCandidate(helper, doc),
  );
  const now = new Date();
  const actor = { role: 'helper' as const, openid, name: helper.identity.realName };
  return { nextCursor: page.nextCursor, items: page.items.map((doc) => requestSummary(doc, { relation: 'candidate', actor }, { reveal: false, now })) };
};
