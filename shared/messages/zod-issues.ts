/**
 * Turns any zod issue that has no hand-written message into a sentence from the message map, naming the field by
 * its Chinese label. Installed once as zod's error map (shared/validation.ts), so the functions and the
 * mini-program speak alike; hand-written messages on a schema always win over it.
 */
import { z } from 'zod';
import { labelForPath } from './labels';
import { PROBLEM_MESSAGES as say } from './problems';

type RawIssue = z.core.$ZodRawIssue;

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Things a person picks rather than types. */
const PICKED = new Set(['boolean', 'array', 'tuple', 'set', 'date']);

/** A label the schema carries itself (`.meta({ label })`), if any. */
function ownLabel(issue: RawIssue): string | undefined {
  for (const schema of [issue.inst, issue.schema]) {
    if (!schema || !('_zod' in schema) || !('parse' in (schema as object))) continue;
    const meta = z.globalRegistry.get(schema as z.ZodType) as { label?: unknown } | undefined;
    if (typeof meta?.label === 'string') return meta.label;
  }
  return undefined;
}

function asNumber(value: number | bigint): number {
  return Number(value);
}

export function messageForIssue(issue: RawIssue): string {
  const label = ownLabel(issue) ?? labelForPath(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type':
      if (isBlank(issue.input)) return PICKED.has(issue.expected) ? say.choose(label) : say.required(label);
      if (issue.expected === 'int' && typeof issue.input === 'number') return say.notWhole(label);
      if (issue.expected === 'number' || issue.expected === 'int') return say.notNumber(label);
      return say.wrongKind(label);
    case 'invalid_value':
      return isBlank(issue.input) ? say.choose(label) : say.notOneOf(label);
    case 'invalid_union':
      if (isBlank(issue.input)) return issue.discriminator ? say.choose(label) : say.required(label);
      return issue.discriminator ? say.notOneOf(label) : say.invalid(label);
    case 'too_small': {
      const min = asNumber(issue.minimum);
      if (issue.origin === 'string') return isBlank(issue.input) ? say.required(label) : say.tooShort(label, min);
      if (issue.origin === 'array' || issue.origin === 'set') return min <= 1 ? say.choose(label) : say.tooFew(label, min);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return say.tooSmall(label, min);
      return say.invalid(label);
    }
    case 'too_big': {
      const max = asNumber(issue.maximum);
      if (issue.origin === 'string') return say.tooLong(label, max);
      if (issue.origin === 'array' || issue.origin === 'set') return say.tooMany(label, max);
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') return say.tooLarge(label, max);
      return say.invalid(label);
    }
    case 'invalid_format':
      if (isBlank(issue.input)) return say.required(label);
      if (issue.format === 'datetime' || issue.format === 'date' || issue.format === 'time') return say.notDateTime(label);
      if (issue.format === 'url') return say.notLink(label);
      if (issue.format === 'email') return say.notEmail(label);
      return say.wrongFormat(label);
    case 'not_multiple_of':
      return say.invalid(label);
    case 'unrecognized_keys':
      return say.unknownItems(label);
    case 'invalid_key':
    case 'invalid_element':
      return say.unknownItems(label);
    case 'custom':
      return isBlank(issue.input) ? say.required(label) : say.invalid(label);
    default:
      return say.invalid(label);
  }
}
