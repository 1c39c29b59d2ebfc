/**
 * Collections and documents. SQLite is the truth; every collection is also cached in memory (parsed, in
 * natural insertion order) so queries can run through mingo without re-reading the file. Declared indexes
 * live in SQLite too (index-tables.ts), written in the same transaction as the documents; queries use them
 * to find candidates (planner.ts) and uniqueness is an index lookup.
 */
import type { Sqlite } from '../sqlite';
import { ApiError, Codes } from '../errors';
import { deepClone, idKey, parseEjsonObject, toEjsonString, type Doc } from './ejson';
import { compileQuery } from './engine';
import { compareKeys, uniqueKey, type IndexKeyValue } from './index-keys';
import { IndexTables, type LiveIndex } from './index-tables';
import { choosePlan, type Plan, type SortHint } from './planner';
import { queryBounds } from './query-bounds';

export interface IndexKey {
  field: string;
  direction: 1 | -1;
}

export interface IndexSpec {
  name: string;
  keys: IndexKey[];
  unique?: boolean;
}

/** One change to commit: `doc: null` deletes; `mode: 'insert'` fails if the `_id` already exists. */
export interface Write {
  collection: string;
  id: unknown;
  doc: Doc | null;
  mode: 'insert' | 'put' | 'delete';
}

interface CollectionState {
  indexes: IndexSpec[];
  live: LiveIndex[];
  docs: Map<string, Doc>;
  /** The SQLite `documents.seq` of each document: natural order. */
  seqs: Map<string, number>;
}

/** How the last query found its candidates (for tests and benchmarks). */
export interface QueryReport {
  collection: string;
  /** `scan`, `ids`, `lookup:<index>` or `walk:<index>`. */
  plan: string;
  /** Documents read from the collection to answer it. */
  examined: number;
}

/** Ask for candidates in sort order: enough to hold the first `need` matches of `sort`. */
export interface OrderHint {
  sort: SortHint;
  need: number;
}

/** Called just before a committed write replaces a document (the transaction manager keeps snapshots). */
export type BeforeWriteListener = (collection: string, key: string, previous: Doc | undefined, seq: number) => void;

export function collectionNotExist(name: string): ApiError {
  return new ApiError(
    Codes.COLLECTION_NOT_EXIST,
    `[ResourceNotFound] Db or Table not exist: ${name}. Please check your request, but if the problem cannot be solved, contact us.`,
  );
}

export class DocumentStore {
  private readonly collections = new Map<string, CollectionState>();
  private readonly lastWrites = new Map<string, number>();
  private seqCounter = 0;
  private readonly tables: IndexTables;
  beforeWrite: BeforeWriteListener | undefined;
  lastQuery: QueryReport | undefined;

  constructor(private readonly db: Sqlite) {
    this.tables = new IndexTables(db);
    this.reload();
  }

  /** Re-reads everything from SQLite (after an import) and brings the index tables up to date. */
  reload(): void {
    this.collections.clear();
    const rows = this.db.prepare('SELECT name, indexes FROM collections ORDER BY rowid').all() as { name: string; indexes: string }[];
    for (const row of rows) this.collections.set(row.name, emptyState(JSON.parse(row.indexes) as IndexSpec[]));
    const docs = this.db.prepare('SELECT collection, id, seq, body FROM documents ORDER BY seq').iterate() as Iterable<{ collection: string; id: string; seq: number; body: string }>;
    for (const row of docs) {
      let state = this.collections.get(row.collection);
      if (!state) {
        // documents whose collection row is missing (hand-edited file): adopt the collection
        state = emptyState([]);
        this.collections.set(row.collection, state);
      }
      state.docs.set(row.id, parseEjsonObject(row.body, `stored document ${row.collection}/${row.id}`));
      state.seqs.set(row.id, row.seq);
    }
    this.db.transaction(() => {
      for (const name of this.collections.keys()) this.syncIndexes(name);
    })();
  }

  private syncIndexes(name: string): void {
    const state = this.state(name);
    state.live = this.tables.sync(name, state.indexes, function* () {
      for (const [id, doc] of state.docs) yield { id, seq: state.seqs.get(id)!, doc };
    });
  }

  /** Monotonic commit counter (not persisted: transactions do not survive a restart). */
  get seq(): number {
    return this.seqCounter;
  }

  lastWrite(collection: string, key: string): number {
    return this.lastWrites.get(`${collection}\u0001${key}`) ?? 0;
  }

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  collectionNames(): string[] {
    return [...this.collections.keys()];
  }

  indexes(name: string): IndexSpec[] {
    return this.collections.get(name)?.indexes ?? [];
  }

