import type { helpContracts } from '@shared/contracts/help';
import { fullRegionDirectory } from '@shared/datasets/region-streets';
import { AppError } from '@shared/errors';
import { availableDuring, mismatches } from '@shared/help/matching';
import { regionCovers } from '@shared/help/regions';
import { COLLECTIONS } from '../../collections';
import { readAll } from '../../_runtime/read-all';
import { requireUser, type Handler } from '../../_runtime/router';
import { matchRequest } from '../access';
import { helperLoads } from '../store/helper-loads';
import { matchProfile } from '../store/helpers';
import { loadRequest, notFound } from '../store/requests';
import type { StoredHelper, StoredHelpRequest } from '../store/types';
import { helperProfileView } from '../views/helper-view';

function fitFor(helper: StoredHelper, doc: StoredHelpRequest) {
  const misfits = mismatches(matchProfile(helper), matchRequest(doc));
  if (helper._id === doc.requesterOpenid) misfits.push('是申请人本人');
  return { matches: misfits.length === 0, mismatches: misfits, availableInWindow: availableDuring(helper.availability, doc.window) };
}

/** The coordinator's list of helpers; with a request, ranked as candidates (fits, free in its window, least busy). */
export const listHelpers: Handler<(typeof helpContracts)['helpers.list']> = async (input, ctx) => {
  requireUser(ctx);
  const where: Record<string, unknown> = input.status ? { status: input.status } : {};
  let helpers = await readAll<StoredHelper>(ctx.db, COLLECTIONS.helpers, where, { max: 2000 });
  if (input.regionCode) {
    const code = fullRegionDirectory().normalize(input.regionCode);
    if (!code) throw new AppError('VALIDATION_FAILED', '没有这个行政区划代码', { fields: [{ path: 'regionCode', message: '没有这个行政区划代码' }] });
    helpers = helpers.filter((h) => h.serviceAreas.some((area) => regionCovers(area, code) || regionCovers(code, area)));
  }
  const doc = input.forRequestId ? await loadRequest(ctx.db, input.forRequestId) : null;
  if (input.forRequestId && !doc) throw notFound();
  const loads = await helperLoads(ctx.db, helpers.map((h) => h._id));
  const items = helpers.map((h) => ({ ...helperProfileView(h, loads.get(h._id)!), fit: doc ? fitFor(h, doc) : null }));
  if (doc) {
    items.sort(
      (a, b) =>
        Number(b.fit!.matches) - Number(a.fit!.matches) ||
        Number(b.fit!.availableInWindow) - Number(a.fit!.availableInWindow) ||
        a.activeCount - b.activeCount,
    );
  }
  return { items };
};
