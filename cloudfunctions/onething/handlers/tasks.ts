/** The back office: a department's own tasks, oldest due first, and its decisions on them. */
import type { onethingContracts } from '@shared/contracts/onething';
import { departmentName } from '@shared/departments';
import { AppError, type FieldIssue } from '@shared/errors';
import { maskName } from '@shared/mask';
import { decideTask, decisionsFor, type CaseActor, type DecisionInput, type TaskRecord } from '@shared/onething/machine';
import { FINAL_TASK_STATES, TASK_DECISION_LABELS } from '@shared/onething/states';
import { COLLECTIONS } from '../../collections';
import { recordAccess } from '../../_runtime/access-log';
import type { Handler, HandlerContext } from '../../_runtime/router';
import { readAll } from '../../_runtime/read-all';
import { departmentTask, staffDepartment } from '../access';
import { resultFileProblems } from '../case-files';
import { applyStep } from '../store/cases';
import { notifyApplicant } from '../store/messages';
import type { StoredCase } from '../store/types';
import { caseView, taskView } from '../views/case-view';

type Contracts = typeof onethingContracts;

const isFinished = (t: TaskRecord) => FINAL_TASK_STATES.includes(t.state);

export const listTasks: Handler<Contracts['tasks.list']> = async (input, ctx) => {
  const { department } = staffDepartment(ctx);
  const now = new Date();
  const docs = await readAll<StoredCase>(ctx.db, COLLECTIONS.onethingCases, { departments: department }, { max: 5000 });
  const items = docs.flatMap((doc) =>
    doc.tasks
      // A serial task still waiting for its predecessor has not reached the department yet.
      .filter((t) => t.department === department && t.state !== 'waiting')
      .filter((t) => input.filter === 'all' || (input.filter === 'finished') === isFinished(t))
      .map((t) => ({
        caseId: doc._id,
        caseNumber: doc.number,
        themeName: doc.themeName,
        task: taskView(t, now),
        applicantName: doc.applicantName ? maskName(doc.applicantName) : null,
        submittedAt: new Date(doc.createdAt).toISOString(),
      })),
  );
  // Oldest due first; stopped clocks (补正, finished) after the running ones, then by submission.
  items.sort((a, b) => (a.task.dueOn ?? '9999').localeCompare(b.task.dueOn ?? '9999') || a.submittedAt.localeCompare(b.submittedAt));
  return { department: { id: department, name: departmentName(department) }, items };
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
