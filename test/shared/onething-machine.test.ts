import { readClock, startClock, stopClock, resumeClock } from '@shared/onething/clock';
import { caseNumber } from '@shared/onething/number';
import { caseStatus, decideTask, openTasks, supplement, withdraw, type CaseActor, type TaskRecord } from '@shared/onething/machine';

/** Noon in Beijing on a calendar day. */
const at = (day: string) => new Date(`${day}T04:00:00Z`);

const out = { name: '结果', kind: 'certificate' as const, electronic: false };
// 并+串: A and B in parallel, C after A.
const SUB_ITEMS = [
  { id: 'a_item', name: '事项A', department: 'police' as const, after: [], legalDays: 10, promisedDays: 5, output: out },
  { id: 'b_item', name: '事项B', department: 'hrss' as const, after: [], legalDays: 10, promisedDays: 3, output: out },
  { id: 'c_item', name: '事项C', department: 'nhsa' as const, after: ['a_item'], legalDays: 10, promisedDays: 2, output: out },
];
const staff = (department: string): CaseActor => ({ kind: 'staff', openid: `s-${department}`, name: '工作人员', department });
const applicant: CaseActor = { kind: 'applicant', openid: 'me', name: '王小明', department: null };

function ok(outcome: ReturnType<typeof decideTask>): TaskRecord[] {
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.tasks;
}
const stateOf = (tasks: TaskRecord[]) => Object.fromEntries(tasks.map((t) => [t.id, t.state]));

