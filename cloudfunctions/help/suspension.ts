/** When a helper is suspended, whatever they still own goes back to the coordinator to reassign. */
import { SYSTEM_ACTOR, transition } from '@shared/help/machine';
import { ESCALATION_REASON_LABELS } from '@shared/help/sla';
import { OWNED_STATES } from '@shared/help/states';
import { COLLECTIONS } from '../collections';
import type { Database } from '../_runtime/cloudbase';
import { readAll } from '../_runtime/read-all';
import { appendWhere, machineRequest } from './store/requests';
import type { StoredHelpRequest } from './store/types';

export async function escalateSuspendedHelpersRequests(db: Database, helperOpenid: string, now: Date): Promise<number> {
  const _ = db.command;
  const owned = await readAll<StoredHelpRequest>(db, COLLECTIONS.helpRequests, { 'helper.openid': helperOpenid, state: _.in([...OWNED_STATES]) });
  let count = 0;
  for (const doc of owned) {
    const reason = ESCALATION_REASON_LABELS.helper_suspended;
    const step = transition(machineRequest(doc), { type: 'escalate', reason }, SYSTEM_ACTOR, now);
    if (!step.ok) continue;
    const where = { _id: doc._id, version: doc.version, 'helper.openid': helperOpenid };
    if (await appendWhere(db, where, { escalation: { reason: 'helper_suspended', at: now } }, step.entry, now)) count += 1;
  }
  return count;
}
