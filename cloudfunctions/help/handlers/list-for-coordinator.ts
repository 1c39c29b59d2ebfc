import type { ParsedInputOf } from '@shared/contract';
import type { helpContracts } from '@shared/contracts/help';
import { fullRegionDirectory } from '@shared/datasets/region-streets';
import { AppError } from '@shared/errors';
import { FINAL_STATES, OWNED_STATES } from '@shared/help/states';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import { PAGE_SIZE, readTieredPage, type PageOrder } from '../../_runtime/paging';
import { requireUser, type Handler } from '../../_runtime/router';
import type { StoredHelpRequest } from '../store/types';
import { requestSummary } from '../views/request-view';

type Input = ParsedInputOf<(typeof helpContracts)['requests.listForCoordinator']>;

const WAITING = ['submitted', 'received', 'authorized'];
const NOT_FINAL = [...WAITING, ...OWNED_STATES];

/** The query of one tab; a command (`_.and`) where a plain object cannot say it. */
function filterQuery(db: Database, filter: Input['filter']): object {
  const _ = db.command;
  switch (filter) {
    case 'attention':
      return _.and([{ state: _.in(NOT_FINAL) }, _.or([{ escalation: _.neq(null) }, { overdue: _.neq(null) }])]);
    case 'open':
      return { state: _.in(WAITING) };
    case 'active':
      return { state: _.in([...OWNED_STATES]) };
    case 'awaiting_callback':
      return { state: _.in(['completed', 'terminated']), 'callbacks.reached': _.neq(true) };
    case 'finished':
      return { state: _.in([...FINAL_STATES]) };
    default:
      return {};
  }
}

async function count(db: Database, where: object): Promise<number> {
  const { total } = (await db.collection(COLLECTIONS.helpRequests).where(where).count()) as { total: number };
  return total;
}

/** The coordinator's desk: what needs them first (escalated, overdue), then by preferred time; finished tabs newest first. */
export const listForCoordinator: Handler<(typeof helpContracts)['requests.listForCoordinator']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const _ = ctx.db.command;
  let where = filterQuery(ctx.db, input.filter);
  if (input.regionCode) {
    const code = fullRegionDirectory().normalize(input.regionCode);
    if (!code) throw new AppError('VALIDATION_FAILED', '没有这个行政区划代码', { fields: [{ path: 'regionCode', message: '没有这个行政区划代码' }] });
    where = _.and([where, { regionPath: code }]);
  }
  const finished = input.filter === 'finished' || input.filter === 'awaiting_callback';
  const flagged = _.or([{ escalation: _.neq(null) }, { overdue: _.neq(null) }]);
  const tiers = finished || input.filter === 'attention' ? [where] : [_.and([where, flagged]), _.and([where, { escalation: null, overdue: null }])];
  const order: PageOrder = finished ? { field: 'updatedAt', direction: 'desc' } : { field: 'window.from', direction: 'asc' };
  const [page, attention, open, active, awaitingCallback] = await Promise.all([
    readTieredPage<StoredHelpRequest & Record<string, unknown>>(ctx.db, COLLECTIONS.helpRequests, tiers as Record<string, unknown>[], order, input.cursor, input.limit ?? PAGE_SIZE),
    ...(['attention', 'open', 'active', 'awaiting_callback'] as const).map((f) => count(ctx.db, filterQuery(ctx.db, f))),
  ]);
  const now = new Date();
  const viewer = { relation: 'coordinator' as const, actor: { role: 'coordinator' as const, openid, name: user.name } };
  return {
    items: page.items.map((doc) => requestSummary(doc, viewer, { reveal: false, now })),
    nextCursor: page.nextCursor,
    counts: { attention, open, active, awaitingCallback },
  };
};
