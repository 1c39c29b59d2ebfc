/**
 * Declared indexes as SQLite tables, written in the same SQLite transaction as the documents (so they are
 * exactly as durable): `index_entries` holds (class, value) key columns per document and index, ordered by a
 * B-tree; `unique_keys` holds the value tuple a unique index compares. An index whose declaration changes,
 * or that has no definition row yet (an older data file, an import), is rebuilt from the documents.
 */
import type Database from 'better-sqlite3';
import type { Sqlite } from '../sqlite';
import type { Doc } from './ejson';
import { documentEntries, MAX_KEY_COLUMNS, uniqueKey, type IndexKeyValue, type SqlValue } from './index-keys';

/** Bump when the key encoding changes: every index is then rebuilt at start. */
const KEY_FORMAT = 1;

export interface IndexDefinition {
  name: string;
  keys: { field: string; direction: 1 | -1 }[];
  unique?: boolean;
}

export interface LiveIndex {
  ix: number;
  name: string;
  fields: string[];
  unique: boolean;
  /** Some document holds an array in an indexed field: entries are not in one sort position per document. */
  multi: boolean;
}

export interface EntryRow {
  id: string;
  seq: number;
  c: number | null;
  v: SqlValue;
  loose: number;
}

type Statement = Database.Statement<unknown[]>;

const KEY_COLUMNS = Array.from({ length: MAX_KEY_COLUMNS }, (_, i) => [`c${i + 1}`, `v${i + 1}`]).flat();

/** `ix, seq, loose, multi, c1, v1, …` and their placeholders. */
const INSERT_ENTRY = `INSERT INTO index_entries (ix, id, seq, loose, multi, ${KEY_COLUMNS.join(', ')}) VALUES (${Array(5 + KEY_COLUMNS.length).fill('?').join(', ')})`;

function specOf(index: IndexDefinition): string {
  return JSON.stringify({ format: KEY_FORMAT, keys: index.keys, unique: index.unique === true });
}

