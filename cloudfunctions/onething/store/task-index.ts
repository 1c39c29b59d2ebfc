/**
 * Writing and checking the department work list's entries (`onething_tasks`, see shared/onething/task-index.ts).
 *
 * Consistency is by ordered writes that the next read repairs, not a transaction: every write of a case first
 * writes the entries of the tasks it changes (stamped with the case version it is about to write), then the
 * case. So an entry is never behind a case that a write finished; an entry ahead of its case (the case write
 * failed, lost a race, or is still in flight) is rewritten from the case by the next `tasks.list` that meets it,
 * once it is older than a write can take, or at once when its case already has that version or a newer one.
 */
import { sameTaskEntry, taskEntryFor, type TaskEntry, type TaskEntryContent } from '@shared/onething/task-index';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import { isDuplicateWrite } from './cases';
import type { StoredCase } from './types';

/** Longer than any write of a case can take (the function's timeout is well below it). */
const WRITE_IN_FLIGHT_MS = 2 * 60 * 1000;

function bodyOf(entry: TaskEntryContent, now: Date): Omit<TaskEntry, '_id'> {
  const { _id: _ignored, ...body } = entry;
  return { ...body, writtenAt: now };
}

/** Writes (or overwrites) entries: one request each, all in flight together. */
export async function putTaskEntries(db: Database, entries: readonly TaskEntryContent[], now: Date): Promise<void> {
  const tasks = db.collection(COLLECTIONS.onethingTasks);
  await Promise.all(entries.map((entry) => tasks.doc(entry._id).set(bodyOf(entry, now))));
}

/** A new case's entries in one request; a retry that finds some already there overwrites them instead. */
export async function insertTaskEntries(db: Database, entries: readonly TaskEntryContent[], now: Date): Promise<void> {
  if (entries.length === 0) return;
  try {
    await db.collection(COLLECTIONS.onethingTasks).add(entries.map((entry) => ({ ...bodyOf(entry, now), _id: entry._id })));
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    await putTaskEntries(db, entries, now);
  }
}

export type EntryCheck =
  /** The entry says what the case says. */
  | { kind: 'current' }
  /** The entry disagrees with a case that has finished writing: rewrite it (or remove it: the case has no such task). */
  | { kind: 'repair'; entry: TaskEntryContent | null }
  /** Ahead of its case and young: a write may still be landing; leave it. */
  | { kind: 'in_flight' };

export function checkTaskEntry(entry: TaskEntry, doc: StoredCase | null, now: Date): EntryCheck {
  const task = doc?.tasks.find((t) => t.id === entry.taskId);
  // An entry under another id (a lost race's submit stamped another time) is only removed: the winner wrote its own.
  const expected = doc && task && taskEntryFor(doc, task)._id === entry._id ? taskEntryFor(doc, task) : null;
  if (expected && sameTaskEntry(entry, expected)) return { kind: 'current' };
  const caseCaughtUp = doc !== null && doc.version >= entry.caseVersion;
  const old = now.getTime() - new Date(entry.writtenAt).getTime() > WRITE_IN_FLIGHT_MS;
  return caseCaughtUp || old ? { kind: 'repair', entry: expected } : { kind: 'in_flight' };
}

/**
 * Rewrites an entry from its case, only if nobody rewrote it since it was read (same caseVersion and write
 * time): a repair never overwrites a newer write's entry.
 */
export async function repairTaskEntry(db: Database, seen: TaskEntry, entry: TaskEntryContent | null, now: Date): Promise<void> {
  const tasks = db.collection(COLLECTIONS.onethingTasks);
  const unchanged = { _id: seen._id, caseVersion: seen.caseVersion, writtenAt: new Date(seen.writtenAt) };
  if (entry) await tasks.where(unchanged).update(bodyOf(entry, now));
  else await tasks.where(unchanged).remove();
}
