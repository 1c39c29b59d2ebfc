import { z } from 'zod';

/** A date answer, `YYYY-MM-DD`. Dates compare correctly as strings in this form. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期不对，请按“年-月-日”填写，例如 2026-03-08');

/** One answer as stored: single choice → option value, multiple → values, yes/no → boolean, number, date. */
export type AnswerValue = string | string[] | boolean | number;
export type Answers = Readonly<Record<string, AnswerValue>>;

/**
 * The condition language of the catalog: plain data, no functions, so definitions can be stored, diffed,
 * versioned and checked by the linter. A comparison over a question that was not answered (or not asked)
 * is false; `not` of it is therefore true.
 */
export type Condition =
  | { op: 'all'; of: Condition[] }
  | { op: 'any'; of: Condition[] }
  | { op: 'not'; of: Condition }
  | { op: 'equals'; question: string; value: string | number | boolean }
  | { op: 'in'; question: string; values: string[] }
  | { op: 'includes'; question: string; value: string }
  | { op: 'isTrue'; question: string }
  | { op: 'isFalse'; question: string }
  | { op: 'gte' | 'gt' | 'lte' | 'lt'; question: string; value: number | string }
  | { op: 'answered'; question: string };

export type ComparisonOp = 'gte' | 'gt' | 'lte' | 'lt';

const questionRef = z.string().min(1, '条件必须指明问题');

export const conditionSchema: z.ZodType<Condition, Condition> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.strictObject({ op: z.literal('all'), of: z.array(conditionSchema).min(1, '“全部满足”至少要有一个条件') }),
    z.strictObject({ op: z.literal('any'), of: z.array(conditionSchema).min(1, '“任一满足”至少要有一个条件') }),
    z.strictObject({ op: z.literal('not'), of: conditionSchema }),
    z.strictObject({ op: z.literal('equals'), question: questionRef, value: z.union([z.string(), z.number(), z.boolean()]) }),
    z.strictObject({ op: z.literal('in'), question: questionRef, values: z.array(z.string()).min(1) }),
    z.strictObject({ op: z.literal('includes'), question: questionRef, value: z.string() }),
    z.strictObject({ op: z.literal('isTrue'), question: questionRef }),
    z.strictObject({ op: z.literal('isFalse'), question: questionRef }),
    z.strictObject({
      op: z.enum(['gte', 'gt', 'lte', 'lt']),
      question: questionRef,
      value: z.union([z.number(), isoDateSchema]),
    }),
    z.strictObject({ op: z.literal('answered'), question: questionRef }),
  ]),
);

function compare(answer: AnswerValue | undefined, op: ComparisonOp, value: number | string): boolean {
  if (typeof answer !== typeof value || (typeof answer !== 'number' && typeof answer !== 'string')) return false;
  const a = answer as number | string;
  switch (op) {
    case 'gte':
      return a >= value;
    case 'gt':
      return a > value;
    case 'lte':
      return a <= value;
    case 'lt':
      return a < value;
  }
}

export function holds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  switch (condition.op) {
    case 'all':
      return condition.of.every((c) => holds(c, answers));
    case 'any':
      return condition.of.some((c) => holds(c, answers));
    case 'not':
      return !holds(condition.of, answers);
    case 'equals':
      return answers[condition.question] === condition.value;
    case 'in': {
      const answer = answers[condition.question];
      return typeof answer === 'string' && condition.values.includes(answer);
    }
    case 'includes': {
      const answer = answers[condition.question];
      return Array.isArray(answer) && answer.includes(condition.value);
    }
    case 'isTrue':
      return answers[condition.question] === true;
    case 'isFalse':
      return answers[condition.question] === false;
    case 'answered':
      return answers[condition.question] !== undefined;
    default:
      return compare(answers[condition.question], condition.op, condition.value);
  }
}

/** Every leaf comparison in a condition, with its path below the condition (for precise lint messages). */
export function leavesOf(
  condition: Condition,
  path: (string | number)[] = [],
): { leaf: Exclude<Condition, { op: 'all' | 'any' | 'not' }>; path: (string | number)[] }[] {
  switch (condition.op) {
    case 'all':
    case 'any':
      return condition.of.flatMap((c, i) => leavesOf(c, [...path, 'of', i]));
    case 'not':
      return leavesOf(condition.of, [...path, 'of']);
    default:
      return [{ leaf: condition, path }];
  }
}

export function questionsIn(condition: Condition | undefined): string[] {
  return condition ? [...new Set(leavesOf(condition).map(({ leaf }) => leaf.question))] : [];
}