export class IndexTables {
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Sqlite) {}

  /** A prepared statement, prepared once per SQL text. */
  statement(sql: string): Statement {
    let prepared = this.statements.get(sql);
    if (!prepared) this.statements.set(sql, (prepared = this.db.prepare<unknown[]>(sql)));
    return prepared;
  }

  /**
   * Makes the stored indexes of `collection` match `declared`, rebuilding what changed from `docs` (natural
   * order, with their seq). Call inside a SQLite transaction.
   */
  sync(collection: string, declared: IndexDefinition[], docs: () => Iterable<{ id: string; seq: number; doc: Doc }>): LiveIndex[] {
    const stored = this.statement('SELECT ix, name, spec FROM index_defs WHERE collection = ?').all(collection) as { ix: number; name: string; spec: string }[];
    const live: LiveIndex[] = [];
    const toBuild: LiveIndex[] = [];
    for (const index of declared) {
      const spec = specOf(index);
      const fields = index.keys.map((k) => k.field);
      const existing = stored.find((row) => row.name === index.name && row.spec === spec);
      if (existing) {
        const multi = this.statement('SELECT 1 FROM index_entries INDEXED BY index_entries_multi WHERE ix = ? AND multi = 1 LIMIT 1').get(existing.ix) !== undefined;
        live.push({ ix: existing.ix, name: index.name, fields, unique: index.unique === true, multi });
        continue;
      }
      const ix = Number(this.statement('INSERT INTO index_defs (collection, name, spec) VALUES (?, ?, ?)').run(collection, index.name, spec).lastInsertRowid);
      const created: LiveIndex = { ix, name: index.name, fields, unique: index.unique === true, multi: false };
      live.push(created);
      toBuild.push(created);
    }
    for (const row of stored) {
      if (live.some((index) => index.ix === row.ix)) continue;
      this.dropEntries(row.ix);
      this.statement('DELETE FROM index_defs WHERE ix = ?').run(row.ix);
    }
    if (toBuild.length > 0) {
      for (const { id, seq, doc } of docs()) for (const index of toBuild) this.addEntries(index, id, seq, doc);
    }
    return live;
  }

  private dropEntries(ix: number): void {
    this.statement('DELETE FROM index_entries WHERE ix = ?').run(ix);
    this.statement('DELETE FROM unique_keys WHERE ix = ?').run(ix);
  }

  /** Writes a document's entries (call inside the transaction that writes the document). */
  addEntries(index: LiveIndex, id: string, seq: number, doc: Doc): void {
    const entries = documentEntries(doc, index.fields);
    const insert = this.statement(INSERT_ENTRY);
    if (entries.loose) {
      insert.run(index.ix, id, seq, 1, 0, ...KEY_COLUMNS.map(() => null));
    } else {
      for (const tuple of entries.tuples) {
        const columns: SqlValue[] = [];
        for (let i = 0; i < MAX_KEY_COLUMNS; i += 1) columns.push(tuple[i]?.c ?? null, tuple[i]?.v ?? null);
        insert.run(index.ix, id, seq, 0, entries.multi ? 1 : 0, ...columns);
      }
      if (entries.multi) index.multi = true;
    }
    if (index.unique) this.statement('INSERT INTO unique_keys (ix, ukey, id) VALUES (?, ?, ?)').run(index.ix, uniqueKey(doc, index.fields), id);
  }

  removeEntries(index: LiveIndex, id: string): void {
    this.statement('DELETE FROM index_entries INDEXED BY index_entries_doc WHERE ix = ? AND id = ?').run(index.ix, id);
    if (index.unique) this.statement('DELETE FROM unique_keys INDEXED BY unique_keys_doc WHERE ix = ? AND id = ?').run(index.ix, id);
  }

  /** Ids of documents whose unique tuple is `key`. */
  holdersOf(index: LiveIndex, key: string): string[] {
    return (this.statement('SELECT id FROM unique_keys WHERE ix = ? AND ukey = ?').all(index.ix, key) as { id: string }[]).map((row) => row.id);
  }

  /** Documents the index cannot place (always candidates). */
  looseRows(index: LiveIndex): { id: string; seq: number }[] {
    return this.statement('SELECT id, seq FROM index_entries INDEXED BY index_entries_loose WHERE ix = ? AND loose = 1').all(index.ix) as { id: string; seq: number }[];
  }

  /** Entries whose first columns equal `prefix` (one key per column) and, optionally, whose next column is in a range. */
  lookup(index: LiveIndex, prefix: IndexKeyValue[], range?: RangeCondition): { id: string; seq: number }[] {
    const { sql, params } = whereClause(index, prefix, range);
    return this.statement(`SELECT id, seq FROM index_entries WHERE ${sql}`).all(...params) as { id: string; seq: number }[];
  }

  /** Entries with `prefix`, in the order of the next column (the sort field), lazily. */
  walk(index: LiveIndex, prefix: IndexKeyValue[], direction: 1 | -1, range?: RangeCondition): IterableIterator<EntryRow> {
    const { sql, params } = whereClause(index, prefix, range);
    const column = prefix.length + 1;
    const order = direction === 1 ? 'ASC' : 'DESC';
    return this.statement(`SELECT id, seq, c${column} AS c, v${column} AS v, loose FROM index_entries WHERE ${sql} ORDER BY c${column} ${order}, v${column} ${order}`).iterate(
      ...params,
    ) as IterableIterator<EntryRow>;
  }

  /** The SQLite plan of a walk or lookup (for tests). */
  explain(index: LiveIndex, prefix: IndexKeyValue[], sortDirection?: 1 | -1): string[] {
    const { sql, params } = whereClause(index, prefix);
    const column = prefix.length + 1;
    const order = sortDirection === undefined ? '' : ` ORDER BY c${column} ${sortDirection === 1 ? 'ASC' : 'DESC'}, v${column} ${sortDirection === 1 ? 'ASC' : 'DESC'}`;
    return (this.db.prepare(`EXPLAIN QUERY PLAN SELECT id, seq FROM index_entries WHERE ${sql}${order}`).all(...params) as { detail: string }[]).map((row) => row.detail);
  }
}

export interface RangeCondition {
  c: number;
  lo?: { v: SqlValue; inclusive: boolean };
  hi?: { v: SqlValue; inclusive: boolean };
}

function whereClause(index: LiveIndex, prefix: IndexKeyValue[], range?: RangeCondition): { sql: string; params: SqlValue[] } {
  const parts = ['ix = ?'];
  const params: SqlValue[] = [index.ix];
  prefix.forEach((key, i) => {
    parts.push(`c${i + 1} = ?`, `v${i + 1} IS ?`);
    params.push(key.c, key.v);
  });
  if (range) {
    const column = prefix.length + 1;
    parts.push(`c${column} = ?`);
    params.push(range.c);
    if (range.lo) {
      parts.push(`v${column} ${range.lo.inclusive ? '>=' : '>'} ?`);
      params.push(range.lo.v);
    }
    if (range.hi) {
      parts.push(`v${column} ${range.hi.inclusive ? '<=' : '<'} ?`);
      params.push(range.hi.v);
    }
  }
  return { sql: parts.join(' AND '), params };
}
