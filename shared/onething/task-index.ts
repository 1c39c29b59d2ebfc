/**
 * The department work list's index: one entry per (case, department task) in `onething_tasks`, so a desk reads
 * a page in due-date order without loading cases. The case stays the truth; an entry is derived from it alone
 * (taskEntryFor), so any entry can be checked against its case and rewritten.
 */
import { addWorkingDays } from '../calendar/working-days';
import type { TaskRecord } from './machine';
import { FINAL_TASK_STATES } from './states';

/** Where a task stands for its department's desk: not reached it yet, on it (待办), or done (已办). */
export type TaskPhase = 'waiting' | 'open' | 'finished';

/** A stopped clock (补正 paused, finished, waiting) sorts after every running one. */
export const NO_DUE_DATE = new Date('9999-12-31T00:00:00.000Z');

export interface TaskEntry {
  /** `<case createdAt ms>~<caseId>~<taskId>`: ties on the due day go in submission order. */
  _id: string;
  caseId: string;
  taskId: string;
  department: string;
  phase: TaskPhase;
  /** The task's due day (00:00 UTC of the Beijing calendar date), or NO_DUE_DATE while its clock is stopped. */
  dueAt: Date;
  /** The case version this entry describes (the version the case has once the write that made it lands). */
  caseVersion: number;
  /** When it was written: a young entry ahead of its case may belong to a write still in flight. */
  writtenAt: Date;
}

/** What the entry of a case's task must say: everything but when it was written. */
export type TaskEntryContent = Omit<TaskEntry, 'writtenAt'>;

export interface IndexedCase {
  _id: string;
  createdAt: Date | string;
  version: number;
  tasks: readonly TaskRecord[];
}

export function phaseOf(task: Pick<TaskRecord, 'state'>): TaskPhase {
  if (task.state === 'waiting') return 'waiting';
  return FINAL_TASK_STATES.includes(task.state) ? 'finished' : 'open';
}

export function taskEntryId(caseId: string, createdAt: Date | string, taskId: string): string {
  return `${String(new Date(createdAt).getTime()).padStart(13, '0')}~${caseId}~${taskId}`;
}

export function taskEntryFor(doc: IndexedCase, task: TaskRecord): TaskEntryContent {
  // The due day does not depend on today: only on when the clock started and the days it had left (as readClock).
  const dueOn = task.clock.runningSince ? addWorkingDays(task.clock.runningSince, task.clock.daysRemaining).date : null;
  return {
    _id: taskEntryId(doc._id, doc.createdAt, task.id),
    caseId: doc._id,
    taskId: task.id,
    department: task.department,
    phase: phaseOf(task),
    dueAt: dueOn ? new Date(`${dueOn}T00:00:00.000Z`) : NO_DUE_DATE,
    caseVersion: doc.version,
  };
}

export function taskEntriesFor(doc: IndexedCase): TaskEntryContent[] {
  return doc.tasks.map((task) => taskEntryFor(doc, task));
}

/** Whether two entries say the same about their task (the version and write time aside). */
export function sameTaskEntry(a: Omit<TaskEntryContent, 'caseVersion'>, b: Omit<TaskEntryContent, 'caseVersion'>): boolean {
  return (
    a._id === b._id &&
    a.caseId === b.caseId &&
    a.taskId === b.taskId &&
    a.department === b.department &&
    a.phase === b.phase &&
    new Date(a.dueAt).getTime() === new Date(b.dueAt).getTime()
  );
}

/** The entries a step of the case changed (or added): the only ones its write has to touch. */
export function changedTaskEntries(before: IndexedCase, after: IndexedCase): TaskEntryContent[] {
  const previous = new Map(taskEntriesFor(before).map((e) => [e._id, e]));
  return taskEntriesFor(after).filter((e) => {
    const old = previous.get(e._id);
    return !old || !sameTaskEntry(old, e);
  });
}
