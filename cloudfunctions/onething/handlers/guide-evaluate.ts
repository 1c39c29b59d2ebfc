import { describeAnswer, evaluate, previousQuestion, validateAnswers, visibleQuestions, type Theme } from '@shared/catalog';
import type { MaterialSource, Question, UploadSpec } from '@shared/catalog/schema';
import { SHARED_RECORDS } from '@shared/catalog/shared-records';
import type { onethingContracts } from '@shared/contracts/onething';
import { AppError } from '@shared/errors';
import type { Handler } from '../../_runtime/router';
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

function sourceView(source: MaterialSource, summary: string) {
  const upload = (u: UploadSpec) => ({
    mimeTypes: u.mimeTypes,
    maxBytes: u.maxBytes,
    count: u.count,
    tip: u.tip,
  });
  switch (source.kind) {
    case 'shared':
      return { kind: source.kind, record: source.record, recordLabel: SHARED_RECORDS[source.record].label, fallback: upload(source.fallback), summary };
    case 'promise':
      return { kind: source.kind, text: source.text, supplyWithinDays: source.supplyWithinDays ?? null, supplyAs: upload(source.supplyAs), summary };
    case 'upload':
      return { kind: source.kind, upload: upload(source.upload), summary };
    case 'internal':
      return { kind: source.kind, fromSubItem: source.fromSubItem, summary };
  }
}

/** The answered questions in the order they were asked: the pages back/forward moves through. */
function answeredPath(theme: Theme, answers: Record<string, string | string[] | boolean | number>) {
  return visibleQuestions(theme, answers)
    .filter((q) => q.id in answers)
    .map((q) => ({ questionId: q.id, text: q.text, answer: answers[q.id]!, answerLabel: describeAnswer(q, answers[q.id]!) }));
}

/** The guide, one question per call: the next question, or the tailored checklist once everything asked is answered. */
export const evaluateGuide: Handler<(typeof onethingContracts)['guide.evaluate']> = async (input) => {
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
    materials: result.materials.map((m) => ({
      id: m.id,
      name: m.name,
      description: m.description ?? null,
      neededBy: m.neededBy,
      source: sourceView(m.source, m.sourceSummary),
      why: m.why,
    })),
    totalLegalDays: result.totalLegalDays,
    totalPromisedDays: result.totalPromisedDays,
    notices: result.notices,
  };
};
