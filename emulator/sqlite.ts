/**
 * The single SQLite file under the data dir that holds everything (documents, stored files, subscription
 * grants, outbox). WAL + synchronous=FULL: once a write is acknowledged it survives `kill -9`.
 */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

export type Sqlite = Database.Database;

export const DATABASE_FILE = 'cloudbase.sqlite';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS collections (
  name TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  indexes TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS documents (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  collection TEXT NOT NULL,
  id TEXT NOT NULL,
  body TEXT NOT NULL,
  UNIQUE (collection, id)
);
CREATE TABLE IF NOT EXISTS index_defs (
  ix INTEGER PRIMARY KEY AUTOINCREMENT,
  collection TEXT NOT NULL,
  name TEXT NOT NULL,
  spec TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS index_entries (
  ix INTEGER NOT NULL,
  id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  loose INTEGER NOT NULL,
  multi INTEGER NOT NULL,
  c1 INTEGER, v1, c2 INTEGER, v2, c3 INTEGER, v3, c4 INTEGER, v4
);
-- covering: lookups and sorted walks read no table rows
CREATE INDEX IF NOT EXISTS index_entries_order ON index_entries (ix, c1, v1, c2, v2, c3, v3, c4, v4, seq, id, loose);
CREATE INDEX IF NOT EXISTS index_entries_doc ON index_entries (ix, id);
CREATE INDEX IF NOT EXISTS index_entries_loose ON index_entries (ix) WHERE loose = 1;
CREATE INDEX IF NOT EXISTS index_entries_multi ON index_entries (ix) WHERE multi = 1;
CREATE TABLE IF NOT EXISTS unique_keys (ix INTEGER NOT NULL, ukey TEXT NOT NULL, id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS unique_keys_key ON unique_keys (ix, ukey);
CREATE INDEX IF NOT EXISTS unique_keys_doc ON unique_keys (ix, id);
CREATE TABLE IF NOT EXISTS files (
  path TEXT PRIMARY KEY,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  owner TEXT,
  created_at INTEGER NOT NULL,
  data BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS grants (
  openid TEXT NOT NULL,
  template_id TEXT NOT NULL,
  remaining INTEGER NOT NULL,
  PRIMARY KEY (openid, template_id)
);
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at INTEGER NOT NULL,
  touser TEXT,
  entry TEXT NOT NULL
);
`;

export function openSqlite(dataDir: string): Sqlite {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}

/** Deletes the database files (for `--fresh`). The data dir itself stays. */
export function wipeDataDir(dataDir: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) {
    const file = path.join(dataDir, DATABASE_FILE + suffix);
    if (existsSync(file)) rmSync(file, { force: true });
  }
}
