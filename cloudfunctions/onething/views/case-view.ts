/** The case as the applicant or a department sees it: tasks with their clocks, materials, corrections, timeline. */
import type { z } from 'zod';
import { addWorkingDays } from '@shared/calendar/working-days';
import { DELIVERY_LABELS, type FormField } from '@shared/catalog/schema';
import { SHARED_RECORDS } from '@shared/catalog/shared-records';
import type { caseSummarySchema, caseViewSchema, taskViewSchema } from '@shared/contracts/onething-cases';
import { departmentName } from '@shared/departments';
import { maskAddress, maskIdNumber, maskName, maskPhone } from '@shared/mask';
import { readClock } from '@shared/onething/clock';
import { handoverLabel, handoverState } from '@shared/onething/handover';
import { withdrawRefusal, type TaskRecord } from '@shared/onething/machine';
import { CASE_EVENT_LABELS, CASE_STATUS_LABELS, TASK_STATE_LABELS } from '@shared/onething/states';
import { iso } from '../../_runtime/read-all';
import { evaluationOfCase } from '../case-theme';
import type { StoredCase } from '../store/types';

type TaskView = z.input<typeof taskViewSchema>;
type CaseView = z.input<typeof caseViewSchema>;
type CaseSummary = z.input<typeof caseSummarySchema>;
export type Viewer = 'applicant' | 'staff';


export function taskView(task: TaskRecord, now: Date): TaskView {
  const clock = readClock(task.clock, now);
  return {
    id: task.id,
    name: task.name,
    department: { id: task.department, name: departmentName(task.department) },
    state: task.state,
    stateLabel: TASK_STATE_LABELS[task.state],
    after: task.after,
    legalDays: task.legalDays,
    promisedDays: task.promisedDays,
    dueOn: clock.dueOn,
    countdown: clock.countdown,
    overdue: clock.overdue,
    clockPaused: task.state === 'correction' && task.clock.runningSince === null,
    daysRemaining: clock.daysRemaining,
    correction: task.correction ? { requestedAt: iso(task.correction.requestedAt)!, items: task.correction.items, note: task.correction.note } : null,
    rejectionReason: task.rejectionReason,
    output: task.output,
    result: task.result ? { ...task.result, issuedAt: iso(task.result.issuedAt)! } : null,
    activatedAt: iso(task.activatedAt),
    acceptedAt: iso(task.acceptedAt),
    finishedAt: iso(task.finishedAt),
  };
}

/** How the result reaches the applicant; the EMS address whole only for the applicant. */
export function deliveryView(delivery: StoredCase['delivery'], viewer: Viewer): CaseView['delivery'] {
  return {
    method: { value: delivery.method, label: DELIVERY_LABELS[delivery.method] },
    address:
      delivery.method === 'ems'
        ? viewer === 'applicant'
          ? delivery.address
          : { recipient: maskName(delivery.address.recipient), phone: maskPhone(delivery.address.phone), address: maskAddress(delivery.address.address) }
        : null,
  };
}

export function handoverView(doc: StoredCase): CaseSummary['handover'] {
  const state = handoverState(doc.status, doc.handover);
  return {
    state,
    label: handoverLabel(state, doc.delivery.method),
    issuedAt: iso(doc.handover?.issuedAt ?? null),
    trackingNo: doc.handover?.trackingNo ?? null,
  };
}

export function caseSummary(doc: StoredCase, now: Date): CaseSummary {
  const clocks = doc.tasks.map((t) => readClock(t.clock, now));
  const due = clocks.map((c) => c.dueOn).filter((d): d is string => d !== null).sort();
  return {
    id: doc._id,
    number: doc.number,
    theme: { id: doc.themeId, name: doc.themeName, version: doc.themeVersion, city: doc.city },
    status: doc.status,
    statusLabel: CASE_STATUS_LABELS[doc.status],
    taskCount: doc.tasks.length,
    approvedCount: doc.tasks.filter((t) => t.state === 'approved').length,
    nextDueOn: due[0] ?? null,
    overdue: clocks.some((c) => c.overdue),
    correctionCount: doc.tasks.reduce((n, t) => n + (t.state === 'correction' ? (t.correction?.items.length ?? 0) : 0), 0),
    handover: handoverView(doc),
    submittedAt: iso(doc.createdAt)!,
    updatedAt: iso(doc.updatedAt)!,
  };
}

