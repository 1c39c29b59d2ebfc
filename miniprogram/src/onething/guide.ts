import type { OutputOf } from '@shared/contract';
import { api, call } from '@/api';
import { themeRef } from './theme-ref';

export type GuideAnswers = Record<string, string | string[] | boolean | number>;
export type GuideEvaluation = OutputOf<(typeof api.onething)['guide.evaluate']>;
export type GuideQuestionPage = Extract<GuideEvaluation, { status: 'question' }>;
export type GuideResult = Extract<GuideEvaluation, { status: 'result' }>;
export type GuideQuestion = GuideQuestionPage['question'];
export type AnswerValue = GuideAnswers[string];

export function evaluateGuide(themeId: string, answers: GuideAnswers): Promise<GuideEvaluation> {
  return call(api.onething['guide.evaluate'], { ...themeRef(themeId), answers });
}

/**
 * The answers given before `questionId` on the way through (the path is in asking order). Evaluating them
 * makes the backend ask `questionId` again: that is how a page of an earlier question is shown.
 */
export function answersBefore(full: GuideEvaluation, questionId: string): GuideAnswers {
  const index = full.path.findIndex((step) => step.questionId === questionId);
  const steps = index < 0 ? full.path : full.path.slice(0, index);
  return Object.fromEntries(steps.map((step) => [step.questionId, full.answers[step.questionId]!]));
}

/** The answers up to and including `questionId`: evaluating them asks the question after it. */
export function answersThrough(full: GuideEvaluation, questionId: string): GuideAnswers {
  const index = full.path.findIndex((step) => step.questionId === questionId);
  const steps = full.path.slice(0, index + 1);
  return Object.fromEntries(steps.map((step) => [step.questionId, full.answers[step.questionId]!]));
}
