/**
 * Multi-document transactions, MongoDB-style: a snapshot taken at the transaction's first operation,
 * writes buffered until commit, first-writer-wins write locks. A write to a document that another open
 * transaction has written, or that was committed after this transaction's snapshot, is a conflict: the
 * transaction is aborted on the spot and the caller gets DATABASE_TRANSACTION_CONFLICT — the one code the
 * SDK's runTransaction retries on (it starts a new transaction without rolling back the old one).
 */
import { ApiError, Codes } from '../errors';
import { randomHex } from '../ids';
import { deepClone, idKey, type Doc } from './ejson';
import type { DocumentStore, Write } from './store';

interface BufferedWrite extends Write {
  key: string;
}

interface Transaction {
  id: string;
  startedAt: number;
  snapshot: number | undefined;
  writes: Map<string, BufferedWrite>;
}

interface Ended {
  code: string;
  reason: string;
  at: number;
}

const fullKey = (collection: string, key: string) => `${collection}\u0001${key}`;

export class TransactionManager {
  private readonly active = new Map<string, Transaction>();
  private readonly ended = new Map<string, Ended>();
  private readonly locks = new Map<string, string>();
  /** Values replaced by commits while older snapshots are open: fullKey → [{replacedAt, doc}]. */
  private readonly history = new Map<string, { replacedAt: number; doc: Doc | undefined }[]>();

  constructor(
    private readonly store: DocumentStore,
    private readonly lifetimeMs = 60_000,
  ) {
    store.beforeWrite = (collection, key, previous, seq) => {
      if (![...this.active.values()].some((t) => t.snapshot !== undefined && t.snapshot < seq)) return;
      const k = fullKey(collection, key);
      const list = this.history.get(k) ?? [];
      list.push({ replacedAt: seq, doc: previous });
      this.history.set(k, list);
    };
  }

  start(): string {
    this.sweep();
    const id = `txn-${randomHex(8)}`;
    this.active.set(id, { id, startedAt: Date.now(), snapshot: undefined, writes: new Map() });
    return id;
  }

  /** Number of open transactions (health/debug). */
  get openCount(): number {
    return this.active.size;
  }

  private transaction(id: unknown): Transaction {
    this.sweep();
    if (typeof id !== 'string' || !id) throw new ApiError(Codes.INVALID_PARAM, 'transactionId must be a non-empty string');
    const txn = this.active.get(id);
    if (txn) {
      txn.snapshot ??= this.store.seq;
      return txn;
    }
    const ended = this.ended.get(id);
    if (ended) throw new ApiError(ended.code, `transaction ${id} is no longer active: ${ended.reason}`);
    throw new ApiError(Codes.TRANSACTION_FAIL, `transaction ${id} not found (never started, already committed, or expired)`);
  }

