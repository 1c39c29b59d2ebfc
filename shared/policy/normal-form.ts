/**
 * Negation normal form: `not` pushed down to the predicates (De Morgan), so that what remains is a tree of `all` and
 * `any` over criteria, each a predicate that may be negated. The matcher and the pre-filter both work on this form,
 * which is what lets "one criterion short" mean the same thing to both.
 */
import { isPredicate, type Eligibility, type Predicate } from './eligibility';

export interface Criterion {
  predicate: Predicate;
  /** True under an odd number of `not`s: the criterion is that the predicate does NOT hold. */
  negated: boolean;
  /** Where the predicate sits in the policy's own expression, e.g. 'all.1.any.0' ('' for a lone predicate). */
  path: string;
}

export type NormalNode =
  | { kind: 'all'; children: NormalNode[] }
  | { kind: 'any'; children: NormalNode[] }
  /** An index into NormalForm.criteria. */
  | { kind: 'criterion'; index: number };

export interface NormalForm {
  root: NormalNode;
  /** Every predicate of the expression, in reading order. */
  criteria: Criterion[];
}

const join = (path: string, part: string | number) => (path ? `${path}.${part}` : String(part));

export function normalForm(expression: Eligibility): NormalForm {
  const criteria: Criterion[] = [];
  const walk = (node: Eligibility, negated: boolean, path: string): NormalNode => {
    if (isPredicate(node)) {
      criteria.push({ predicate: node, negated, path });
      return { kind: 'criterion', index: criteria.length - 1 };
    }
    if ('not' in node) return walk(node.not, !negated, join(path, 'not'));
    const group = 'all' in node ? 'all' : 'any';
    const list = 'all' in node ? node.all : node.any;
    // not(all) = any(not …), not(any) = all(not …)
    const kind = negated ? (group === 'all' ? 'any' : 'all') : group;
    return { kind, children: list.map((child, index) => walk(child, negated, join(path, `${group}.${index}`))) };
  };
  return { root: walk(expression, false, ''), criteria };
}
