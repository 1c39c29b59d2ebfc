/** The 综合窗口 (front window): hands out the results of cases every department has completed (统一窗口出件). */
import type { onethingContracts } from '@shared/contracts/onething';
import { departmentName, FRONT_WINDOW_DEPARTMENT } from '@shared/departments';
import { AppError } from '@shared/errors';
import { maskName } from '@shared/mask';
import { checkIssue } from '@shared/onething/handover';
import type { CaseActor, CaseEventRecord } from '@shared/onething/machine';
import { COLLECTIONS } from '../../collections';
import type { Handler, HandlerContext } from '../../_runtime/router';
import { readAll } from '../../_runtime/read-all';
import { staffDepartment } from '../access';
import { applyStep } from '../store/cases';
import { notifyApplicant } from '../store/messages';
import type { StoredCase } from '../store/types';
import { caseView, deliveryView, handoverView } from '../views/case-view';

type Contracts = typeof onethingContracts;

function windowStaff(ctx: HandlerContext) {
  const staff = staffDepartment(ctx);
  if (staff.department !== FRONT_WINDOW_DEPARTMENT) {
    throw new AppError('FORBIDDEN', `出件由综合窗口（${departmentName(FRONT_WINDOW_DEPARTMENT)}）办理，您所在的部门只办理本部门的事项。`);
  }
  return staff;
}

export const listResults: Handler<Contracts['results.list']> = async (input, ctx) => {
  windowStaff(ctx);
  const issued = input.filter === 'issued';
  const docs = await readAll<StoredCase>(ctx.db, COLLECTIONS.onethingCases, { status: 'completed' }, { max: 2000 });
  const items = docs
    .filter((doc) => Boolean(doc.handover) === issued)
    .map((doc) => ({
      caseId: doc._id,
      caseNumber: doc.number,
      themeName: doc.themeName,
      applicantName: doc.applicantName ? maskName(doc.applicantName) : null,
      delivery: deliveryView(doc.delivery, 'staff'),
      documents: doc.tasks.filter((t) => t.state === 'approved').map((t) => ({ name: t.output.name, documentNo: t.result?.documentNo ?? '' })),
      completedAt: new Date(doc.completedAt ?? doc.updatedAt).toISOString(),
      handover: handoverView(doc),
    }));
  // The longest-waiting first; issued ones newest first.
  items.sort((a, b) => (issued ? -1 : 1) * a.completedAt.localeCompare(b.completedAt));
  return { items };
};

export const issueResult: Handler<Contracts['results.issue']> = async (input, ctx) => {
  const staff = windowStaff(ctx);
  const now = new Date();
  const actor: CaseActor = { kind: 'staff', openid: staff.openid, name: staff.name, department: staff.department };
  const { doc, events } = await applyStep(
    ctx.db,
    input.caseId,
    (d) => {
      const check = checkIssue(d, input.trackingNo);
      if (!check.ok) {
        if (check.path) throw new AppError(check.code, check.message, { fields: [{ path: check.path, message: check.message }] });
        return check;
      }
      const note = input.trackingNo ? `EMS 邮件号 ${input.trackingNo}` : (input.note ?? null);
      const event: CaseEventRecord = { at: now, event: 'issue', actor, taskId: null, note };
      return { ok: true, tasks: d.tasks, events: [event] };
    },
    () => ({ handover: { issuedAt: now, byOpenid: staff.openid, byName: staff.name, trackingNo: input.trackingNo ?? null, note: input.note ?? null } }),
    now,
  );
  ctx.log.info('onething_result_issued', { number: doc.number, method: doc.delivery.method });
  await notifyApplicant(ctx.db, doc, events, now, ctx.log);
  return caseView(doc, 'staff', now);
};
