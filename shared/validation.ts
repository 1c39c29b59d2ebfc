import { z } from 'zod';
import { AppError, type FieldIssue } from './errors';
import { messageForIssue } from './messages';

// Every zod issue without a hand-written message is worded from the one Chinese message map (shared/messages),
// everywhere the schemas run (functions and mini-program alike): never a type name, an enum list or a field key.
z.config({ localeError: messageForIssue });

/**
 * One message per field: a field that fails several checks (empty, so also too short and of the wrong format) shows
 * the first, which is the one to act on.
 */
export function issuesOf(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>();
  const fields: FieldIssue[] = [];
  const add = (segments: readonly PropertyKey[], message: string) => {
    const path = segments.map(String).join('.') || '(root)';
    if (seen.has(path)) return;
    seen.add(path);
    fields.push({ path, message });
  };
  for (const issue of error.issues) {
    // A key nobody should have sent is never named in the message; its path says which one it was.
    if (issue.code === 'unrecognized_keys') for (const key of issue.keys) add([...issue.path, key], issue.message);
    else add(issue.path, issue.message);
  }
  return fields;
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
