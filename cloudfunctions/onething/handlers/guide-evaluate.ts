import { describeAnswer, evaluate, previousQuestion, validateAnswers, visibleQuestions, type Theme } from '@shared/catalog';
import type { MaterialSource, Question, UploadSpec } from '@shared/catalog/schema';
import { SHARED_RECORDS, type SharedRecordType } from '@shared/catalog/shared-records';
import type { onethingContracts } from '@shared/contracts/onething';
import { AppError } from '@shared/errors';
import { maskIdNumber, maskName } from '@shared/mask';
import type { Handler, HandlerContext } from '../../_runtime/router';
import { localSharingProvider } from '../sharing/provider';
import { themeOrThrow } from '../themes';

function questionView(q: Question) {
  return {
    id: q.id,
    type: q.type,
    text: q.text,
    help: q.help ?? null,
    options: q.type === 'single' || q.type === 'multiple' ? q.options.map((o) => ({ value: o.value, label: o.label, help: o.help ?? null })) : [],
    minSelected: q.type === 'multiple' ? q.minSelected : null,
    maxSelected: q.type === 'multiple' ? (q.maxSelected ?? null) : null,
    unit: q.type === 'number' ? q.unit : null,
    min: q.type === 'number' || q.type === 'date' ? (q.min ?? null) : null,
    max: q.type === 'number' || q.type === 'date' ? (q.max ?? null) : null,
  };
}

type RecordChoice = { recordId: string; holder: string; numberMasked: string; issuer: string };

/**
 * The source as this person will meet it: a shared material lists their records to pick from, and turns into an
 * upload (saying why) when the data-sharing provider has none.
 */
function sourceView(source: MaterialSource, summary: string, records: ReadonlyMap<string, RecordChoice[]>) {
  const upload = (u: UploadSpec) => ({
    mimeTypes: u.mimeTypes,
    maxBytes: u.maxBytes,
    count: u.count,
    tip: u.tip,
  });
  switch (source.kind) {
    case 'shared': {
      const label = SHARED_RECORDS[source.record].label;
      const mine = records.get(source.record) ?? [];
      if (mine.length === 0) {
        const reason = `电子证照库中没有查到您的${label}`;
        return { kind: 'upload' as const, upload: upload(source.fallback), summary: `需要上传：${reason}，请上传。${source.fallback.tip}`, fallbackFrom: { record: source.record, recordLabel: label, reason } };
      }
      return { kind: source.kind, record: source.record, recordLabel: label, fallback: upload(source.fallback), summary, records: mine };
    }
    case 'promise':
      return { kind: source.kind, text: source.text, supplyWithinDays: source.supplyWithinDays ?? null, supplyAs: upload(source.supplyAs), summary };
    case 'upload':
      return { kind: source.kind, upload: upload(source.upload), summary, fallbackFrom: null };
    case 'internal':
      return { kind: source.kind, fromSubItem: source.fromSubItem, summary };
  }
}

async function materialsWithRecords<M extends { source: MaterialSource }>(ctx: HandlerContext, materials: M[]) {
  const types = [...new Set(materials.flatMap((m) => (m.source.kind === 'shared' ? [m.source.record] : [])))];
  const records = await recordChoices(ctx, types);
  return materials.map((m) => ({ m, records }));
}

/** The answered questions in the order they were asked: the pages back/forward moves through. */
function answeredPath(theme: Theme, answers: Record<string, string | string[] | boolean | number>) {
  return visibleQuestions(theme, answers)
    .filter((q) => q.id in answers)
    .map((q) => ({ questionId: q.id, text: q.text, answer: answers[q.id]!, answerLabel: describeAnswer(q, answers[q.id]!) }));
}

/** The guide, one question per call: the next question, or the tailored checklist once everything asked is answered. */
/** The caller's shared records of the types this checklist reads, masked, by type. */
async function recordChoices(ctx: HandlerContext, types: SharedRecordType[]): Promise<Map<string, RecordChoice[]>> {
  const byType = new Map<string, RecordChoice[]>();
  if (!ctx.openid || types.length === 0) return byType;
  for (const r of await localSharingProvider(ctx.db).recordsFor(ctx.openid, types)) {
    const list = byType.get(r.type) ?? [];
    list.push({ recordId: r.recordId, holder: maskName(r.holder), numberMasked: maskIdNumber(r.number), issuer: r.issuer });
    byType.set(r.type, list);
  }
  return byType;
}

export const evaluateGuide: Handler<(typeof onethingContracts)['guide.evaluate']> = async (input, ctx) => {
  const theme = themeOrThrow(input.themeId, input.regionCode);
  const issues = validateAnswers(theme, input.answers).map((i) => ({ path: `answers.${i.path}`, message: i.message }));
  if (issues.length > 0) {
    throw new AppError('VALIDATION_FAILED', `回答有 ${issues.length} 处需要修改：${issues[0]!.message}`, { fields: issues });
  }
  const result = evaluate(theme, input.answers);
  const common = {
    themeId: theme.id,
    version: theme.version,
    city: theme.city ?? null,
    answers: result.answers,
    dropped: result.dropped,
    path: answeredPath(theme, result.answers),
    previousQuestionId: previousQuestion(theme, result.answers, result.nextQuestion?.id ?? null)?.id ?? null,
  };
  if (result.nextQuestion) {
    const asked = visibleQuestions(theme, result.answers);
    return {
      status: 'question' as const,
      ...common,
      question: questionView(result.nextQuestion),
      progress: { answered: common.path.length, asked: asked.length },
    };
  }
  return {
    status: 'result' as const,
    ...common,
    canSubmit: result.canSubmit,
    subItems: result.subItems.map((s) => ({
      id: s.id,
      name: s.name,
      department: s.department,
      departmentName: s.departmentName,
      legalDays: s.legalDays,
      promisedDays: s.promisedDays,
      output: s.output,
      after: s.after,
      why: s.why,
    })),
    materials: (await materialsWithRecords(ctx, result.materials)).map(({ m, records }) => ({
      id: m.id,
      name: m.name,
      description: m.description ?? null,
      neededBy: m.neededBy,
      source: sourceView(m.source, m.sourceSummary, records),
      why: m.why,
    })),
    totalLegalDays: result.totalLegalDays,
    totalPromisedDays: result.totalPromisedDays,
    notices: result.notices,
  };
};
