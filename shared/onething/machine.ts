/**
 * The 一件事 case as data and the pure functions that move it: tasks per sub-item run in parallel (并联) unless
 * the definition puts one after another (串联); staff decide (accept / approve / reject / correct); the applicant
 * supplements (补正) or withdraws. Handlers never change a task any other way. Every change is an event.
 */
import type { SubItem } from '../catalog/schema';
import { resumeClock, startClock, stopClock, type TaskClock } from './clock';
import { FINAL_TASK_STATES, TASK_STATE_LABELS, type ActorKind, type CaseEvent, type CaseStatus, type TaskDecision, type TaskState } from './states';

export interface CorrectionItem {
  materialId: string;
  materialName: string;
  problem: string;
}

export interface TaskRecord {
  /** The sub-item id. */
  id: string;
  name: string;
  department: string;
  /** Predecessors within this case (串联). */
  after: string[];
  legalDays: number;
  promisedDays: number;
  /** From the definition the case was submitted under; absent on cases stored before it existed (= pause). */
  correctionClock?: SubItem['correctionClock'];
  output: SubItem['output'];
  state: TaskState;
  clock: TaskClock;
  activatedAt: Date | null;
  acceptedAt: Date | null;
  finishedAt: Date | null;
  correction: { requestedAt: Date; items: CorrectionItem[]; note: string | null } | null;
  rejectionReason: string | null;
  result: { documentNo: string; fileId: string | null; note: string | null; issuedAt: Date } | null;
}

export interface CaseActor {
  kind: ActorKind;
  openid: string | null;
  name: string | null;
  department: string | null;
}

export const SYSTEM: CaseActor = { kind: 'system', openid: null, name: null, department: null };

export interface CaseEventRecord {
  at: Date;
  event: CaseEvent;
  actor: CaseActor;
  taskId: string | null;
  note: string | null;
}

export type Outcome = { ok: true; tasks: TaskRecord[]; events: CaseEventRecord[] } | { ok: false; code: 'CONFLICT' | 'VALIDATION_FAILED'; message: string };

type SubItemLike = Pick<SubItem, 'id' | 'name' | 'department' | 'after' | 'legalDays' | 'promisedDays' | 'output'> &
  Partial<Pick<SubItem, 'correctionClock'>>;

const isFinal = (t: TaskRecord) => FINAL_TASK_STATES.includes(t.state);

/** The tasks of a new case: those with no predecessor in the bundle reach their department now. */
export function openTasks(subItems: readonly SubItemLike[], now: Date): TaskRecord[] {
  const inBundle = new Set(subItems.map((s) => s.id));
  return subItems.map((s) => {
    const after = s.after.filter((id) => inBundle.has(id));
    const ready = after.length === 0;
    return {
      id: s.id,
      name: s.name,
      department: s.department,
      after,
      legalDays: s.legalDays,
      promisedDays: s.promisedDays,
      correctionClock: s.correctionClock ?? 'pause',
      output: s.output,
      state: ready ? 'pending' : 'waiting',
      clock: ready ? startClock(s.promisedDays, now) : { runningSince: null, daysRemaining: s.promisedDays },
      activatedAt: ready ? now : null,
      acceptedAt: null,
      finishedAt: null,
      correction: null,
      rejectionReason: null,
      result: null,
    };
  });
}

/** Waiting tasks whose predecessors are all approved reach their department (串联). */
function activateReady(tasks: TaskRecord[], now: Date): { tasks: TaskRecord[]; events: CaseEventRecord[] } {
  const approved = new Set(tasks.filter((t) => t.state === 'approved').map((t) => t.id));
  const events: CaseEventRecord[] = [];
  const next = tasks.map((t) => {
    if (t.state !== 'waiting' || !t.after.every((id) => approved.has(id))) return t;
    events.push({ at: now, event: 'activate', actor: SYSTEM, taskId: t.id, note: null });
    return { ...t, state: 'pending' as const, clock: startClock(t.promisedDays, now), activatedAt: now };
  });
  return { tasks: next, events };
}

