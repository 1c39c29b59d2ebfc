/**
 * Whole-store export/import as one JSON file: every collection (documents as canonical EJSON, declared
 * indexes), stored files (base64), subscription grants and the outbox.
 */
import { z } from 'zod';
import type { Sqlite } from './sqlite';
import { fromEjsonValue, idKey, isPlainObject, toEjsonString, toEjsonValue, type Doc } from './database/ejson';
import type { DocumentStore, IndexSpec } from './database/store';
import type { FileStore } from './storage';
import type { Subscriptions } from './subscriptions';

export const EXPORT_FORMAT = 'cloudbase-emulator-export';

const indexSchema = z.object({
  name: z.string(),
  keys: z.array(z.object({ field: z.string(), direction: z.union([z.literal(1), z.literal(-1)]) })),
  unique: z.boolean().optional(),
});

const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  envId: z.string().optional(),
  exportedAt: z.string().optional(),
  collections: z.record(z.string(), z.object({ indexes: z.array(indexSchema).default([]), documents: z.array(z.record(z.string(), z.unknown())) })),
  files: z
    .array(z.object({ path: z.string(), contentType: z.string(), owner: z.string().nullable().optional(), createdAt: z.number().optional(), base64: z.string() }))
    .default([]),
  subscriptions: z.array(z.object({ openid: z.string(), templateId: z.string(), remaining: z.number().int().min(0) })).default([]),
  outbox: z.array(z.record(z.string(), z.unknown())).default([]),
});

export type ExportFile = z.infer<typeof exportSchema>;

export function exportAll(envId: string, store: DocumentStore, files: FileStore, subscriptions: Subscriptions): ExportFile {
  const collections: ExportFile['collections'] = {};
  for (const name of store.collectionNames()) {
    collections[name] = { indexes: store.indexes(name), documents: store.documents(name).map((doc) => toEjsonValue(doc) as Record<string, unknown>) };
  }
  return {
    format: EXPORT_FORMAT,
    version: 1,
    envId,
    exportedAt: new Date().toISOString(),
    collections,
    files: files.all().map((f) => ({ path: f.path, contentType: f.contentType, owner: f.owner, createdAt: f.createdAt, base64: f.data.toString('base64') })),
    subscriptions: subscriptions.grants().map((g) => ({ openid: g.openid, templateId: g.templateId, remaining: g.remaining })),
    outbox: subscriptions.outbox().map((entry) => ({ ...entry }) as Record<string, unknown>),
  };
}

/** Replaces everything in the data dir with the file's content (validated first: a bad file changes nothing). */
export function importAll(db: Sqlite, store: DocumentStore, input: unknown): { collections: number; documents: number; files: number } {
  const parsed = exportSchema.safeParse(input);
  if (!parsed.success) {
    throw new Error(`not a ${EXPORT_FORMAT} file: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  }
  const data = parsed.data;
  const prepared = Object.entries(data.collections).map(([name, c]) => {
    const seen = new Set<string>();
    const docs = c.documents.map((raw, i) => {
      const doc = fromEjsonValue(raw) as Doc;
      if (!isPlainObject(doc) || doc._id === undefined) throw new Error(`collections.${name}.documents[${i}] has no _id`);
      const key = idKey(doc._id);
      if (seen.has(key)) throw new Error(`collections.${name} has two documents with _id ${toEjsonString(doc._id)}`);
      seen.add(key);
      return { key, body: toEjsonString(doc) };
    });
    return { name, indexes: c.indexes as IndexSpec[], docs };
  });
  let documents = 0;
  db.transaction(() => {
    for (const table of ['documents', 'collections', 'index_defs', 'index_entries', 'unique_keys', 'files', 'grants', 'outbox']) db.prepare(`DELETE FROM ${table}`).run();
    const addCollection = db.prepare('INSERT INTO collections (name, created_at, indexes) VALUES (?, ?, ?)');
    const addDoc = db.prepare('INSERT INTO documents (collection, id, body) VALUES (?, ?, ?)');
    for (const c of prepared) {
      addCollection.run(c.name, Date.now(), JSON.stringify(c.indexes));
      for (const d of c.docs) addDoc.run(c.name, d.key, d.body);
      documents += c.docs.length;
    }
    const addFile = db.prepare('INSERT INTO files (path, content_type, size, owner, created_at, data) VALUES (?, ?, ?, ?, ?, ?)');
    for (const f of data.files) {
      const bytes = Buffer.from(f.base64, 'base64');
      addFile.run(f.path, f.contentType, bytes.length, f.owner ?? null, f.createdAt ?? Date.now(), bytes);
    }
    const addGrant = db.prepare('INSERT INTO grants (openid, template_id, remaining) VALUES (?, ?, ?)');
    for (const g of data.subscriptions) addGrant.run(g.openid, g.templateId, g.remaining);
    const addOutbox = db.prepare('INSERT INTO outbox (at, touser, entry) VALUES (?, ?, ?)');
    for (const entry of data.outbox) {
      const { id: _id, ...rest } = entry;
      addOutbox.run(Date.parse(String(rest.at)) || Date.now(), typeof rest.touser === 'string' ? rest.touser : null, JSON.stringify(rest));
    }
  })();
  store.reload();
  return { collections: prepared.length, documents, files: data.files.length };
}
