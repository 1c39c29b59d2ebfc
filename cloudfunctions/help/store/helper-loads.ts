import { OWNED_STATES } from '@shared/help/states';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';

export interface HelperLoad {
  activeCount: number;
  completedCount: number;
}

/** How many requests each helper owns now and has completed (one aggregation for the whole list). */
export async function helperLoads(db: Database, openids: string[]): Promise<Map<string, HelperLoad>> {
  const out = new Map<string, HelperLoad>(openids.map((id) => [id, { activeCount: 0, completedCount: 0 }]));
  if (openids.length === 0) return out;
  const _ = db.command;
  const $ = _.aggregate;
  const { data } = (await db
    .collection(COLLECTIONS.helpRequests)
    .aggregate()
    .match({ 'helper.openid': _.in(openids), state: _.in([...OWNED_STATES, 'completed']) })
    .group({ _id: '$helper.openid', completed: $.sum($.cond({ if: $.eq(['$state', 'completed']), then: 1, else: 0 })), total: $.sum(1) })
    .end()) as { data: { _id: string; completed: number; total: number }[] };
  for (const row of data) out.set(row._id, { activeCount: row.total - row.completed, completedCount: row.completed });
  return out;
}