/** 告知承诺 materials are due N working days after the case is first accepted (受理). */
function promiseDeadline(doc: StoredCase, days: number | null): string | null {
  const accepted = doc.tasks.map((t) => t.acceptedAt).filter((d): d is Date => d !== null).map((d) => new Date(d).getTime());
  if (days === null || accepted.length === 0) return null;
  return addWorkingDays(new Date(Math.min(...accepted)), days).date;
}

function displayValue(field: FormField, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return value.map((v) => field.options?.find((o) => o.value === v)?.label ?? String(v)).join('、');
  return field.type === 'select' ? (field.options?.find((o) => o.value === value)?.label ?? String(value)) : String(value);
}

/**
 * The whole case, for its applicant or a department with a task in it: both see the form whole (the department
 * decides on it; lists stay masked). Shared record numbers are masked for everyone: the case only refers to them.
 */
export function caseView(doc: StoredCase, viewer: Viewer, now: Date): CaseView {
  const evaluation = evaluationOfCase(doc);
  const form = evaluation.formFields
    .filter((f) => f.id in doc.form)
    .map((f) => ({ id: f.id, label: f.label, section: f.section, value: displayValue(f, doc.form[f.id]) }));
  const withdrawn = doc.withdrawnAt !== null;
  const approved = doc.tasks.filter((t) => t.state === 'approved');
  return {
    ...caseSummary(doc, now),
    applicant: { name: doc.applicantName },
    answers: doc.answers,
    form,
    tasks: doc.tasks.map((t) => taskView(t, now)),
    materials: doc.materials.map((m) => ({
      id: m.id,
      name: m.name,
      neededBy: m.neededBy,
      via: m.via,
      sharedRecord: m.sharedRecord
        ? {
            recordId: m.sharedRecord.recordId,
            type: m.sharedRecord.type,
            label: SHARED_RECORDS[m.sharedRecord.type].label,
            holder: maskName(m.sharedRecord.holder),
            numberMasked: maskIdNumber(m.sharedRecord.number),
            issuer: m.sharedRecord.issuer,
          }
        : null,
      promise: m.promise ? { ...m.promise, acceptedAt: iso(m.promise.acceptedAt)!, supplyBy: promiseDeadline(doc, m.promise.supplyWithinDays) } : null,
      files: m.files,
      fromSubItem: m.fromSubItem,
      supplementedAt: iso(m.supplementedAt),
    })),
    corrections: doc.tasks.flatMap((t) =>
      t.state === 'correction' && t.correction
        ? t.correction.items.map((i) => ({ ...i, taskId: t.id, taskName: t.name, requestedAt: iso(t.correction!.requestedAt)! }))
        : [],
    ),
    delivery: deliveryView(doc.delivery, viewer),
    result:
      doc.status === 'completed'
        ? {
            issuedAt: iso(doc.completedAt)!,
            documents: approved.map((t) => ({
              taskId: t.id,
              name: t.output.name,
              documentNo: t.result?.documentNo ?? '',
              fileId: t.result?.fileId ?? null,
              electronic: t.output.electronic,
            })),
          }
        : null,
    timeline: doc.timeline.map((e) => {
      const task = e.taskId ? doc.tasks.find((t) => t.id === e.taskId) : undefined;
      return {
        at: iso(e.at)!,
        event: e.event,
        label: CASE_EVENT_LABELS[e.event],
        actor: {
          kind: e.actor.kind,
          name: e.actor.kind === 'staff' && e.actor.name ? maskName(e.actor.name) : e.actor.name,
          department: e.actor.department ? departmentName(e.actor.department) : null,
        },
        taskId: e.taskId,
        taskName: task?.name ?? null,
        note: e.note,
      };
    }),
    viewer,
    canWithdraw: viewer === 'applicant' && withdrawRefusal(doc.tasks, withdrawn) === null,
    canSupplement: viewer === 'applicant' && doc.tasks.some((t) => t.state === 'correction'),
    withdrawnAt: iso(doc.withdrawnAt),
    completedAt: iso(doc.completedAt),
  };
}
