/** `enterprise_binding_requests`: a bind as legal representative that the register could not confirm, awaiting a decision. */
import type { BindingRequestView } from '@shared/contracts/enterprise-binding';
import { ENTERPRISE_RELATION_LABEL } from '@shared/contracts/policy';
import { BINDING_REQUEST_STATUS_LABEL, type BindingRequestStatus } from '@shared/enterprise/binding';
import { maskName } from '@shared/mask';
import type { Database } from '../../_runtime/cloudbase';
import { getById, iso, readAll } from '../../_runtime/read-all';
import { COLLECTIONS } from '../../collections';

export interface BindingRequestDoc {
  _id: string;
  creditCode: string;
  enterpriseName: string;
  requesterOpenid: string;
  requesterName: string;
  relation: 'legal_representative';
  status: BindingRequestStatus;
  why: string;
  reason: string | null;
  decidedByOpenid: string | null;
  decidedBy: string | null;
  createdAt: Date;
  decidedAt: Date | null;
}

export function bindingRequestView(doc: BindingRequestDoc): BindingRequestView {
  return {
    id: doc._id,
    creditCode: doc.creditCode,
    enterpriseName: doc.enterpriseName,
    requesterName: maskName(doc.requesterName),
    role: { value: doc.relation, label: ENTERPRISE_RELATION_LABEL[doc.relation] },
    status: { value: doc.status, label: BINDING_REQUEST_STATUS_LABEL[doc.status] },
    why: doc.why,
    reason: doc.reason,
    decidedBy: doc.decidedBy,
    createdAt: iso(doc.createdAt)!,
    decidedAt: iso(doc.decidedAt),
  };
}

export async function loadBindingRequest(db: Database, id: string): Promise<BindingRequestDoc | null> {
  return getById<BindingRequestDoc>(db, COLLECTIONS.enterpriseBindingRequests, id);
}

export async function pendingRequestOf(db: Database, openid: string, creditCode: string): Promise<BindingRequestDoc | null> {
  const found = await readAll<BindingRequestDoc>(db, COLLECTIONS.enterpriseBindingRequests, { requesterOpenid: openid, creditCode, status: 'pending' }, { max: 1 });
  return found[0] ?? null;
}

export async function createBindingRequest(db: Database, doc: BindingRequestDoc): Promise<void> {
  await db.collection(COLLECTIONS.enterpriseBindingRequests).add(doc);
}

/** Moves a pending request on; false when someone else decided (or it was withdrawn) first. */
export async function settleBindingRequest(db: Database, id: string, changes: Partial<BindingRequestDoc>): Promise<boolean> {
  const res = await db.collection(COLLECTIONS.enterpriseBindingRequests).where({ _id: id, status: 'pending' }).update(changes);
  return (res.updated ?? 0) > 0;
}

export async function listBindingRequests(db: Database, where: Record<string, unknown>, order: 'asc' | 'desc'): Promise<BindingRequestDoc[]> {
  return readAll<BindingRequestDoc>(db, COLLECTIONS.enterpriseBindingRequests, where, { orderBy: ['createdAt', order], max: 200 });
}
