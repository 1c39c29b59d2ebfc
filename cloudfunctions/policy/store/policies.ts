import type { CalendarDate } from '@shared/enterprise/calendar-date';
import { isPolicyOpen, policySchema, type Policy } from '@shared/policy/policy';
import type { Database } from '../../_runtime/cloudbase';
import { readAll } from '../../_runtime/read-all';
import { COLLECTIONS } from '../../collections';

/**
 * Published policies whose window includes `today`, each parsed again (the eligibility expression is validated and
 * normalised by its schema), ordered by id so answers are stable.
 */
export async function openPolicies(db: Database, today: CalendarDate): Promise<Policy[]> {
  const docs = await readAll<Record<string, unknown>>(db, COLLECTIONS.policies, { status: 'published' }, { orderBy: ['_id', 'asc'] });
  const policies: Policy[] = [];
  for (const { _id, createdAt, updatedAt, ...doc } of docs) {
    void _id;
    void createdAt;
    void updatedAt;
    const parsed = policySchema.safeParse(doc);
    if (parsed.success && isPolicyOpen(parsed.data, today)) policies.push(parsed.data);
  }
  return policies;
}
