import type { Database } from '../../_runtime/cloudbase';
import { readPage, type PageOrder } from '../../_runtime/paging';

/**
 * Every document of `where`, a page at a time, each page read from the previous page's cursor (never skip), so a
 * growing collection is read once through without documents skipped or repeated.
 */
export async function* pagesOf<T extends Record<string, unknown>>(db: Database, collection: string, where: Record<string, unknown>, order: PageOrder, pageSize = 500): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  do {
    const page = await readPage<T>(db, collection, where, order, cursor, pageSize);
    if (page.items.length) yield page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** All of a bounded selection (say, one person's cases in the rating window), read by cursor. */
export async function readByCursor<T extends Record<string, unknown>>(db: Database, collection: string, where: Record<string, unknown>, order: PageOrder): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pagesOf<T>(db, collection, where, order)) out.push(...page);
  return out;
}

/** The documents among `ids` that also match `where`: bounded reads of at most 100 ids each. */
export async function readByIds<T>(db: Database, collection: string, ids: string[], where: Record<string, unknown> = {}): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    const { data } = await db.collection(collection).where({ ...where, _id: db.command.in(chunk) }).limit(chunk.length).get();
    out.push(...(data as T[]));
  }
  return out;
}
