import type { z } from 'zod';
import type { FieldError } from '@/components/ErrorSummary';
import { fieldProblems } from '@/help/errors';

/** The first message of a zod schema for one value, or null when the value passes (inline field errors). */
export function problemOf(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? '填写有误');
}

/**
 * A VALIDATION_FAILED answer (from the client-side check or the server) as error-summary entries: each field's
 * path is mapped to the element id of its block on the page (`ids`), unknown paths to `fallback`.
 */
export function summaryErrors(cause: unknown, ids: Record<string, string>, fallback: string): FieldError[] {
  return fieldProblems(cause).map((problem) => {
    const key = Object.keys(ids).find((path) => problem.path === path || problem.path.startsWith(`${path}.`));
    return { field: key ? ids[key]! : fallback, message: problem.message };
  });
}
