import { z } from 'zod';
import type { FieldIssue } from '../errors';
import { issuesOf } from '../validation';
import { isoDateSchema, type AnswerValue, type Answers } from './conditions';
import type { Question, Theme } from './schema';

/** What the guide sends: question id → answer. Checked per question with `answerSchemaFor`. */
export const answersSchema = z.record(
  z.string(),
  z.union([z.string(), z.array(z.string()), z.boolean(), z.number()]),
);

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const schemaCache = new WeakMap<Question, z.ZodType<AnswerValue>>();

/** The zod schema one answer to this question must satisfy, with messages in plain Chinese. */
export function answerSchemaFor(question: Question): z.ZodType<AnswerValue> {
  let schema = schemaCache.get(question);
  if (!schema) {
    schema = buildAnswerSchema(question);
    schemaCache.set(question, schema);
  }
  return schema;
}

function buildAnswerSchema(question: Question): z.ZodType<AnswerValue> {
  switch (question.type) {
    case 'single': {
      const values = question.options.map((o) => o.value);
      return z.string().refine((v) => values.includes(v), '请从给出的选项中选择一项');
    }
    case 'multiple': {
      const values = question.options.map((o) => o.value);
      let schema = z
        .array(z.string().refine((v) => values.includes(v), '请从给出的选项中选择'))
        .min(question.minSelected, `至少选择 ${question.minSelected} 项`)
        .refine((v) => new Set(v).size === v.length, '同一项不能选两次');
      if (question.maxSelected !== undefined) {
        const max = question.maxSelected;
        schema = schema.refine((v) => v.length <= max, `最多选择 ${max} 项`);
      }
      return schema;
    }
    case 'yesNo':
      return z.boolean({ error: '请选择“是”或“否”' });
    case 'number': {
      let schema = z.number({ error: '请填写数字' });
      if (question.integer) schema = schema.int('请填写整数');
      if (question.min !== undefined) schema = schema.min(question.min, `不能小于 ${question.min}${question.unit}`);
      if (question.max !== undefined) schema = schema.max(question.max, `不能大于 ${question.max}${question.unit}`);
      return schema;
    }
    case 'date': {
      const { min, max } = question;
      return isoDateSchema
        .refine(isRealDate, '没有这一天，请检查日期')
        .refine((v) => min === undefined || v >= min, `不能早于 ${min}`)
        .refine((v) => max === undefined || v <= max, `不能晚于 ${max}`);
    }
  }
}

/** Problems with the given answers, each under the question's id; answers to unknown questions are problems too. */
export function validateAnswers(theme: Theme, answers: Record<string, unknown>): FieldIssue[] {
  const byId = new Map(theme.questions.map((q) => [q.id, q]));
  const issues: FieldIssue[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id);
    if (!question) {
      issues.push({ path: id, message: '没有这个问题' });
      continue;
    }
    const result = answerSchemaFor(question).safeParse(value);
    if (!result.success) {
      for (const issue of issuesOf(result.error)) {
        issues.push({ path: issue.path === '(root)' ? id : `${id}.${issue.path}`, message: issue.message });
      }
    }
  }
  return issues;
}

// The guide re-checks every kept answer on each step, and the simulator walks thousands of paths over the
// same few values: remember each question's verdicts.
const verdictCache = new WeakMap<Question, Map<string, boolean>>();

export function isValidAnswer(question: Question, value: unknown): value is AnswerValue {
  let verdicts = verdictCache.get(question);
  if (!verdicts) verdictCache.set(question, (verdicts = new Map()));
  const key = `${typeof value}:${JSON.stringify(value)}`;
  let valid = verdicts.get(key);
  if (valid === undefined) {
    valid = answerSchemaFor(question).safeParse(value).success;
    if (verdicts.size < 1000) verdicts.set(key, valid);
  }
  return valid;
}

/** The answer as the person would read it on the "check your answers" page. */
export function describeAnswer(question: Question, value: AnswerValue): string {
  switch (question.type) {
    case 'single':
      return question.options.find((o) => o.value === value)?.label ?? String(value);
    case 'multiple': {
      const chosen = Array.isArray(value) ? value : [];
      if (chosen.length === 0) return '都没有';
      return chosen.map((v) => question.options.find((o) => o.value === v)?.label ?? v).join('、');
    }
    case 'yesNo':
      return value === true ? '是' : '否';
    case 'number':
      return `${value}${question.unit}`;
    case 'date':
      return String(value);
  }
}

/** Compact `question=value` text of an answer, for snapshots and logs. */
export function answerCode(value: AnswerValue): string {
  if (Array.isArray(value)) return value.length ? value.join('+') : '∅';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

export type { AnswerValue, Answers };
