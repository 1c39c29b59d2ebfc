/**
 * What a query says about single fields, as index keys: a set of points (equality, `$in`) or a range of one
 * type class (`$gt`…`$lte`; mingo compares only values of the same type). Everything here is a superset of
 * what the query matches: conditions it does not understand are ignored, never guessed, and mingo decides
 * the final match on the candidates.
 */
import { isPlainObject, type Doc } from './ejson';
import { compareKeys, KeyClass, scalarKey, type IndexKeyValue } from './index-keys';

export interface Bound {
  key: IndexKeyValue;
  inclusive: boolean;
}

export type FieldBounds =
  /** `raw` keeps the query values (for `_id` lookups). */
  | { kind: 'points'; keys: IndexKeyValue[]; raw: unknown[] }
  | { kind: 'range'; c: number; lo?: Bound; hi?: Bound };

export type QueryBounds = Map<string, FieldBounds>;

const RANGE_CLASSES = new Set<number>([KeyClass.NUMBER, KeyClass.STRING, KeyClass.DATE]);

/** Keys an equality with `value` can match: null also matches a missing field. */
function equalityKeys(value: unknown): IndexKeyValue[] | undefined {
  if (value === null) return [{ c: KeyClass.MISSING, v: null }, { c: KeyClass.NULL, v: null }];
  const key = scalarKey(value);
  return key ? [key] : undefined;
}

function points(values: unknown[]): FieldBounds | undefined {
  const keys: IndexKeyValue[] = [];
  for (const value of values) {
    const found = equalityKeys(value);
    if (!found) return undefined;
    for (const key of found) if (!keys.some((k) => compareKeys(k, key) === 0)) keys.push(key);
  }
  return { kind: 'points', keys, raw: values };
}

function inRange(key: IndexKeyValue, range: Extract<FieldBounds, { kind: 'range' }>): boolean {
  if (key.c !== range.c) return false;
  if (range.lo) {
    const order = compareKeys(key, range.lo.key);
    if (order < 0 || (order === 0 && !range.lo.inclusive)) return false;
  }
  if (range.hi) {
    const order = compareKeys(key, range.hi.key);
    if (order > 0 || (order === 0 && !range.hi.inclusive)) return false;
  }
  return true;
}

function tighter(a: Bound | undefined, b: Bound | undefined, side: 'lo' | 'hi'): Bound | undefined {
  if (!a) return b;
  if (!b) return a;
  const order = compareKeys(a.key, b.key);
  if (order === 0) return { key: a.key, inclusive: a.inclusive && b.inclusive };
  return (side === 'lo' ? order > 0 : order < 0) ? a : b;
}

function looser(a: Bound | undefined, b: Bound | undefined, side: 'lo' | 'hi'): Bound | undefined {
  if (!a || !b) return undefined;
  const order = compareKeys(a.key, b.key);
  if (order === 0) return { key: a.key, inclusive: a.inclusive || b.inclusive };
  return (side === 'lo' ? order < 0 : order > 0) ? a : b;
}

/** Both conditions hold. When unsure, keeps the first (still a superset). */
function intersect(a: FieldBounds, b: FieldBounds): FieldBounds {
  if (a.kind === 'points' && b.kind === 'points') {
    const keys = a.keys.filter((k) => b.keys.some((other) => compareKeys(k, other) === 0));
    return { kind: 'points', keys, raw: a.raw.filter((value) => { const key = equalityKeys(value); return key?.some((k) => keys.some((kept) => compareKeys(k, kept) === 0)); }) };
  }
  if (a.kind === 'points' && b.kind === 'range') return { ...a, keys: a.keys.filter((k) => inRange(k, b)) , raw: a.raw.filter((value) => equalityKeys(value)?.some((k) => inRange(k, b))) };
  if (a.kind === 'range' && b.kind === 'points') return intersect(b, a);
  if (a.kind === 'range' && b.kind === 'range' && a.c === b.c) {
    return { kind: 'range', c: a.c, lo: tighter(a.lo, b.lo, 'lo'), hi: tighter(a.hi, b.hi, 'hi') };
  }
  return a;
}