describe('case tasks (并联 + 串联)', () => {
  it('opens parallel tasks at once and holds a serial one until its predecessor is approved', () => {
    let tasks = openTasks(SUB_ITEMS, at('2026-11-23'));
    expect(stateOf(tasks)).toEqual({ a_item: 'pending', b_item: 'pending', c_item: 'waiting' });
    expect(caseStatus(tasks, false)).toBe('submitted');
    tasks = ok(decideTask(tasks, 'a_item', { decision: 'accept' }, staff('police'), at('2026-11-24')));
    expect(caseStatus(tasks, false)).toBe('in_progress');
    const approved = decideTask(tasks, 'a_item', { decision: 'approve', result: { documentNo: 'HK001' } }, staff('police'), at('2026-11-25'));
    tasks = ok(approved);
    expect(stateOf(tasks)).toEqual({ a_item: 'approved', b_item: 'pending', c_item: 'pending' });
    expect(approved.ok && approved.events.map((e) => e.event)).toEqual(['approve', 'activate']);
    // C's clock starts on the day it reaches its department.
    expect(tasks.find((t) => t.id === 'c_item')!.clock).toEqual({ runningSince: '2026-11-25', daysRemaining: 2 });
  });

  it('refuses approving before accepting and deciding twice', () => {
    const tasks = openTasks(SUB_ITEMS, at('2026-11-23'));
    const early = decideTask(tasks, 'a_item', { decision: 'approve', result: { documentNo: 'X1' } }, staff('police'), at('2026-11-23'));
    expect(early).toMatchObject({ ok: false, code: 'CONFLICT' });
    const accepted = ok(decideTask(tasks, 'a_item', { decision: 'accept' }, staff('police'), at('2026-11-23')));
    expect(decideTask(accepted, 'a_item', { decision: 'accept' }, staff('police'), at('2026-11-23'))).toMatchObject({ ok: false, code: 'CONFLICT' });
  });

  it('completes when every task is approved, with one complete event', () => {
    let tasks = openTasks(SUB_ITEMS, at('2026-11-23'));
    const approve = (id: string, dept: string) => {
      tasks = ok(decideTask(tasks, id, { decision: 'accept' }, staff(dept), at('2026-11-24')));
      const outcome = decideTask(tasks, id, { decision: 'approve', result: { documentNo: `${id}-1` } }, staff(dept), at('2026-11-24'));
      tasks = ok(outcome);
      return outcome.ok ? outcome.events.map((e) => e.event) : [];
    };
    approve('a_item', 'police');
    approve('b_item', 'hrss');
    expect(approve('c_item', 'nhsa')).toEqual(['approve', 'complete']);
    expect(caseStatus(tasks, false)).toBe('completed');
  });

  it('cancels what comes after a rejected task; the case ends rejected once the rest is done', () => {
    let tasks = openTasks(SUB_ITEMS, at('2026-11-23'));
    tasks = ok(decideTask(tasks, 'a_item', { decision: 'reject', reason: '不符合落户条件' }, staff('police'), at('2026-11-24')));
    expect(stateOf(tasks)).toMatchObject({ a_item: 'rejected', c_item: 'cancelled' });
    expect(caseStatus(tasks, false)).toBe('in_progress');
    tasks = ok(decideTask(tasks, 'b_item', { decision: 'accept' }, staff('hrss'), at('2026-11-24')));
    tasks = ok(decideTask(tasks, 'b_item', { decision: 'approve', result: { documentNo: 'B1' } }, staff('hrss'), at('2026-11-24')));
    expect(caseStatus(tasks, false)).toBe('rejected');
  });

  it('correction pauses the clock; supplying everything asked resumes it with the days left', () => {
    let tasks = openTasks(SUB_ITEMS, at('2026-11-23')); // Monday
    tasks = ok(decideTask(tasks, 'a_item', { decision: 'accept' }, staff('police'), at('2026-11-24')));
    const items = [
      { materialId: 'child_photo', materialName: '照片', problem: '不清楚' },
      { materialId: 'hukou_book', materialName: '户口簿', problem: '缺少' },
    ];
    // Wednesday: 2 working days used (Tue, Wed), 3 left.
    tasks = ok(decideTask(tasks, 'a_item', { decision: 'correct', items }, staff('police'), at('2026-11-25')));
    const paused = tasks.find((t) => t.id === 'a_item')!;
    expect(paused.clock).toEqual({ runningSince: null, daysRemaining: 3 });
    expect(readClock(paused.clock, at('2026-12-30'))).toMatchObject({ dueOn: null, overdue: false });
    expect(caseStatus(tasks, false)).toBe('correction');
    // Supplying only part of what was asked does not resume the task.
    expect(supplement(tasks, ['child_photo'], applicant, at('2026-11-30'))).toMatchObject({ ok: false });
    // Something nobody asked for is refused.
    expect(supplement(tasks, ['child_photo', 'hukou_book', 'other'], applicant, at('2026-11-30'))).toMatchObject({ ok: false });
    tasks = ok(supplement(tasks, ['child_photo', 'hukou_book'], applicant, at('2026-11-30'))); // next Monday
    const resumed = tasks.find((t) => t.id === 'a_item')!;
    expect(resumed.state).toBe('in_review');
    expect(resumed.correction).toBeNull();
    // Tue 1, Wed 2, Thu 3 December.
    expect(readClock(resumed.clock, at('2026-11-30'))).toEqual({ dueOn: '2026-12-03', countdown: 3, overdue: false, daysRemaining: 3 });
  });

  it('can be withdrawn until a department accepts, not after', () => {
    const tasks = openTasks(SUB_ITEMS, at('2026-11-23'));
    const withdrawn = withdraw(tasks, false, applicant, at('2026-11-23'), '不办了');
    expect(withdrawn.ok && withdrawn.tasks.every((t) => t.state === 'cancelled')).toBe(true);
    expect(withdraw(tasks, true, applicant, at('2026-11-23'), null)).toMatchObject({ ok: false, code: 'CONFLICT' });
    const accepted = ok(decideTask(tasks, 'b_item', { decision: 'accept' }, staff('hrss'), at('2026-11-23')));
    expect(withdraw(accepted, false, applicant, at('2026-11-23'), null)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(caseStatus(withdrawn.ok ? withdrawn.tasks : [], true)).toBe('withdrawn');
  });
});

describe('task deadlines on the official calendar', () => {
  it('runs across the 2026 National Day holiday and its 调休 Saturday', () => {
    // Reached the department Tuesday 29 Sep: Wed 30 Sep (1), 1–7 Oct holiday, Thu 8 (2), Fri 9 (3), Sat 10 调休 (4), Mon 12 (5).
    const clock = startClock(5, at('2026-09-29'));
    expect(readClock(clock, at('2026-09-29'))).toMatchObject({ dueOn: '2026-10-12', countdown: 5, overdue: false });
    expect(readClock(clock, at('2026-10-09'))).toMatchObject({ countdown: 2 });
    expect(readClock(clock, at('2026-10-12'))).toMatchObject({ countdown: 0, overdue: false });
    expect(readClock(clock, at('2026-10-13'))).toMatchObject({ countdown: -1, overdue: true });
  });

  it('a pause over the holiday costs no working days', () => {
    // Paused Wed 30 Sep after 1 day, resumed Thu 8 Oct with 4 left: Fri 9, Sat 10 (调休), Mon 12, Tue 13.
    const paused = stopClock(startClock(5, at('2026-09-29')), at('2026-09-30'));
    expect(paused.daysRemaining).toBe(4);
    expect(readClock(resumeClock(paused, at('2026-10-08')), at('2026-10-08')).dueOn).toBe('2026-10-13');
  });

  it('stops for 补正 unless the definition counts the correction time', () => {
    const correct = { decision: 'correct' as const, items: [{ materialId: 'photo', materialName: '照片', problem: '看不清' }] };
    const counting = openTasks([{ ...SUB_ITEMS[0], correctionClock: 'continue' as const }, SUB_ITEMS[1]], at('2026-11-23'));
    const afterA = ok(decideTask(counting, 'a_item', correct, staff('police'), at('2026-11-25')));
    const afterB = ok(decideTask(afterA, 'b_item', correct, staff('hrss'), at('2026-11-25')));
    // A counts the correction time: still due five working days after Mon 23 Nov; B (the default) stops.
    expect(readClock(afterB[0].clock, at('2026-11-27'))).toMatchObject({ dueOn: '2026-11-30' });
    expect(afterB[1].clock).toEqual({ runningSince: null, daysRemaining: 1 });
    // Supplying resumes only the stopped clock; the running one keeps its original due day.
    const supplied = ok(supplement(afterB, ['photo'], applicant, at('2026-11-27')));
    expect(readClock(supplied[0].clock, at('2026-11-27')).dueOn).toBe('2026-11-30');
    expect(readClock(supplied[1].clock, at('2026-11-27')).dueOn).toBe('2026-11-30');
  });

  it('is overdue on the weekend right after the due Friday', () => {
    const clock = startClock(1, at('2026-11-26')); // due Fri 27 Nov
    expect(readClock(clock, at('2026-11-28'))).toMatchObject({ dueOn: '2026-11-27', overdue: true, countdown: -1 });
  });
});

describe('case numbers', () => {
  it('reads YJS + date + 5-digit sequence', () => {
    expect(caseNumber('2026-11-23', 12)).toBe('YJS2026112300012');
    expect(() => caseNumber('2026-11-23', 0)).toThrow();
  });
});
