/**
 * Walks every answer path through a theme's questionnaire: each option of a choice, both answers of a
 * yes/no, numbers and dates at the boundaries the conditions use. Shared by the linter (reachability) and
 * the simulator (what each combination yields).
 */
import { holds, leavesOf, type AnswerValue } from './conditions';
import type { Question, Theme } from './schema';
import { conditionsOf } from './theme-conditions';

/** Multiple-choice questions with more options than this are sampled (none, each one, each pair, all). */
const FULL_POWERSET_UP_TO = 5;
export const DEFAULT_MAX_PATHS = 20_000;

export interface AnswerSamples {
  values: AnswerValue[];
  /** True when not every possible answer was tried (numbers, dates, large multiple choices). */
  sampled: boolean;
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function subsets<T>(items: T[]): T[][] {
  const all: T[][] = [[]];
  for (const item of items) for (const s of all.slice()) all.push([...s, item]);
  return all.sort((a, b) => a.length - b.length);
}

/** Boundary values for a number or date question, from every comparison in the theme that looks at it. */
function boundaries(theme: Theme, question: Extract<Question, { type: 'number' | 'date' }>): (number | string)[] {
  const isDate = question.type === 'date';
  const step = (v: number | string, dir: -1 | 1) =>
    typeof v === 'string' ? addDays(v, dir) : v + dir * (question.type === 'number' && !question.integer ? 0.01 : 1);
  const values: (number | string)[] = [];
  for (const { condition } of conditionsOf(theme)) {
    for (const { leaf } of leavesOf(condition)) {
      if (leaf.question !== question.id || !('value' in leaf)) continue;
      const t = leaf.value;
      if (typeof t !== (isDate ? 'string' : 'number')) continue;
      const v = t as number | string;
      if (leaf.op === 'gte' || leaf.op === 'lt') values.push(step(v, -1), v);
      else if (leaf.op === 'gt' || leaf.op === 'lte') values.push(v, step(v, 1));
      else if (leaf.op === 'equals') values.push(step(v, -1), v, step(v, 1));
    }
  }
  const { min, max } = question;
  const inRange = (v: number | string) => (min === undefined || v >= min) && (max === undefined || v <= max);
  const unique = [...new Set(values.map((v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)))].filter(inRange);
  if (unique.length === 0) unique.push(min ?? max ?? (isDate ? '2026-01-01' : 0));
  return unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function sampleAnswers(theme: Theme, question: Question): AnswerSamples {
  switch (question.type) {
    case 'single':
      return { values: question.options.map((o) => o.value), sampled: false };
    case 'yesNo':
      return { values: [true, false], sampled: false };
    case 'multiple': {
      const values = question.options.map((o) => o.value);
      const fits = (s: string[]) => s.length >= question.minSelected && (question.maxSelected === undefined || s.length <= question.maxSelected);
      if (values.length <= FULL_POWERSET_UP_TO) return { values: subsets(values).filter(fits), sampled: false };
      const pairs = values.flatMap((a, i) => values.slice(i + 1).map((b) => [a, b]));
      const picked = [[], ...values.map((v) => [v]), ...pairs, values].filter(fits);
      return { values: picked.length ? picked : [values.slice(0, question.minSelected)], sampled: true };
    }
    case 'number':
    case 'date':
      return { values: boundaries(theme, question), sampled: true };
  }
}

export interface AnswerPath {
  answers: Record<string, AnswerValue>;
}

export interface Enumeration {
  paths: AnswerPath[];
  /** Stopped at `maxPaths`: reachability found from these paths is incomplete. */
  truncated: boolean;
  /** Questions whose answers were sampled rather than tried exhaustively. */
  sampledQuestions: string[];
}

/** Like the engine's nextQuestion, without re-validating answers: every sampled answer is valid by construction. */
function nextAsked(theme: Theme, answers: Record<string, AnswerValue>): Question | null {
  const asked: Record<string, AnswerValue> = {};
  for (const question of theme.questions) {
    if (!holds(question.askWhen, asked)) continue;
    const value = answers[question.id];
    if (value === undefined) return question;
    asked[question.id] = value;
  }
  return null;
}

export function enumerateAnswerPaths(theme: Theme, maxPaths = DEFAULT_MAX_PATHS): Enumeration {
  const paths: AnswerPath[] = [];
  const sampled = new Set<string>();
  const samples = new Map<string, AnswerValue[]>();
  for (const question of theme.questions) {
    const s = sampleAnswers(theme, question);
    samples.set(question.id, s.values);
    if (s.sampled) sampled.add(question.id);
  }
  let truncated = false;
  const visit = (answers: Record<string, AnswerValue>): void => {
    if (paths.length >= maxPaths) {
      truncated = true;
      return;
    }
    const question = nextAsked(theme, answers);
    if (!question) {
      paths.push({ answers });
      return;
    }
    for (const value of samples.get(question.id)!) {
      visit({ ...answers, [question.id]: value });
      if (truncated) return;
    }
  };
  visit({});
  return { paths, truncated, sampledQuestions: theme.questions.filter((q) => sampled.has(q.id)).map((q) => q.id) };
}