/** Either condition holds; undefined when no single bound covers both. */
function hull(a: FieldBounds, b: FieldBounds): FieldBounds | undefined {
  if (a.kind === 'points' && b.kind === 'points') {
    const keys = [...a.keys];
    for (const key of b.keys) if (!keys.some((k) => compareKeys(k, key) === 0)) keys.push(key);
    return { kind: 'points', keys, raw: [...a.raw, ...b.raw] };
  }
  if (a.kind === 'points' && b.kind === 'range') {
    if (!a.keys.every((k) => k.c === b.c)) return undefined;
    const asRange = a.keys.map((k): FieldBounds => ({ kind: 'range', c: k.c, lo: { key: k, inclusive: true }, hi: { key: k, inclusive: true } }));
    return asRange.reduce<FieldBounds | undefined>((acc, r) => (acc ? hull(acc, r) : undefined), b);
  }
  if (a.kind === 'range' && b.kind === 'points') return hull(b, a);
  if (a.kind === 'range' && b.kind === 'range' && a.c === b.c) {
    const lo = looser(a.lo, b.lo, 'lo');
    const hi = looser(a.hi, b.hi, 'hi');
    return lo || hi ? { kind: 'range', c: a.c, lo, hi } : undefined;
  }
  return undefined;
}

function addTo(bounds: QueryBounds, field: string, next: FieldBounds): void {
  const current = bounds.get(field);
  bounds.set(field, current ? intersect(current, next) : next);
}

/** Bounds of one field's condition object (`{$gt: 1, $lt: 5}`, `{$in: […]}`, …). */
function operatorBounds(condition: Doc): FieldBounds | undefined {
  let result: FieldBounds | undefined;
  const add = (next: FieldBounds | undefined) => {
    if (next) result = result ? intersect(result, next) : next;
  };
  for (const [operator, operand] of Object.entries(condition)) {
    switch (operator) {
      case '$eq':
        add(points([operand]));
        break;
      case '$in':
        if (Array.isArray(operand)) add(points(operand));
        break;
      case '$gt':
      case '$gte':
      case '$lt':
      case '$lte': {
        const key = scalarKey(operand);
        if (!key || !RANGE_CLASSES.has(key.c)) break;
        const bound = { key, inclusive: operator.endsWith('e') };
        add(operator.startsWith('$g') ? { kind: 'range', c: key.c, lo: bound } : { kind: 'range', c: key.c, hi: bound });
        break;
      }
      default:
        // $ne, $nin, $exists, $regex, $elemMatch, …: no narrowing
        break;
    }
  }
  return result;
}

/** The per-field bounds a query implies (all of them hold for every matching document). */
export function queryBounds(query: Doc): QueryBounds {
  const bounds: QueryBounds = new Map();
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) if (isPlainObject(part)) for (const [field, b] of queryBounds(part)) addTo(bounds, field, b);
      continue;
    }
    if (key === '$or' && Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) {
      const branches = (value as Doc[]).map(queryBounds);
      for (const [field, first] of branches[0]!) {
        let merged: FieldBounds | undefined = first;
        for (const branch of branches.slice(1)) {
          const other = branch.get(field);
          merged = merged && other ? hull(merged, other) : undefined;
        }
        if (merged) addTo(bounds, field, merged);
      }
      continue;
    }
    if (key.startsWith('$')) continue;
    if (isPlainObject(value)) {
      const operators = Object.keys(value);
      if (operators.length > 0 && operators.every((k) => k.startsWith('$'))) {
        const found = operatorBounds(value);
        if (found) addTo(bounds, key, found);
      }
      continue;
    }
    const found = points([value]);
    if (found) addTo(bounds, key, found);
  }
  return bounds;
}
