/**
 * Query, update and aggregation semantics — all delegated to mingo (MongoDB's query language in JS).
 * This file only adapts the SDK's request fields to mingo calls and turns mingo failures into
 * CloudBase error codes.
 */
import { Aggregator, Query, update as mingoUpdate, ProcessingMode } from 'mingo';
import type { Options } from 'mingo/types';
import { ApiError, Codes } from '../errors';
import { deepClone, isPlainObject, type Doc } from './ejson';

type SortSpec = Record<string, 1 | -1>;

function failed(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiError(Codes.DB_REQUEST_FAILED, `[FailedOperation] ${message}`);
}

const baseOptions: Partial<Options> = { idKey: '_id' };

export function compileQuery(query: Doc): Query {
  try {
    return new Query(query, baseOptions);
  } catch (error) {
    throw failed(error);
  }
}

export interface FindOptions {
  sort?: SortSpec;
  skip?: number;
  limit?: number;
  projection?: Doc;
}

export function find(docs: Doc[], query: Doc, options: FindOptions = {}): Doc[] {
  try {
    const q = compileQuery(query);
    let cursor = q.find<Doc>(docs, options.projection && Object.keys(options.projection).length > 0 ? options.projection : undefined);
    if (options.sort && Object.keys(options.sort).length > 0) cursor = cursor.sort(options.sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit !== undefined) cursor = cursor.limit(options.limit);
    return cursor.all();
  } catch (error) {
    throw failed(error);
  }
}

export function matches(docs: Doc[], query: Doc): Doc[] {
  try {
    const q = compileQuery(query);
    return docs.filter((doc) => q.test(doc));
  } catch (error) {
    throw failed(error);
  }
}

export function normalizeSort(order: unknown): SortSpec {
  if (order === undefined) return {};
  if (!isPlainObject(order)) throw new ApiError(Codes.INVALID_PARAM, 'order must be an object of field: 1 | -1');
  const out: SortSpec = {};
  for (const [field, direction] of Object.entries(order)) {
    if (direction !== 1 && direction !== -1) throw new ApiError(Codes.INVALID_PARAM, `order of "${field}" must be 1 or -1`);
    out[field] = direction;
  }
  return out;
}

export function isOperatorDocument(update: Doc): boolean {
  const keys = Object.keys(update);
  return keys.length > 0 && keys.every((k) => k.startsWith('$'));
}

/**
 * Applies update operators to a copy of `doc`. Returns the new document and whether anything changed
 * (MongoDB's "modified" semantics: setting a field to its current value is not a modification).
 */
export function applyUpdate(doc: Doc, operators: Doc): { doc: Doc; modified: boolean } {
  const keys = Object.keys(operators);
  const plain = keys.filter((k) => !k.startsWith('$'));
  if (plain.length > 0) {
    throw new ApiError(Codes.INVALID_PARAM, `update with merge must only contain update operators ($set, $inc, …); got field(s) ${plain.join(', ')}`);
  }
  for (const [operator, fields] of Object.entries(operators)) {
    if (isPlainObject(fields) && Object.keys(fields).some((f) => f === '_id' || f.startsWith('_id.'))) {
      throw new ApiError(Codes.INVALID_PARAM, `Performing an update on the path '_id' would modify the immutable field '_id' (${operator})`);
    }
  }
  const copy = deepClone(doc);
  let changed: string[];
  try {
    changed = mingoUpdate(copy, operators as never, undefined, undefined, { cloneMode: 'deep' });
  } catch (error) {
    throw failed(error);
  }
  if (!sameId(copy._id, doc._id)) {
    throw new ApiError(Codes.INVALID_PARAM, "Performing an update on the path '_id' would modify the immutable field '_id'");
  }
  return { doc: copy, modified: changed.length > 0 };
}

function sameId(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The document an upsert starts from: the query's top-level equality conditions (MongoDB rule). */
export function seedFromQuery(query: Doc): Doc {
  const seed: Doc = {};
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('$')) continue;
    if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
      if ('$eq' in value) seed[key] = value.$eq;
      continue;
    }
    if (key.includes('.')) continue;
    seed[key] = deepClone(value);
  }
  return seed;
}

export interface AggregateOptions {
  /** Resolves `$lookup` collections. */
  collectionResolver: (name: string) => Doc[];
}

const FORBIDDEN_STAGES = new Set(['$out', '$merge']);

export function aggregate(docs: Doc[], pipeline: Doc[], options: AggregateOptions): Doc[] {
  for (const stage of pipeline) {
    const name = Object.keys(stage)[0];
    if (FORBIDDEN_STAGES.has(name)) throw new ApiError(Codes.INVALID_PARAM, `aggregation stage ${name} is not supported`);
  }
  try {
    const aggregator = new Aggregator(pipeline, {
      ...baseOptions,
      processingMode: ProcessingMode.CLONE_INPUT,
      collectionResolver: options.collectionResolver,
    });
    return aggregator.run(docs) as Doc[];
  } catch (error) {
    throw failed(error);
  }
}
