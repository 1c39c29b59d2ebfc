/**
 * Generic seeding of an empty store: `<seedDir>/collections/<name>.json` (an array of documents, EJSON
 * allowed, `_id` optional) becomes collection `<name>`; files under `<seedDir>/storage/` become stored files
 * at the same relative path. Nothing else is read.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { EJSON } from 'bson';
import { fromEjsonValue, isPlainObject, type Doc } from './database/ejson';
import { newDocumentId } from './ids';
import type { DocumentStore, IndexSpec } from './database/store';
import type { FileStore } from './storage';
import { parseAccessRule, type AccessRule } from './security/rules';

export interface SeedResult {
  collections: Record<string, number>;
  files: number;
}

export function seedStore(seedDir: string, store: DocumentStore, files: FileStore): SeedResult {
  const result: SeedResult = { collections: {}, files: 0 };
  const collectionsDir = path.join(seedDir, 'collections');
  if (existsSync(collectionsDir)) {
    for (const entry of readdirSync(collectionsDir).filter((f) => f.endsWith('.json')).sort()) {
      const name = entry.slice(0, -'.json'.length);
      const file = path.join(collectionsDir, entry);
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(file, 'utf8'));
      } catch (error) {
        throw new Error(`seed file ${file} is not valid JSON: ${(error as Error).message}`);
      }
      if (!Array.isArray(raw)) throw new Error(`seed file ${file} must hold a JSON array of documents`);
      const docs = raw.map((item, i) => {
        if (!isPlainObject(item)) throw new Error(`seed file ${file}: element ${i} is not an object`);
        const doc = fromEjsonValue(item) as Doc;
        if (doc._id === undefined || doc._id === null) doc._id = newDocumentId();
        return doc;
      });
      store.createCollection(name);
      try {
        store.commit(docs.map((doc) => ({ collection: name, id: doc._id, doc, mode: 'insert' as const })));
      } catch (error) {
        throw new Error(`seed file ${file}: ${(error as Error).message}`);
      }
      result.collections[name] = docs.length;
    }
  }
  const storageDir = path.join(seedDir, 'storage');
  if (existsSync(storageDir)) {
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir).sort()) {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) walk(full);
        else {
          files.put(path.relative(storageDir, full).split(path.sep).join('/'), readFileSync(full), undefined, null);
          result.files += 1;
        }
      }
    };
    walk(storageDir);
  }
  return result;
}

export interface CollectionDeclaration {
  name: string;
  indexes: IndexSpec[];
  /** Client-side access (`permission` in the file); admin-only when absent. */
  permission: AccessRule;
}

/**
 * Reads a collections declaration file: a JSON array of names or of `{name, indexes?: [{name, keys:
 * [{field, direction}], unique?}], permission?: {acl, rule?}}`. Unique indexes are enforced by the emulator;
 * others are only recorded. `permission` is the collection's client-side access rule (default ADMINONLY).
 */
export function readCollectionDeclarations(file: string): CollectionDeclaration[] {
  let raw: unknown;
  try {
    raw = EJSON.parse(readFileSync(file, 'utf8'), { relaxed: true });
  } catch (error) {
    throw new Error(`collections file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new Error(`collections file ${file} must hold a JSON array`);
  return raw.map((item, i) => {
    if (typeof item === 'string') return { name: item, indexes: [], permission: parseAccessRule(undefined, item) };
    if (!isPlainObject(item) || typeof item.name !== 'string') throw new Error(`collections file ${file}: entry ${i} needs a "name"`);
    const indexes = Array.isArray(item.indexes) ? (item.indexes as IndexSpec[]) : [];
    for (const index of indexes) {
      if (!index || typeof index.name !== 'string' || !Array.isArray(index.keys) || index.keys.some((k) => typeof k?.field !== 'string')) {
        throw new Error(`collections file ${file}: collection ${item.name} has a malformed index`);
      }
    }
    return {
      name: item.name,
      indexes: indexes.map((ix) => ({ name: ix.name, keys: ix.keys.map((k) => ({ field: k.field, direction: k.direction === -1 ? -1 : 1 })), unique: ix.unique === true })),
      permission: parseAccessRule(item.permission, `collections file ${file}: collection ${item.name}`),
    };
  });
}

/** Reads the storage bucket's rule file: `{acl, rule?}` as in a collection's `permission`. */
export function readStorageRule(file: string): AccessRule {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`storage rules file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  return parseAccessRule(raw, `storage rules file ${file}`);
}
