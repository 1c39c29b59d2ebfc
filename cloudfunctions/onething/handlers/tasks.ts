/** The back office: a department's own tasks, oldest due first, and its decisions on them. */
import type { onethingContracts } from '@shared/contracts/onething';
import { departmentName } from '@shared/departments';
import { AppError, type FieldIssue } from '@shared/errors';
import { maskName } from '@shared/mask';
import { decideTask, decisionsFor, type CaseActor, type DecisionInput, type TaskRecord } from '@shared/onething/machine';
import { TASK_DECISION_LABELS } from '@shared/onething/states';
import { phaseOf, taskEntryId, type TaskEntry, type TaskPhase } from '@shared/onething/task-index';
import { COLLECTIONS } from '../../collections';
import { recordAccess } from '../../_runtime/access-log';
import type { Handler, HandlerContext } from '../../_runtime/router';
import { PAGE_SIZE, readPage } from '../../_runtime/paging';
import { departmentTask, staffDepartment } from '../access';
import { resultFileProblems } from '../case-files';
import { applyStep } from '../store/cases';
import { notifyApplicant } from '../store/messages';
import { checkTaskEntry, repairTaskEntry } from '../store/task-index';
import type { StoredCase } from '../store/types';
import { caseView, taskView } from '../views/case-view';

type Contracts = typeof onethingContracts;

/** Which phases each filter of the desk shows (a task still waiting for its predecessor has not reached it). */
const PHASES: Record<Contracts['tasks.list']['input']['_output']['filter'], TaskPhase[]> = { open: ['open'], finished: ['finished'], all: ['open', 'finished'] };

/**
 * A page of the department's tasks from the work list's entries, oldest due first (stopped clocks last, same
 * day in submission order): two reads however many cases the city holds — the entries, then their cases, which
 * are the truth every item is shown from. An entry its case contradicts is repaired here (store/task-index.ts).
 */
export const listTasks: Handler<Contracts['tasks.list']> = async (input, ctx) => {
  const { department } = staffDepartment(ctx);
  const now = new Date();
  const _ = ctx.db.command;
  const phases = PHASES[input.filter];
  const where = { department, phase: phases.length === 1 ? phases[0] : _.in(phases) };
  const page = await readPage<TaskEntry & Record<string, unknown>>(ctx.db, COLLECTIONS.onethingTasks, where, { field: 'dueAt', direction: 'asc' }, input.cursor, input.limit ?? PAGE_SIZE);
  const caseIds = [...new Set(page.items.map((e) => e.caseId))];
  const found = caseIds.length
    ? ((await ctx.db.collection(COLLECTIONS.onethingCases).where({ _id: _.in(caseIds) }).limit(caseIds.length).get()).data as StoredCase[])
    : [];
  const cases = new Map(found.map((doc) => [doc._id, doc]));

  const repairs: Promise<void>[] = [];
  const items = page.items.flatMap((entry) => {
    const doc = cases.get(entry.caseId) ?? null;
    const check = checkTaskEntry(entry, doc, now);
    if (check.kind === 'repair') repairs.push(repairTaskEntry(ctx.db, entry, check.entry, now));
    // Shown as the case says, and only if the case says it belongs on this list (under this very entry).
    const task = doc?.tasks.find((t) => t.id === entry.taskId);
    if (!doc || !task || task.department !== department || !phases.includes(phaseOf(task))) return [];
    if (taskEntryId(doc._id, doc.createdAt, task.id) !== entry._id) return [];
    return [
      {
        caseId: doc._id,
        caseNumber: doc.number,
        themeName: doc.themeName,
        task: taskView(task, now),
        applicantName: doc.applicantName ? maskName(doc.applicantName) : null,
        submittedAt: new Date(doc.createdAt).toISOString(),
      },
    ];
  });
  if (repairs.length) {
    ctx.log.info('onething_task_entries_repaired', { count: repairs.length });
    await Promise.all(repairs);
  }
  return { department: { id: department, name: departmentName(department) }, items, nextCursor: page.nextCursor };
};

const decisionsView = (t: TaskRecord) => decisionsFor(t).map((d) => ({ value: d, label: TASK_DECISION_LABELS[d] }));

/** A department reads the form whole (ID numbers, phone) to decide on it: that access is recorded. */
async function recordCaseAccess(ctx: HandlerContext, doc: StoredCase, purpose: string): Promise<void> {
  const { openid } = staffDepartment(ctx);
  await recordAccess(ctx.db, { subjectOpenid: doc.applicantOpenid, viewerOpenid: openid, viewerRoles: ctx.roles, fields: Object.keys(doc.form), purpose });
}

export const getTask: Handler<Contracts['tasks.get']> = async (input, ctx) => {
  const { doc, task } = await departmentTask(ctx, input.caseId, input.taskId);
  const now = new Date();
  await recordCaseAccess(ctx, doc, `办理一件事 ${doc.number}「${task.name}」`);
  return { task: taskView(task, now), case: caseView(doc, 'staff', now), decisions: decisionsView(task) };
};

/** 一次性告知: every material named must be one this case has (and not one passed between departments). */
function correctionItems(doc: StoredCase, items: { materialId: string; problem: string }[]) {
  const issues: FieldIssue[] = [];
  const named = items.map((item, i) => {
    const material = doc.materials.find((m) => m.id === item.materialId);
    if (!material) issues.push({ path: `items.${i}.materialId`, message: '这件办件没有这份材料' });
    else if (material.via === 'internal') issues.push({ path: `items.${i}.materialId`, message: `${material.name}由部门之间流转，不能要求申请人补正` });
    return { materialId: item.materialId, materialName: material?.name ?? item.materialId, problem: item.problem };
  });
  if (issues.length) throw new AppError('VALIDATION_FAILED', `补正清单有 ${issues.length} 处需要修改：${issues[0]!.message}`, { fields: issues });
  return named;
}

export const decideOnTask: Handler<Contracts['tasks.decide']> = async (input, ctx) => {
  const staff = staffDepartment(ctx);
  const { doc: found } = await departmentTask(ctx, input.caseId, input.taskId);
  const now = new Date();
  if (input.decision === 'approve' && input.result.fileId) {
    const problems = await resultFileProblems(ctx, staff.openid, found, input.result.fileId);
    if (problems.length) throw new AppError('VALIDATION_FAILED', problems[0]!.message, { fields: problems });
  }
  const decision: DecisionInput =
    input.decision === 'correct' ? { decision: 'correct', items: correctionItems(found, input.items), ...(input.note ? { note: input.note } : {}) } : input;
  const actor: CaseActor = { kind: 'staff', openid: staff.openid, name: staff.name, department: staff.department };
  const { doc, events } = await applyStep(ctx.db, found._id, (d) => decideTask(d.tasks, input.taskId, decision, actor, now), undefined, now);
  ctx.log.info('onething_task_decided', { number: doc.number, task: input.taskId, decision: input.decision, status: doc.status });
  await notifyApplicant(ctx.db, doc, events, now, ctx.log);
  const task = doc.tasks.find((t) => t.id === input.taskId)!;
  return { task: taskView(task, now), case: caseView(doc, 'staff', now), decisions: decisionsView(task) };
};
