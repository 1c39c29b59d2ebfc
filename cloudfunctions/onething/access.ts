import { AppError } from '@shared/errors';
import type { TaskRecord } from '@shared/onething/machine';
import { requireUser, type HandlerContext } from '../_runtime/router';
import { caseNotFound, loadCase } from './store/cases';
import type { StoredCase } from './store/types';

/** The caller's own case; another person's case reads as not found (its existence is not revealed). */
export async function ownCase(ctx: HandlerContext, caseId: string): Promise<{ openid: string; doc: StoredCase }> {
  const { openid } = requireUser(ctx);
  const doc = await loadCase(ctx.db, caseId);
  if (!doc || doc.applicantOpenid !== openid) throw caseNotFound();
  return { openid, doc };
}

/** The staff member's department, which every back-office action is limited to. */
export function staffDepartment(ctx: HandlerContext): { openid: string; name: string | null; department: string } {
  const { openid, user } = requireUser(ctx);
  if (!user.department) throw new AppError('FORBIDDEN', '您的账号还没有所属部门，请联系管理员设置。');
  return { openid, name: user.name, department: user.department };
}

/** A task of the staff member's own department; any other reads as not found. */
export async function departmentTask(ctx: HandlerContext, caseId: string, taskId: string): Promise<{ doc: StoredCase; task: TaskRecord }> {
  const { department } = staffDepartment(ctx);
  const doc = await loadCase(ctx.db, caseId);
  const task = doc?.tasks.find((t) => t.id === taskId);
  if (!doc || !task || task.department !== department) {
    throw new AppError('NOT_FOUND', '没有找到这个事项：它可能不属于您所在的部门。');
  }
  return { doc, task };
}