  /** Runs one operation of a transaction; any failure aborts the transaction (MongoDB semantics). */
  run<T>(id: unknown, operation: (scope: TransactionScope) => T): T {
    const txn = this.transaction(id);
    try {
      return operation(new TransactionScope(this, txn));
    } catch (error) {
      const code = error instanceof ApiError && error.code === Codes.TRANSACTION_CONFLICT ? Codes.TRANSACTION_CONFLICT : Codes.TRANSACTION_FAIL;
      this.end(txn, code, `aborted after an error: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  }

  /** The value of a document as this transaction sees it (own writes, else its snapshot). */
  read(txn: Transaction, collection: string, id: unknown): Doc | undefined {
    const key = idKey(id);
    const own = txn.writes.get(fullKey(collection, key));
    if (own) return own.doc ?? undefined;
    const current = this.store.getByKey(collection, key);
    if (this.store.lastWrite(collection, key) <= (txn.snapshot ?? 0)) return current;
    const entry = this.history.get(fullKey(collection, key))?.find((h) => h.replacedAt > (txn.snapshot ?? 0));
    if (!entry) throw conflict(`document ${collection}/${String(id)} changed and its snapshot is gone`);
    return entry.doc;
  }

  write(txn: Transaction, write: Write): void {
    const key = idKey(write.id);
    const k = fullKey(write.collection, key);
    const holder = this.locks.get(k);
    if (holder && holder !== txn.id) throw conflict(`document ${write.collection}/${String(write.id)} is being written by another transaction`);
    if (this.store.lastWrite(write.collection, key) > (txn.snapshot ?? 0)) {
      throw conflict(`document ${write.collection}/${String(write.id)} was modified after this transaction started`);
    }
    this.locks.set(k, txn.id);
    const previous = txn.writes.get(k);
    // an insert followed by an update inside the same transaction is still an insert at commit
    const mode = previous?.mode === 'insert' && write.mode === 'put' ? 'insert' : write.mode;
    txn.writes.set(k, { ...write, mode, key, doc: write.doc ? deepClone(write.doc) : null });
  }

  commit(id: unknown): void {
    const txn = this.transaction(id);
    for (const w of txn.writes.values()) {
      if (this.store.lastWrite(w.collection, w.key) > (txn.snapshot ?? 0)) {
        this.end(txn, Codes.TRANSACTION_CONFLICT, 'a document it wrote was modified outside the transaction');
        throw conflict(`document ${w.collection}/${String(w.id)} was modified outside the transaction before commit`);
      }
    }
    const writes: Write[] = [];
    for (const w of txn.writes.values()) {
      if (w.mode === 'delete' && !this.store.getByKey(w.collection, w.key)) continue;
      if (w.mode === 'insert' && w.doc === null) continue;
      writes.push({ collection: w.collection, id: w.id, doc: w.doc, mode: w.doc === null ? 'delete' : w.mode });
    }
    try {
      this.store.commit(writes);
    } catch (error) {
      this.end(txn, Codes.TRANSACTION_FAIL, `commit failed: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
    this.end(txn, Codes.TRANSACTION_FAIL, 'already committed');
  }

  abort(id: unknown): void {
    if (typeof id === 'string' && this.ended.has(id) && !this.active.has(id)) return;
    const txn = this.transaction(id);
    this.end(txn, Codes.TRANSACTION_FAIL, 'aborted');
  }

  private end(txn: Transaction, code: string, reason: string): void {
    this.active.delete(txn.id);
    for (const [k, holder] of this.locks) if (holder === txn.id) this.locks.delete(k);
    this.ended.set(txn.id, { code, reason, at: Date.now() });
    this.collectHistory();
  }

  private collectHistory(): void {
    const snapshots = [...this.active.values()].map((t) => t.snapshot).filter((s): s is number => s !== undefined);
    if (snapshots.length === 0) {
      this.history.clear();
      return;
    }
    const oldest = Math.min(...snapshots);
    for (const [k, list] of this.history) {
      const kept = list.filter((h) => h.replacedAt > oldest);
      if (kept.length === 0) this.history.delete(k);
      else this.history.set(k, kept);
    }
  }

  private sweep(): void {
    const now = Date.now();
    for (const txn of this.active.values()) {
      if (now - txn.startedAt > this.lifetimeMs) this.end(txn, Codes.TRANSACTION_FAIL, `expired after ${this.lifetimeMs / 1000} s`);
    }
    for (const [id, ended] of this.ended) if (now - ended.at > 10 * 60_000) this.ended.delete(id);
  }
}

/** What one operation inside a transaction may do. */
export class TransactionScope {
  constructor(
    private readonly manager: TransactionManager,
    private readonly txn: Transaction,
  ) {}

  read(collection: string, id: unknown): Doc | undefined {
    return this.manager.read(this.txn, collection, id);
  }

  write(write: Write): void {
    this.manager.write(this.txn, write);
  }
}

function conflict(detail: string): ApiError {
  return new ApiError(Codes.TRANSACTION_CONFLICT, `[ResourceUnavailable.TransactionConflict] Transaction is conflicted: ${detail}`);
}