  /** Creates a collection; false when it already existed. */
  createCollection(name: string, indexes: IndexSpec[] = []): boolean {
    validateCollectionName(name);
    if (this.collections.has(name)) return false;
    this.collections.set(name, emptyState(indexes));
    try {
      this.db.transaction(() => {
        this.db.prepare('INSERT INTO collections (name, created_at, indexes) VALUES (?, ?, ?)').run(name, Date.now(), JSON.stringify(indexes));
        this.syncIndexes(name);
      })();
    } catch (error) {
      this.collections.delete(name);
      throw error;
    }
    return true;
  }

  /** Creates the collection if missing and replaces its declared indexes (rebuilding those that changed). */
  ensureCollection(name: string, indexes: IndexSpec[]): void {
    if (this.createCollection(name, indexes)) return;
    const state = this.collections.get(name)!;
    const previous = state.indexes;
    state.indexes = indexes;
    try {
      this.db.transaction(() => {
        this.db.prepare('UPDATE collections SET indexes = ? WHERE name = ?').run(JSON.stringify(indexes), name);
        this.syncIndexes(name);
      })();
    } catch (error) {
      state.indexes = previous;
      throw error;
    }
  }

  private state(name: string): CollectionState {
    const state = this.collections.get(name);
    if (!state) throw collectionNotExist(name);
    return state;
  }

  /** Every document of a collection, natural order. Treat as read-only. */
  documents(name: string): Doc[] {
    return [...this.state(name).docs.values()];
  }

  /** Read-only view, or [] when the collection does not exist (for $lookup). */
  documentsOrEmpty(name: string): Doc[] {
    const state = this.collections.get(name);
    return state ? [...state.docs.values()] : [];
  }

  get(name: string, id: unknown): Doc | undefined {
    return this.state(name).docs.get(idKey(id));
  }

  getByKey(name: string, key: string): Doc | undefined {
    return this.state(name).docs.get(key);
  }

  countAllDocuments(): number {
    let total = 0;
    for (const state of this.collections.values()) total += state.docs.size;
    return total;
  }

  /** Applies writes atomically (one SQLite transaction), after checking `_id` and unique-index constraints. */
  commit(writes: Write[]): void {
    if (writes.length === 0) return;
    this.validate(writes);
    const insert = this.tables.statement('INSERT INTO documents (collection, id, body) VALUES (?, ?, ?)');
    const update = this.tables.statement('UPDATE documents SET body = ? WHERE collection = ? AND id = ? RETURNING seq');
    const remove = this.tables.statement('DELETE FROM documents WHERE collection = ? AND id = ?');
    const bodies = writes.map((w) => (w.doc ? toEjsonString(w.doc) : ''));
    const rowSeqs: number[] = [];
    this.db.transaction(() => {
      writes.forEach((w, i) => {
        const key = idKey(w.id);
        const live = this.state(w.collection).live;
        let rowSeq = 0;
        if (w.mode === 'delete') remove.run(w.collection, key);
        else if (w.mode === 'insert') rowSeq = Number(insert.run(w.collection, key, bodies[i]).lastInsertRowid);
        else {
          const updated = update.get(bodies[i], w.collection, key) as { seq: number } | undefined;
          rowSeq = updated ? updated.seq : Number(insert.run(w.collection, key, bodies[i]).lastInsertRowid);
        }
        rowSeqs.push(rowSeq);
        for (const index of live) {
          if (w.mode !== 'insert') this.tables.removeEntries(index, key);
          if (w.doc) this.tables.addEntries(index, key, rowSeq, w.doc);
        }
      });
    })();
    writes.forEach((w, i) => {
      const state = this.state(w.collection);
      const key = idKey(w.id);
      const seq = ++this.seqCounter;
      this.beforeWrite?.(w.collection, key, state.docs.get(key), seq);
      this.lastWrites.set(`${w.collection}\u0001${key}`, seq);
      if (w.doc) {
        state.docs.set(key, deepClone(w.doc));
        state.seqs.set(key, rowSeqs[i]!);
      } else {
        state.docs.delete(key);
        state.seqs.delete(key);
      }
    });
  }