/** Tasks that (transitively) come after a rejected one can never start. */
function cancelDependents(tasks: TaskRecord[], rejectedId: string, now: Date): { tasks: TaskRecord[]; events: CaseEventRecord[] } {
  const blocked = new Set([rejectedId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of tasks) {
      if (!blocked.has(t.id) && t.after.some((id) => blocked.has(id))) {
        blocked.add(t.id);
        grew = true;
      }
    }
  }
  const events: CaseEventRecord[] = [];
  const next = tasks.map((t) => {
    if (t.id === rejectedId || !blocked.has(t.id) || t.state !== 'waiting') return t;
    events.push({ at: now, event: 'cancel', actor: SYSTEM, taskId: t.id, note: '前序事项不予办理，本事项无法办理' });
    return { ...t, state: 'cancelled' as const, finishedAt: now };
  });
  return { tasks: next, events };
}

/** When every task is final and all approved, the front window issues the results (统一窗口出件). */
function completionEvents(tasks: TaskRecord[], now: Date): CaseEventRecord[] {
  return tasks.every((t) => t.state === 'approved') ? [{ at: now, event: 'complete', actor: SYSTEM, taskId: null, note: null }] : [];
}

export type DecisionInput =
  | { decision: 'accept'; note?: string }
  | { decision: 'approve'; result: { documentNo: string; fileId?: string; note?: string } }
  | { decision: 'reject'; reason: string }
  | { decision: 'correct'; items: CorrectionItem[]; note?: string };

/** From which states each decision may be taken. */
export const DECISION_FROM: Record<TaskDecision, readonly TaskState[]> = {
  accept: ['pending'],
  approve: ['accepted', 'in_review'],
  reject: ['pending', 'accepted', 'in_review'],
  correct: ['pending', 'accepted', 'in_review'],
};

export function decisionsFor(task: TaskRecord): TaskDecision[] {
  return (Object.keys(DECISION_FROM) as TaskDecision[]).filter((d) => DECISION_FROM[d].includes(task.state));
}

const decisionEvent: Record<TaskDecision, CaseEvent> = { accept: 'accept', approve: 'approve', reject: 'reject', correct: 'correct' };

/** A department's decision on its task. The caller has checked the actor belongs to the task's department. */
export function decideTask(
  tasks: readonly TaskRecord[],
  taskId: string,
  input: DecisionInput,
  actor: CaseActor,
  now: Date,
): Outcome {
  const task = tasks.find((t) => t.id === taskId);
  if (!task) return { ok: false, code: 'VALIDATION_FAILED', message: '办件中没有这个事项' };
  if (!DECISION_FROM[input.decision].includes(task.state)) {
    const hint = task.state === 'pending' && input.decision === 'approve' ? '请先受理' : `事项现在「${TASK_STATE_LABELS[task.state]}」`;
    return { ok: false, code: 'CONFLICT', message: `不能${input.decision === 'approve' ? '审批通过' : '这样办理'}：${hint}。` };
  }
  let updated: TaskRecord;
  let note: string | null = null;
  switch (input.decision) {
    case 'accept':
      updated = { ...task, state: 'accepted', acceptedAt: now };
      note = input.note ?? null;
      break;
    case 'approve':
      updated = {
        ...task,
        state: 'approved',
        finishedAt: now,
        clock: stopClock(task.clock, now),
        result: { documentNo: input.result.documentNo, fileId: input.result.fileId ?? null, note: input.result.note ?? null, issuedAt: now },
      };
      note = `出件：${task.output.name}（${input.result.documentNo}）`;
      break;
    case 'reject':
      updated = { ...task, state: 'rejected', finishedAt: now, clock: stopClock(task.clock, now), rejectionReason: input.reason };
      note = input.reason;
      break;
    case 'correct':
      updated = {
        ...task,
        state: 'correction',
        clock: task.correctionClock === 'continue' ? task.clock : stopClock(task.clock, now),
        correction: { requestedAt: now, items: input.items, note: input.note ?? null },
      };
      note = input.items.map((i) => `${i.materialName}：${i.problem}`).join('；');
      break;
  }
  let next = tasks.map((t) => (t.id === taskId ? updated : t));
  const events: CaseEventRecord[] = [{ at: now, event: decisionEvent[input.decision], actor, taskId, note }];
  if (input.decision === 'approve') {
    const activated = activateReady(next, now);
    next = activated.tasks;
    events.push(...activated.events);
  }
  if (input.decision === 'reject') {
    const cancelled = cancelDependents(next, taskId, now);
    next = cancelled.tasks;
    events.push(...cancelled.events);
  }
  events.push(...completionEvents(next, now));
  return { ok: true, tasks: next, events };
}

