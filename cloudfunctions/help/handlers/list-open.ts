import type { helpContracts } from '@shared/contracts/help';
import { WAITING_STATES } from '@shared/help/states';
import { COLLECTIONS } from '../../collections';
import { readAll } from '../../_runtime/read-all';
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
  const docs = await readAll<StoredHelpRequest>(
    ctx.db,
    COLLECTIONS.helpRequests,
    { state: _.in([...WAITING_STATES]), kind: _.in(helper.skills), regionPath: _.in(helper.serviceAreas) },
    { orderBy: ['window.from', 'asc'], max: 1000 },
  );
  const now = new Date();
  const actor = { role: 'helper' as const, openid, name: helper.identity.realName };
  return {
    items: docs
      .filter((doc) => isCandidate(helper, doc))
      .slice(0, input.limit)
      .map((doc) => requestSummary(doc, { relation: 'candidate', actor }, { reveal: false, now })),
  };
};
