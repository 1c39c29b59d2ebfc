/**
 * Collections and documents. SQLite is the truth; every collection is also cached in memory (parsed, in
 * natural insertion order) so queries can run through mingo without re-reading the file.
 */
import type { Sqlite } from '../sqlite';
import { ApiError, Codes } from '../errors';
import { deepClone, idKey, parseEjsonObject, toEjsonString, type Doc } from './ejson';
import { resolve as resolvePath } from 'mingo/util';

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
  docs: Map<string, Doc>;
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
  beforeWrite: BeforeWriteListener | undefined;

  constructor(private readonly db: Sqlite) {
    this.reload();
  }

  /** Re-reads everything from SQLite (after an import). */
  reload(): void {
    this.collections.clear();
    const rows = this.db.prepare('SELECT name, indexes FROM collections ORDER BY rowid').all() as { name: string; indexes: string }[];
    for (const row of rows) this.collections.set(row.name, { indexes: JSON.parse(row.indexes) as IndexSpec[], docs: new Map() });
    const docs = this.db.prepare('SELECT collection, id, body FROM documents ORDER BY seq').iterate() as Iterable<{ collection: string; id: string; body: string }>;
    for (const row of docs) {
      let state = this.collections.get(row.collection);
      if (!state) {
        // documents whose collection row is missing (hand-edited file): adopt the collection
        state = { indexes: [], docs: new Map() };
        this.collections.set(row.collection, state);
      }
      state.docs.set(row.id, parseEjsonObject(row.body, `stored document ${row.collection}/${row.id}`));
    }
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
    this.db.prepare('INSERT INTO collections (name, created_at, indexes) VALUES (?, ?, ?)').run(name, Date.now(), JSON.stringify(indexes));
    this.collections.set(name, { indexes, docs: new Map() });
    return true;
  }

  /** Creates the collection if missing and replaces its declared indexes. */
  ensureCollection(name: string, indexes: IndexSpec[]): void {
    if (this.createCollection(name, indexes)) return;
    this.db.prepare('UPDATE collections SET indexes = ? WHERE name = ?').run(JSON.stringify(indexes), name);
    this.collections.get(name)!.indexes = indexes;
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
    const insert = this.db.prepare('INSERT INTO documents (collection, id, body) VALUES (?, ?, ?)');
    const update = this.db.prepare('UPDATE documents SET body = ? WHERE collection = ? AND id = ?');
    const remove = this.db.prepare('DELETE FROM documents WHERE collection = ? AND id = ?');
    const bodies = writes.map((w) => (w.doc ? toEjsonString(w.doc) : ''));
    this.db.transaction(() => {
      writes.forEach((w, i) => {
        const key = idKey(w.id);
        if (w.mode === 'delete') remove.run(w.collection, key);
        else if (w.mode === 'insert') insert.run(w.collection, key, bodies[i]);
        else if (update.run(bodies[i], w.collection, key).changes === 0) insert.run(w.collection, key, bodies[i]);
      });
    })();
    for (const w of writes) {
      const state = this.state(w.collection);
      const key = idKey(w.id);
      const seq = ++this.seqCounter;
      this.beforeWrite?.(w.collection, key, state.docs.get(key), seq);
      this.lastWrites.set(`${w.collection}\u0001${key}`, seq);
      if (w.doc) state.docs.set(key, deepClone(w.doc));
      else state.docs.delete(key);
    }
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
      const unique = this.state(collection).indexes.filter((index) => index.unique);
      if (unique.length === 0) continue;
      const after = new Map<string, Doc>();
      for (const [key, doc] of this.state(collection).docs) after.set(key, doc);
      for (const [key, doc] of changes) {
        if (doc) after.set(key, doc);
        else after.delete(key);
      }
      for (const index of unique) {
        const seen = new Map<string, string>();
        for (const [key, doc] of after) {
          const tuple = toEjsonString(index.keys.map((k) => resolvePath(doc, k.field) ?? null));
          const other = seen.get(tuple);
          if (other !== undefined && (changes.has(key) || changes.has(other))) {
            throw new ApiError(
              Codes.DUPLICATE_WRITE,
              `[ResourceUnavailable.DuplicateWrite] E11000 duplicate key error collection: ${collection} index: ${index.name} dup key: ${tuple}`,
            );
          }
          seen.set(tuple, key);
        }
      }
    }
  }
}

export function validateCollectionName(name: unknown): asserts name is string {
  if (typeof name !== 'string' || name.length === 0) throw new ApiError(Codes.INVALID_PARAM, 'collectionName must be a non-empty string');
  if (name.length > 128 || !/^[A-Za-z0-9_\-.]+$/.test(name) || name.startsWith('.') || name.includes('$')) {
    throw new ApiError(Codes.INVALID_PARAM, `invalid collection name "${name}" (letters, digits, _ - . only, at most 128 characters)`);
  }
}
