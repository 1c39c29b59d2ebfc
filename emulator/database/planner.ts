/**
 * Picks how a query finds its candidate documents: by `_id`, by an index lookup (equality / `$in` on the
 * leading keys, then a range), by walking an index in the order of the sort field (stopping once enough
 * documents match), or by scanning the collection. Any plan yields a superset of the answer; mingo decides.
 */
import { MAX_KEY_COLUMNS, type IndexKeyValue } from './index-keys';
import type { LiveIndex, RangeCondition } from './index-tables';
import type { FieldBounds, QueryBounds } from './query-bounds';

/** More equality combinations than this on an index's leading keys: use fewer keys. */
const MAX_PREFIXES = 256;

export type Plan =
  | { kind: 'scan' }
  | { kind: 'ids'; ids: string[] }
  | { kind: 'lookup'; index: LiveIndex; prefixes: IndexKeyValue[][]; range?: RangeCondition }
  | { kind: 'walk'; index: LiveIndex; prefix: IndexKeyValue[]; direction: 1 | -1; range?: RangeCondition };

export interface SortHint {
  field: string;
  direction: 1 | -1;
}

function rangeCondition(bounds: FieldBounds): RangeCondition | undefined {
  if (bounds.kind !== 'range') return undefined;
  return {
    c: bounds.c,
    lo: bounds.lo && { v: bounds.lo.key.v, inclusive: bounds.lo.inclusive },
    hi: bounds.hi && { v: bounds.hi.key.v, inclusive: bounds.hi.inclusive },
  };
}

function lookupPlan(index: LiveIndex, bounds: QueryBounds): { plan: Plan; score: number } | undefined {
  let prefixes: IndexKeyValue[][] = [[]];
  let range: RangeCondition | undefined;
  let score = 0;
  for (const field of index.fields.slice(0, MAX_KEY_COLUMNS)) {
    const b = bounds.get(field);
    if (!b) break;
    if (b.kind === 'range') {
      range = rangeCondition(b);
      score += 1;
      break;
    }
    if (prefixes.length * b.keys.length > MAX_PREFIXES && score > 0) break;
    prefixes = prefixes.flatMap((prefix) => b.keys.map((key) => [...prefix, key]));
    score += 2;
    if (b.keys.length === 0) break;
  }
  return score > 0 ? { plan: { kind: 'lookup', index, prefixes, range }, score } : undefined;
}

function walkPlan(index: LiveIndex, bounds: QueryBounds, sort: SortHint): { plan: Plan; score: number } | undefined {
  // an array in an indexed field puts a document at several places of the order
  if (index.multi) return undefined;
  const prefix: IndexKeyValue[] = [];
  for (const field of index.fields.slice(0, MAX_KEY_COLUMNS)) {
    const b = bounds.get(field);
    if (field === sort.field) {
      if (b?.kind === 'points') return undefined;
      const range = b && rangeCondition(b);
      return { plan: { kind: 'walk', index, prefix, direction: sort.direction, range }, score: prefix.length * 2 + (range ? 1 : 0) + 0.5 };
    }
    if (b?.kind !== 'points' || b.keys.length !== 1) return undefined;
    prefix.push(b.keys[0]!);
  }
  return undefined;
}

export function choosePlan(bounds: QueryBounds, indexes: LiveIndex[], sort?: SortHint): Plan {
  const id = bounds.get('_id');
  if (id?.kind === 'points' && id.raw.every((value) => typeof value === 'string')) return { kind: 'ids', ids: id.raw as string[] };
  let best: { plan: Plan; score: number } | undefined;
  for (const index of indexes) {
    for (const option of [lookupPlan(index, bounds), sort ? walkPlan(index, bounds, sort) : undefined]) {
      if (option && (!best || option.score > best.score)) best = option;
    }
  }
  return best?.plan ?? { kind: 'scan' };
}
