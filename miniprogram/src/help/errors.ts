import { ApiError } from '@/api';

export interface FieldProblem {
  /** Dotted path of the input, e.g. `contact.phone`. */
  path: string;
  message: string;
}

/** The field problems of a VALIDATION_FAILED answer (checked in the client first, then on the server). */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError) || error.code !== 'VALIDATION_FAILED') return [];
  const fields = (error.details as { fields?: FieldProblem[] } | null)?.fields;
  return Array.isArray(fields) ? fields : [];
}

/** A message a person can act on. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return '出了点问题，请稍后再试。';
}
