import { createHash } from 'node:crypto';
import { evaluate, validateAnswers } from '@shared/catalog';
import { formValuesSchema } from '@shared/catalog/form-values';
import { DELIVERY_LABELS } from '@shared/catalog/schema';
import { beijingDate } from '@shared/calendar/working-days';
import type { onethingContracts } from '@shared/contracts/onething';
import { AppError, type FieldIssue } from '@shared/errors';
import { caseStatus, openTasks, type CaseActor, type CaseEventRecord } from '@shared/onething/machine';
import { checkSupplies, type SharedRecordRef } from '@shared/onething/supply';
import { taskEntriesFor } from '@shared/onething/task-index';
import type { ConsentRecord } from '@shared/privacy/consents';
import type { ParsedInputOf } from '@shared/contract';
import { consentsForCase } from '@shared/privacy/case-consents';
import { issuesOf } from '@shared/validation';
import { COLLECTIONS } from '../../collections';
import { consentRecordsOf, refuseMissingConsents } from '../../_runtime/consents';
import type { Database } from '../../_runtime/cloudbase';
import { enforceRateLimit } from '../../_runtime/rate-limit';
import { requireUser, withEarlyReads, type Handler } from '../../_runtime/router';
import { applicantFileProblems } from '../case-files';
import { checklistOf } from '../case-theme';
import { localSharingProvider } from '../sharing/provider';
import { isDuplicateWrite, loadCase, nextCaseNumber } from '../store/cases';
import { notifyApplicant } from '../store/messages';
import { insertTaskEntries } from '../store/task-index';
import type { StoredCase } from '../store/types';
import { themeOrThrow } from '../themes';
import { caseView } from '../views/case-view';

type Submit = (typeof onethingContracts)['applications.submit'];

/** A retried submit (same person, same requestId) lands on the same document id: never a second case. */
export function caseIdFor(openid: string, requestId: string): string {
  return `yjs-${createHash('sha256').update(`${openid}\u0000${requestId}`).digest('hex').slice(0, 24)}`;
}

/** The first problem of each field is the one to fix first. */
function onePerPath(issues: FieldIssue[]): FieldIssue[] {
  return issues.filter((issue, i) => issues.findIndex((other) => other.path === issue.path) === i);
}

/** The form's schema per set of shown fields (as the evaluation defines them): building it costs more than a database round trip. */
const formSchemas = new Map<string, ReturnType<typeof formValuesSchema>>();
function formSchemaOf(key: string, fields: Parameters<typeof formValuesSchema>[0]): ReturnType<typeof formValuesSchema> {
  let schema = formSchemas.get(key);
  if (!schema) {
    if (formSchemas.size > 200) formSchemas.clear();
    schema = formValuesSchema(fields);
    formSchemas.set(key, schema);
  }
  return schema;
}

function refuse(issues: FieldIssue[]): never {
  throw new AppError('VALIDATION_FAILED', `申请有 ${issues.length} 处需要修改：${issues[0]!.message}`, { fields: issues });
}

interface EarlyReads {
  existing: StoredCase | null;
  records: SharedRecordRef[];
  consents: ConsentRecord[];
  /** The ownership and existence problems of the uploaded files (labels from the checklist when it can be made). */
  fileIssues: FieldIssue[];
}

/** The names of the materials this input's checklist asks for, to name a file's problem; none if the input is refused anyway. */
function materialNames(input: ParsedInputOf<Submit>): Map<string, string> {
  try {
    return new Map(checklistOf(evaluate(themeOrThrow(input.themeId, input.regionCode), input.answers)).map((m) => [m.id, m.name]));
  } catch {
    return new Map();
  }
}

/** Every read a submit needs, in one round trip together with the account read (_runtime/router withEarlyReads). */
async function readEarly(input: ParsedInputOf<Submit>, { openid, db }: { openid: string | null; db: Database }): Promise<EarlyReads | null> {
  if (!openid) return null;
  const [existing, records, consents, fileIssues] = await Promise.all([
    loadCase(db, caseIdFor(openid, input.requestId)),
    localSharingProvider(db).recordsFor(openid),
    consentRecordsOf(db, openid),
    applicantFileProblems(openid, input.materials, materialNames(input)),
  ]);
  return { existing, records, consents, fileIssues };
}

/**
 * 一表申请 → one case: answers, form and materials are checked against the tailored checklist of the theme
 * version in force now (which the case keeps); every sub-item becomes a department task.
 *
 * Four database round trips on the usual path: (1) the account, an earlier case of this requestId, shared
 * records, consents (and the files' existence in storage), all at once; (2) the rate limit, the case number and
 * the work list's entries together; (3) the case; (4) the inbox message (after the WeChat send, whose
 * answer it records). A refused rate limit leaves a gap in the day's numbers and entries with no case, which
 * `tasks.list` removes (store/task-index.ts).
 */