/** Materials still asked for, over every task in correction (一次性告知 across departments). */
export function requestedMaterials(tasks: readonly TaskRecord[]): Set<string> {
  return new Set(tasks.flatMap((t) => (t.state === 'correction' && t.correction ? t.correction.items.map((i) => i.materialId) : [])));
}

/**
 * The applicant supplies what was asked: each task whose whole request is now supplied goes back to review,
 * its clock going on with the days it had left. Supplying something nobody asked for is refused.
 */
export function supplement(tasks: readonly TaskRecord[], supplied: readonly string[], actor: CaseActor, now: Date): Outcome {
  const requested = requestedMaterials(tasks);
  if (requested.size === 0) return { ok: false, code: 'CONFLICT', message: '这件申请现在没有需要补正的材料。' };
  const unasked = supplied.filter((id) => !requested.has(id));
  if (unasked.length) return { ok: false, code: 'VALIDATION_FAILED', message: '只需补交部门要求补正的材料。' };
  const have = new Set(supplied);
  const events: CaseEventRecord[] = [];
  const next = tasks.map((t) => {
    if (t.state !== 'correction' || !t.correction || !t.correction.items.every((i) => have.has(i.materialId))) return t;
    events.push({ at: now, event: 'supplement', actor, taskId: t.id, note: t.correction.items.map((i) => i.materialName).join('、') });
    return { ...t, state: 'in_review' as const, clock: resumeClock(t.clock, now), correction: null };
  });
  if (events.length === 0) return { ok: false, code: 'VALIDATION_FAILED', message: '请把同一部门要求补正的材料一次补齐。' };
  return { ok: true, tasks: next, events };
}

/** Withdrawal is possible until any department has accepted (受理) the case. */
export function withdrawRefusal(tasks: readonly TaskRecord[], withdrawn: boolean): string | null {
  if (withdrawn) return '这件申请已经撤回了。';
  if (tasks.some((t) => t.acceptedAt !== null || isFinal(t))) return '已有部门受理，不能撤回；如需停止办理请联系受理部门。';
  return null;
}

export function withdraw(tasks: readonly TaskRecord[], withdrawn: boolean, actor: CaseActor, now: Date, reason: string | null): Outcome {
  const refusal = withdrawRefusal(tasks, withdrawn);
  if (refusal) return { ok: false, code: 'CONFLICT', message: refusal };
  const next = tasks.map((t) => ({ ...t, state: 'cancelled' as const, clock: stopClock(t.clock, now), finishedAt: now }));
  return { ok: true, tasks: next, events: [{ at: now, event: 'withdraw', actor, taskId: null, note: reason }] };
}

/** The case's status, derived from its tasks. */
export function caseStatus(tasks: readonly TaskRecord[], withdrawn: boolean): CaseStatus {
  if (withdrawn) return 'withdrawn';
  if (tasks.some((t) => t.state === 'correction')) return 'correction';
  if (tasks.every((t) => t.state === 'approved')) return 'completed';
  if (tasks.every(isFinal)) return 'rejected';
  if (tasks.every((t) => t.state === 'pending' || t.state === 'waiting')) return 'submitted';
  return 'in_progress';
}

