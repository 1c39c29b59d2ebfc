/**
 * Tells the applicant about every change of their case. Subscribe messages need a one-time quota the person
 * grants by tapping; until that exists here, every notice goes to the in-app inbox (`messages`).
 */
import { CASE_EVENT_LABELS, TASK_STATE_LABELS } from '@shared/onething/states';
import type { CaseEventRecord } from '@shared/onething/machine';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import type { StoredCase } from './types';

export function messageFor(doc: StoredCase, event: CaseEventRecord): { title: string; body: string } {
  const task = event.taskId ? doc.tasks.find((t) => t.id === event.taskId) : undefined;
  const what = task ? `「${task.name}」${CASE_EVENT_LABELS[event.event]}` : CASE_EVENT_LABELS[event.event];
  const state = task ? `，现在${TASK_STATE_LABELS[task.state]}` : '';
  const note = event.note && event.event !== 'approve' ? `：${event.note}` : '';
  return { title: `${doc.themeName} ${doc.number}`, body: `${what}${state}${note}` };
}

export async function notifyApplicant(db: Database, doc: StoredCase, events: readonly CaseEventRecord[], now: Date): Promise<void> {
  for (const event of events) {
    // The applicant's own steps need no message back.
    if (event.actor.kind === 'applicant' && event.event !== 'submit') continue;
    const { title, body } = messageFor(doc, event);
    await db.collection(COLLECTIONS.messages).add({
      openid: doc.applicantOpenid,
      channel: 'in_app',
      kind: 'onething_case',
      caseId: doc._id,
      caseNumber: doc.number,
      event: event.event,
      taskId: event.taskId,
      title,
      body,
      read: false,
      createdAt: now,
    });
  }
}
