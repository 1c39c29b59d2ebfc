/**
 * How a value becomes an index key in SQLite: a type class plus a value SQLite compares the way mingo does.
 * Classes follow mingo's cross-type sort order (missing < null < number < string < boolean < date), so
 * walking an index in (class, value) order is walking mingo's sort order. Strings are stored as UTF-16BE
 * blobs: SQLite compares blobs with memcmp, which then equals JavaScript's code-unit order (plain UTF-8
 * text would not, for characters above U+FFFF).
 *
 * Values with no such key (objects, regexes, bson types, NaN, a path through an array) make the document
 * "loose": it is a candidate of every lookup on that index and mingo decides.
 */
import { resolve as resolvePath } from 'mingo/util';
import { isPlainObject, toEjsonString, type Doc } from './ejson';

export const KeyClass = { MISSING: 1, NULL: 2, NUMBER: 3, STRING: 4, BOOLEAN: 9, DATE: 10 } as const;

/** Key columns kept per index entry; keys of an index beyond these narrow nothing (mingo still decides). */
export const MAX_KEY_COLUMNS = 4;

export type SqlValue = number | Buffer | null;

export interface IndexKeyValue {
  c: number;
  v: SqlValue;
}

export function stringKey(value: string): Buffer {
  const buffer = Buffer.from(value, 'utf16le');
  return buffer.swap16();
}

/** The key of a scalar, or undefined when the value has none (it is not a scalar mingo orders simply). */
export function scalarKey(value: unknown): IndexKeyValue | undefined {
  if (value === null) return { c: KeyClass.NULL, v: null };
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? undefined : { c: KeyClass.NUMBER, v: value };
    case 'string':
      return { c: KeyClass.STRING, v: stringKey(value) };
    case 'boolean':
      return { c: KeyClass.BOOLEAN, v: value ? 1 : 0 };
    default:
      if (value instanceof Date) {
        const time = value.getTime();
        return Number.isNaN(time) ? undefined : { c: KeyClass.DATE, v: time };
      }
      return undefined;
  }
}

/**
 * The value at a dotted path; `'missing'` when absent, `'unclear'` when the path runs through an array or an
 * object that is not plain (mingo's own path rules then decide, so the document stays a candidate).
 */
function valueAt(doc: Doc, field: string): { value: unknown } | 'missing' | 'unclear' {
  let current: unknown = doc;
  for (const segment of field.split('.')) {
    if (Array.isArray(current)) return 'unclear';
    if (current !== null && typeof current === 'object' && !isPlainObject(current)) return 'unclear';
    if (!isPlainObject(current) || !Object.prototype.hasOwnProperty.call(current, segment)) return 'missing';
    current = current[segment];
  }
  return current === undefined ? 'missing' : { value: current };
}

export function sameKey(a: IndexKeyValue, b: IndexKeyValue): boolean {
  return compareKeys(a, b) === 0;
}

export function compareKeys(a: IndexKeyValue, b: IndexKeyValue): number {
  if (a.c !== b.c) return a.c < b.c ? -1 : 1;
  if (a.v === null || b.v === null) return a.v === b.v ? 0 : a.v === null ? -1 : 1;
  if (typeof a.v === 'number' && typeof b.v === 'number') return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  return Buffer.compare(a.v as Buffer, b.v as Buffer);
}

/**
 * The entries a document has in an index: one tuple of keys, or one per element when exactly one indexed
 * field holds an array of scalars (multikey, as MongoDB), or `loose` when some key cannot be expressed.
 */
export type DocumentEntries = { loose: true } | { loose: false; multi: boolean; tuples: IndexKeyValue[][] };

export function documentEntries(doc: Doc, fields: string[]): DocumentEntries {
  const columns: IndexKeyValue[][] = [];
  let arrays = 0;
  for (const field of fields.slice(0, MAX_KEY_COLUMNS)) {
    const found = valueAt(doc, field);
    if (found === 'unclear') return { loose: true };
    if (found === 'missing') {
      columns.push([{ c: KeyClass.MISSING, v: null }]);
      continue;
    }
    if (Array.isArray(found.value)) {
      arrays += 1;
      const keys: IndexKeyValue[] = [];
      for (const element of found.value) {
        const key = scalarKey(element);
        if (!key) return { loose: true };
        if (!keys.some((k) => sameKey(k, key))) keys.push(key);
      }
      if (keys.length === 0 || arrays > 1) return { loose: true };
      columns.push(keys);
      continue;
    }
    const key = scalarKey(found.value);
    if (!key) return { loose: true };
    columns.push([key]);
  }
  let tuples: IndexKeyValue[][] = [[]];
  for (const options of columns) tuples = tuples.flatMap((tuple) => options.map((key) => [...tuple, key]));
  return { loose: false, multi: arrays > 0, tuples };
}

/** The value tuple a unique index compares (a missing field counts as null, as in MongoDB). */
export function uniqueKey(doc: Doc, fields: string[]): string {
  return toEjsonString(fields.map((field) => resolvePath(doc, field) ?? null));
}
