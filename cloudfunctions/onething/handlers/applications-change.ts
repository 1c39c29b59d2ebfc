/** What the applicant does to a submitted case: withdraw it, or supply what a department asked for (补正). */
import type { onethingContracts } from '@shared/contracts/onething';
import { AppError, type FieldIssue } from '@shared/errors';
import { requestedMaterials, supplement, withdraw, type CaseActor } from '@shared/onething/machine';
import { checkSupplies } from '@shared/onething/supply';
import type { Handler } from '../../_runtime/router';
import { ownCase } from '../access';
import { applicantFileProblems } from '../case-files';
import { checklistOf, evaluationOfCase } from '../case-theme';
import { localSharingProvider } from '../sharing/provider';
import { applyStep } from '../store/cases';
import { notifyApplicant } from '../store/messages';
import { caseView } from '../views/case-view';

type Contracts = typeof onethingContracts;

export const withdrawApplication: Handler<Contracts['applications.withdraw']> = async (input, ctx) => {
  const { openid, doc: mine } = await ownCase(ctx, input.caseId);
  const now = new Date();
  const actor: CaseActor = { kind: 'applicant', openid, name: mine.applicantName, department: null };
  const { doc, events } = await applyStep(
    ctx.db,
    mine._id,
    (d) => withdraw(d.tasks, d.withdrawnAt !== null, actor, now, input.reason ?? null),
    () => ({ withdrawnAt: now }),
    now,
  );
  ctx.log.info('onething_case_withdrawn', { number: doc.number });
  await notifyApplicant(ctx.db, doc, events, now, ctx.log);
  return caseView(doc, 'applicant', now);
};

export const supplementApplication: Handler<Contracts['applications.supplement']> = async (input, ctx) => {
  const { openid, doc: mine } = await ownCase(ctx, input.caseId);
  const now = new Date();
  const requested = requestedMaterials(mine.tasks);
  if (requested.size === 0) throw new AppError('CONFLICT', '这件申请现在没有需要补正的材料。');
  const unasked: FieldIssue[] = Object.keys(input.materials)
    .filter((id) => !requested.has(id))
    .map((id) => ({ path: `materials.${id}`, message: '部门没有要求补正这份材料，无需提交' }));
  // 补正 hands in what was asked for now: promises are not enough; the material's upload spec applies.
  const checklist = checklistOf(evaluationOfCase(mine)).filter((m) => m.id in input.materials && requested.has(m.id));
  const records = await localSharingProvider(ctx.db).recordsFor(openid);
  const supplied = checkSupplies(checklist, input.materials, new Map(records.map((r) => [r.recordId, r])), now, { allowPromise: false });
  // A department's request is answered as a whole: name what it asked for that is still missing.
  const given = new Set(Object.keys(input.materials));
  const incomplete: FieldIssue[] = mine.tasks
    .filter((t) => t.state === 'correction' && t.correction?.items.some((i) => given.has(i.materialId)))
    .flatMap((t) => t.correction!.items.filter((i) => !given.has(i.materialId)).map((i) => ({ path: `materials.${i.materialId}`, message: `${t.name}要求一并补交${i.materialName}：${i.problem}` })));
  const asked = Object.fromEntries(Object.entries(input.materials).filter(([id]) => requested.has(id)));
  const notOwned = await applicantFileProblems(openid, asked, new Map(checklist.map((m) => [m.id, m.name])));
  const issues = [...unasked, ...incomplete, ...supplied.issues.filter((i) => !unasked.some((u) => i.path.startsWith(u.path))), ...notOwned];
  if (issues.length) throw new AppError('VALIDATION_FAILED', `补正材料有 ${issues.length} 处需要修改：${issues[0]!.message}`, { fields: issues });

  const actor: CaseActor = { kind: 'applicant', openid, name: mine.applicantName, department: null };
  const fresh = new Map(supplied.materials.map((m) => [m.id, { ...m, supplementedAt: now }]));
  const { doc, events } = await applyStep(
    ctx.db,
    mine._id,
    (d) => supplement(d.tasks, Object.keys(input.materials), actor, now),
    (d) => ({ materials: d.materials.map((m) => fresh.get(m.id) ?? m) }),
    now,
  );
  ctx.log.info('onething_case_supplemented', { number: doc.number, materials: [...fresh.keys()] });
  await notifyApplicant(ctx.db, doc, events, now, ctx.log);
  return caseView(doc, 'applicant', now);
};
