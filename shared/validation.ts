import { z } from 'zod';
import { AppError, type FieldIssue } from './errors';

// Chinese messages for every zod issue, everywhere the schemas run (functions and mini-program alike).
z.config(z.locales.zhCN());

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
}

/** Parses `value` with `schema` or throws VALIDATION_FAILED whose details list every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, what = '提交的内容'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields = issuesOf(result.error);
  const first = fields[0];
  // The message is read by a person: it names the field in their words; the schema paths stay in `details.fields`.
  const message = `${what}有 ${fields.length} 处需要修改${first ? `：${first.message}` : ''}`;
  throw new AppError('VALIDATION_FAILED', message, { fields });
}
