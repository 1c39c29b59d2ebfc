/** `policy_objections`: a 免申即享 objection, one per delivery (_id = the delivery id), for the issuing department. */
import type { ObjectionView } from '@shared/contracts/policy';
import type { Database } from '../../_runtime/cloudbase';
import { readAll } from '../../_runtime/read-all';
import { COLLECTIONS } from '../../collections';

export interface ObjectionDoc {
  _id: string;
  policyId: string;
  creditCode: string;
  enterpriseName: string;
  department: string;
  reason: string;
  status: 'submitted' | 'answered';
  openid: string;
  createdAt: Date;
}

/** False when the delivery already has an objection. */
export async function createObjection(db: Database, doc: ObjectionDoc): Promise<boolean> {
  try {
    await db.collection(COLLECTIONS.policyObjections).add(doc);
    return true;
  } catch (error) {
    if (/DuplicateWrite|duplicate/i.test(String((error as Error)?.message ?? error))) return false;
    throw error;
  }
}

export async function objectionsFor(db: Database, where: Record<string, unknown>, max = 1000): Promise<ObjectionDoc[]> {
  return readAll<ObjectionDoc>(db, COLLECTIONS.policyObjections, where, { orderBy: ['createdAt', 'desc'], max });
}

const STATUS_LABEL = { submitted: '已送达发文部门', answered: '部门已答复' } as const;

export function objectionView(doc: ObjectionDoc): ObjectionView {
  return {
    id: doc._id,
    deliveryId: doc._id,
    policyId: doc.policyId,
    creditCode: doc.creditCode,
    enterpriseName: doc.enterpriseName,
    department: doc.department,
    reason: doc.reason,
    status: { value: doc.status, label: STATUS_LABEL[doc.status] },
    at: doc.createdAt instanceof Date ? doc.createdAt.toISOString() : String(doc.createdAt),
  };
}
