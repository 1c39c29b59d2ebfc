import { AppError } from '@shared/errors';
import type { MachineRequest, Refusal, Step } from '@shared/help/machine';
import { HELP_STATE_LABELS } from '@shared/help/states';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import { replacing } from '../../_runtime/replacing';
import type { StoredHelpRequest } from './types';

export async function loadRequest(db: Database, id: string): Promise<StoredHelpRequest | null> {
  return getById<StoredHelpRequest>(db, COLLECTIONS.helpRequests, id);
}

/** NOT_FOUND with the same words whether the request does not exist or the caller may not see it. */
export function notFound(): AppError {
  return new AppError('NOT_FOUND', '没有找到这件帮办申请：可能已被撤销，或不在您的服务范围内。请刷新后重试。');
}

export function machineRequest(doc: StoredHelpRequest): MachineRequest {
  return {
    kind: doc.kind,
    state: doc.state,
    requesterOpenid: doc.requesterOpenid,
    helper: doc.helper ? { openid: doc.helper.openid, name: doc.helper.name } : null,
    authorization: doc.authorization,
  };
}

export function throwRefusal(refusal: Refusal): never {
  throw new AppError(refusal.code, refusal.message);
}

export type StepFields = Partial<Omit<StoredHelpRequest, '_id' | 'state' | 'version' | 'timeline'>>;

/**
 * Writes one step of the state machine, only if nobody changed the request's state or owner since it was read
 * (the version condition): of many simultaneous steps exactly one is written. Returns the request as written,
 * or null when the condition failed (the caller says why, after looking at what is there now).
 */
export async function commitStep(db: Database, doc: StoredHelpRequest, step: Step, fields: StepFields, now: Date): Promise<StoredHelpRequest | null> {
  const _ = db.command;
  const changed = step.state !== doc.state || step.helper?.openid !== doc.helper?.openid;
  const version = changed ? doc.version + 1 : doc.version;
  const set = { ...fields, state: step.state, version, updatedAt: now };
  const { updated } = (await db
    .collection(COLLECTIONS.helpRequests)
    .where({ _id: doc._id, version: doc.version })
    .update({ ...replacing(db, set), timeline: _.push([step.entry]) })) as { updated?: number };
  if (!updated) return null;
  return { ...doc, ...set, timeline: [...doc.timeline, step.entry] };
}

/** commitStep, turning a lost race into CONFLICT that says what happened meanwhile. */
export async function commitOrConflict(db: Database, doc: StoredHelpRequest, step: Step, fields: StepFields, now: Date): Promise<StoredHelpRequest> {
  const written = await commitStep(db, doc, step, fields, now);
  if (written) return written;
  const current = await loadRequest(db, doc._id);
  const state = current ? HELP_STATE_LABELS[current.state] : '已删除';
  throw new AppError('CONFLICT', `这件申请刚刚有了变化（现在「${state}」），请刷新后查看最新情况。`, { state: current?.state ?? null });
}

/** Appends a timeline entry and sets flags without touching state or version (SLA flags, callbacks). */
export async function appendWhere(
  db: Database,
  where: Record<string, unknown>,
  fields: Record<string, unknown>,
  entry: Step['entry'],
  now: Date,
): Promise<boolean> {
  const _ = db.command;
  const { updated } = (await db
    .collection(COLLECTIONS.helpRequests)
    .where(where)
    .update({ ...replacing(db, { ...fields, updatedAt: now }), timeline: _.push([entry]) })) as { updated?: number };
  return Boolean(updated);
}
