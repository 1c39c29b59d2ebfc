/**
 * The wire format of documents: canonical Extended JSON strings (`{"$numberInt":"30"}`, `{"$date":…}`).
 * Parsed values are plain JS (numbers, Date, RegExp) so mingo can evaluate them; serialised values are
 * canonical EJSON like the SDK itself sends.
 */
import { BSONRegExp, EJSON } from 'bson';
import { invalidParam } from '../errors';
import { MAX_JSON_DEPTH, jsonDepth } from '../json-depth';

export type Doc = Record<string, unknown>;

export interface ParseOptions {
  /** Server time used to substitute `{"$tcb_server_date":{"offset":ms}}` (db.serverDate()). */
  now?: number;
}

/** Replaces `$tcb_server_date` markers with EJSON dates, in the raw JSON tree, before EJSON decoding. */
function substituteServerDates(value: unknown, now: number): unknown {
  if (Array.isArray(value)) return value.map((item) => substituteServerDates(item, now));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && keys[0] === '$tcb_server_date') {
      const spec = record.$tcb_server_date as { offset?: unknown } | null;
      const offset = decodeNumber(spec && typeof spec === 'object' ? spec.offset : 0);
      return { $date: { $numberLong: String(Math.round(now + offset)) } };
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) out[key] = substituteServerDates(record[key], now);
    return out;
  }
  return value;
}

function decodeNumber(raw: unknown): number {
  if (typeof raw === 'number') return raw;
  if (raw && typeof raw === 'object') {
    const record = raw as Record<string, unknown>;
    for (const key of ['$numberInt', '$numberLong', '$numberDouble']) {
      if (typeof record[key] === 'string') return Number(record[key]);
    }
  }
  return 0;
}

/** bson types mingo cannot evaluate become their JS equivalents. */
function toNative(value: unknown): unknown {
  if (value instanceof BSONRegExp) {
    const flags = value.options.split('').filter((f) => 'imsu'.includes(f)).join('');
    return new RegExp(value.pattern, flags);
  }
  if (Array.isArray(value)) return value.map(toNative);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = toNative(record[key]);
  }
  return value;
}

/** Decodes an already JSON-parsed EJSON tree. */
export function fromEjsonValue(raw: unknown, options: ParseOptions = {}): unknown {
  const substituted = substituteServerDates(raw, options.now ?? Date.now());
  return toNative(EJSON.deserialize(substituted as never, { relaxed: true }));
}

/** Decodes one EJSON string (as the SDK sends `query`, `data`, `order`…). */
export function parseEjson(text: unknown, what: string, options: ParseOptions = {}): unknown {
  if (typeof text !== 'string') throw invalidParam(`${what} must be an EJSON string`);
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw invalidParam(`${what} is nested deeper than ${MAX_JSON_DEPTH} levels`);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw invalidParam(`${what} is not valid JSON: ${(error as Error).message}`);
  }
  try {
    return fromEjsonValue(raw, options);
  } catch (error) {
    throw invalidParam(`${what} is not valid Extended JSON: ${(error as Error).message}`);
  }
}

/** Like parseEjson but the result must be a plain object. */
export function parseEjsonObject(text: unknown, what: string, options: ParseOptions = {}): Doc {
  const value = parseEjson(text, what, options);
  if (!isPlainObject(value)) throw invalidParam(`${what} must be a JSON object`);
  return value;
}

export function isPlainObject(value: unknown): value is Doc {
  return !!value && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Canonical EJSON string, the form the SDK `EJSON.parse`s from `data.list`. */
export function toEjsonString(value: unknown): string {
  return EJSON.stringify(value as never, { relaxed: false });
}

/** Canonical EJSON as a JSON tree (for exports). */
export function toEjsonValue(value: unknown): unknown {
  return EJSON.serialize(value as never, { relaxed: false });
}

/** Deep copy that keeps Dates, RegExps and bson values intact (structuredClone would strip bson classes). */
export function deepClone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item) => deepClone(item)) as unknown as T;
  if (value instanceof Date) return new Date(value.getTime()) as unknown as T;
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as unknown as T;
  if (isPlainObject(value)) {
    const out: Doc = {};
    for (const key of Object.keys(value)) out[key] = deepClone(value[key]);
    return out as T;
  }
  return value;
}

/** Storage key of an `_id` value (ids are usually strings; numbers and ObjectIds are allowed too). */
export function idKey(id: unknown): string {
  if (typeof id === 'string') return id;
  return `\u0000${toEjsonString(id)}`;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return toEjsonString(a) === toEjsonString(b);
}
