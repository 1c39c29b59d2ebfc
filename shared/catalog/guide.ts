/**
 * The questionnaire (情形引导), one question per page: which questions are asked given the answers so far,
 * which comes next or before, and recording an answer (which may make later answers moot).
 */
import type { FieldIssue } from '../errors';
import { issuesOf } from '../validation';
import { answerSchemaFor, isValidAnswer } from './answers';
import { holds, type AnswerValue, type Answers } from './conditions';
import type { Question, Theme } from './schema';

/**
 * Walks the questions in order, keeping an answer only if its question is asked given the answers kept
 * before it and the answer is valid. Everything else is dropped: this is what makes a changed early answer
 * forget the answers to questions that are no longer asked.
 */
export function walkQuestions(theme: Theme, answers: Answers): { visible: Question[]; kept: Record<string, AnswerValue> } {
  const kept: Record<string, AnswerValue> = {};
  const visible: Question[] = [];
  for (const question of theme.questions) {
    if (!holds(question.askWhen, kept)) continue;
    visible.push(question);
    const value = answers[question.id];
    if (value !== undefined && isValidAnswer(question, value)) kept[question.id] = value;
  }
  return { visible, kept };
}

/** The questions asked given these answers, in order (answered or not). */
export function visibleQuestions(theme: Theme, answers: Answers): Question[] {
  return walkQuestions(theme, answers).visible;
}

/** The answers that still count, and the ids of those dropped (question no longer asked, unknown or invalid). */
export function pruneAnswers(theme: Theme, answers: Answers): { answers: Record<string, AnswerValue>; dropped: string[] } {
  const { kept } = walkQuestions(theme, answers);
  return { answers: kept, dropped: Object.keys(answers).filter((id) => !(id in kept)) };
}

/** The first asked question without an answer; null when the guide is done. */
export function nextQuestion(theme: Theme, answers: Answers): Question | null {
  const { visible, kept } = walkQuestions(theme, answers);
  return visible.find((q) => !(q.id in kept)) ?? null;
}

/** The page before `currentId` (or the last asked question when the person is on the result page). */
export function previousQuestion(theme: Theme, answers: Answers, currentId: string | null): Question | null {
  const { visible } = walkQuestions(theme, answers);
  if (currentId === null) return visible[visible.length - 1] ?? null;
  const index = visible.findIndex((q) => q.id === currentId);
  return index > 0 ? visible[index - 1]! : null;
}

export type AnswerResult =
  | { ok: true; answers: Record<string, AnswerValue>; dropped: string[] }
  | { ok: false; issues: FieldIssue[] };

/** Records one answer; answers to questions that this makes unnecessary are dropped (and listed). */
export function answerQuestion(theme: Theme, answers: Answers, questionId: string, value: unknown): AnswerResult {
  const question = theme.questions.find((q) => q.id === questionId);
  if (!question) return { ok: false, issues: [{ path: questionId, message: '没有这个问题' }] };
  const parsed = answerSchemaFor(question).safeParse(value);
  if (!parsed.success) {
    return { ok: false, issues: issuesOf(parsed.error).map((i) => ({ ...i, path: i.path === '(root)' ? questionId : `${questionId}.${i.path}` })) };
  }
  const before = pruneAnswers(theme, answers).answers;
  const after = pruneAnswers(theme, { ...before, [questionId]: parsed.data });
  if (!(questionId in after.answers)) return { ok: false, issues: [{ path: questionId, message: '根据前面的回答，这个问题不需要回答' }] };
  return { ok: true, answers: after.answers, dropped: Object.keys(before).filter((id) => !(id in after.answers)) };
}