export const submitApplication: Handler<Submit> = withEarlyReads<Submit, EarlyReads | null>(readEarly, async (input, ctx, early) => {
  const { openid, user } = requireUser(ctx);
  const now = new Date();
  const id = caseIdFor(openid, input.requestId);
  const reads = early ?? (await readEarly(input, { openid, db: ctx.db }))!;
  if (reads.existing) return caseView(reads.existing, 'applicant', now);

  const theme = themeOrThrow(input.themeId, input.regionCode);
  const answerIssues = validateAnswers(theme, input.answers).map((i) => ({ path: `answers.${i.path}`, message: i.message }));
  if (answerIssues.length) refuse(answerIssues);
  const evaluation = evaluate(theme, input.answers);
  if (evaluation.nextQuestion) refuse([{ path: `answers.${evaluation.nextQuestion.id}`, message: `请先回答：${evaluation.nextQuestion.text}` }]);
  if (!evaluation.canSubmit) refuse([{ path: 'answers', message: evaluation.notices[0] ?? '按您的情况，这件事不能在这里申请' }]);

  const issues: FieldIssue[] = [];
  // Fields the form does not show (another situation's, or unknown) are named one by one.
  const shown = new Set(evaluation.formFields.map((f) => f.id));
  for (const key of Object.keys(input.form).filter((k) => !shown.has(k))) issues.push({ path: `form.${key}`, message: '按您的情况，表单中没有这一项' });
  const known = Object.fromEntries(Object.entries(input.form).filter(([k]) => shown.has(k)));
  const form = formSchemaOf(JSON.stringify(evaluation.formFields), evaluation.formFields).safeParse(known);
  if (!form.success) issues.push(...onePerPath(issuesOf(form.error)).map((i) => ({ path: `form.${i.path}`, message: i.message })));
  if (!theme.delivery.includes(input.delivery.method)) {
    issues.push({ path: 'delivery.method', message: `这件事不能${DELIVERY_LABELS[input.delivery.method]}，请选择：${theme.delivery.map((d) => DELIVERY_LABELS[d]).join('、')}` });
  }
  const checklist = checklistOf(evaluation);
  const supplies = checkSupplies(checklist, input.materials, new Map(reads.records.map((r) => [r.recordId, r])), now);
  issues.push(...supplies.issues);
  // Every uploaded file must be the applicant's own, under onething/<openid>/, and really in storage.
  issues.push(...reads.fileIssues);
  if (issues.length) refuse(issues);
  // Sensitive data (a child's, ID photos, bank card, disability) needs its separate consent before it is kept.
  refuseMissingConsents(consentsForCase(evaluation.sensitiveConsentsNeeded.map((c) => c.kind)), reads.consents);

  const tasks = openTasks(evaluation.subItems, now);
  const indexed = { _id: id, createdAt: now, version: 1, tasks };
  // The rate limit, the number and the work list's entries go out together; the entries must be written
  // before the case (store/task-index.ts), and the case only once the limit let it through.
  const [, number] = await Promise.all([
    enforceRateLimit(ctx, 'onethingSubmissions', { requestId: input.requestId, now }),
    nextCaseNumber(ctx.db, beijingDate(now)),
    insertTaskEntries(ctx.db, taskEntriesFor(indexed), now),
  ]);

  const actor: CaseActor = { kind: 'applicant', openid, name: user.name, department: null };
  const timeline: CaseEventRecord[] = [{ at: now, event: 'submit', actor, taskId: null, note: null }];
  const doc: StoredCase = {
    _id: id,
    number,
    applicantOpenid: openid,
    applicantName: user.name,
    requestId: input.requestId,
    themeId: theme.id,
    themeName: theme.title,
    themeVersion: theme.version,
    regionCode: theme.city ? theme.city.code : null,
    city: theme.city ?? null,
    answers: evaluation.answers,
    form: form.success ? form.data : {},
    materials: supplies.materials,
    delivery: input.delivery,
    tasks,
    departments: [...new Set(tasks.map((t) => t.department))],
    status: caseStatus(tasks, false),
    timeline,
    withdrawnAt: null,
    completedAt: null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ctx.db.collection(COLLECTIONS.onethingCases).add(doc);
  } catch (error) {
    // A concurrent retry got there first: answer with its case.
    if (!isDuplicateWrite(error)) throw error;
    const first = await loadCase(ctx.db, id);
    if (!first) throw error;
    return caseView(first, 'applicant', now);
  }
  ctx.log.info('onething_case_submitted', { number: doc.number, theme: doc.themeId, version: doc.themeVersion, tasks: tasks.length });
  await notifyApplicant(ctx.db, doc, timeline, now, ctx.log);
  return caseView(doc, 'applicant', now);
});