  private validate(writes: Write[]): void {
    // the state after the writes, per touched collection, as an overlay on the cache
    const overlay = new Map<string, Map<string, Doc | null>>();
    for (const w of writes) {
      const state = this.state(w.collection);
      const key = idKey(w.id);
      let changes = overlay.get(w.collection);
      if (!changes) overlay.set(w.collection, (changes = new Map()));
      const existing = changes.has(key) ? changes.get(key) : state.docs.get(key);
      if (w.mode === 'insert' && existing) {
        throw new ApiError(
          Codes.DUPLICATE_WRITE,
          `[ResourceUnavailable.DuplicateWrite] E11000 duplicate key error collection: ${w.collection} index: _id_ dup key: { _id: ${toEjsonString(w.id)} }`,
        );
      }
      if (w.doc && idKey(w.doc._id) !== key) throw new ApiError(Codes.INVALID_PARAM, 'the _id of a document cannot be changed');
      changes.set(key, w.doc);
    }
    for (const [collection, changes] of overlay) {
      for (const index of this.state(collection).live) {
        if (!index.unique) continue;
        // a duplicate needs a changed document on one side: among the changes, or a stored holder not being rewritten
        const claimed = new Map<string, string>();
        for (const [key, doc] of changes) {
          if (!doc) continue;
          const tuple = uniqueKey(doc, index.fields);
          const clash = claimed.has(tuple) || this.tables.holdersOf(index, tuple).some((holder) => holder !== key && !changes.has(holder));
          if (clash) {
            throw new ApiError(
              Codes.DUPLICATE_WRITE,
              `[ResourceUnavailable.DuplicateWrite] E11000 duplicate key error collection: ${collection} index: ${index.name} dup key: ${tuple}`,
            );
          }
          claimed.set(tuple, key);
        }
      }
    }
  }

  /**
   * Candidate documents for `query`, in natural order: every document it matches is among them (mingo
   * decides). With `order`, only as many as the first `order.need` matches in that sort order require.
   */
  candidates(collection: string, query: Doc, order?: OrderHint): Doc[] {
    const state = this.state(collection);
    const plan = choosePlan(queryBounds(query), state.live, order?.sort);
    const found = this.runPlan(state, plan, query, order?.need ?? 0);
    this.lastQuery = { collection, plan: plan.kind === 'lookup' || plan.kind === 'walk' ? `${plan.kind}:${plan.index.name}` : plan.kind, examined: found.length };
    return found;
  }

  private runPlan(state: CollectionState, plan: Plan, query: Doc, need: number): Doc[] {
    if (plan.kind === 'scan') return [...state.docs.values()];
    const picked = new Map<string, number>();
    const pick = (id: string, seq: number) => picked.set(id, seq);
    if (plan.kind === 'ids') {
      for (const id of plan.ids) {
        const seq = state.seqs.get(id);
        if (seq !== undefined) pick(id, seq);
      }
    } else if (plan.kind === 'lookup') {
      for (const prefix of plan.prefixes) for (const row of this.tables.lookup(plan.index, prefix, plan.range)) pick(row.id, row.seq);
      for (const row of this.tables.looseRows(plan.index)) pick(row.id, row.seq);
    } else {
      this.walk(state, plan, query, need, pick);
      for (const row of this.tables.looseRows(plan.index)) pick(row.id, row.seq);
    }
    return [...picked.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => state.docs.get(id)).filter((doc): doc is Doc => doc !== undefined);
  }

  /**
   * Reads the index in sort order and keeps the matching documents until `need` of them are found, then the
   * rest of the last sort value's ties (mingo's sort decides their order).
   */
  private walk(state: CollectionState, plan: Extract<Plan, { kind: 'walk' }>, query: Doc, need: number, pick: (id: string, seq: number) => void): void {
    const test = compileQuery(query);
    let matched = 0;
    let boundary: IndexKeyValue | undefined;
    for (const row of this.tables.walk(plan.index, plan.prefix, plan.direction, plan.range)) {
      if (row.loose || row.c === null) continue;
      const key: IndexKeyValue = { c: row.c, v: row.v };
      if (boundary && compareKeys(key, boundary) !== 0) break;
      const doc = state.docs.get(row.id);
      if (!doc || !test.test(doc)) continue;
      pick(row.id, row.seq);
      matched += 1;
      if (!boundary && matched >= need) boundary = key;
    }
  }
}

function emptyState(indexes: IndexSpec[]): CollectionState {
  return { indexes, live: [], docs: new Map(), seqs: new Map() };
}

export function validateCollectionName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || name.length === 0) throw new ApiError(Codes.INVALID_PARAM, 'collectionName must be a non-empty string');
  if (name.length > 128 || !/^[A-Za-z0-9_\-.]+$/.test(name) || name.startsWith('.') || name.includes('$')) {
    throw new ApiError(Codes.INVALID_PARAM, `invalid collection name "${name}" (letters, digits, _ - . only, at most 128 characters)`);
  }
}
