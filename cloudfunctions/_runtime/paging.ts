import { AppError } from '@shared/errors';
import type { Database } from './cloudbase';

/** Lists answer this many items a page unless the caller asks for fewer. */
export const PAGE_SIZE = 50;

export interface PageOrder {
  /** A Date field every document has; ties are broken by `_id` in the same direction. */
  field: string;
  direction: 'asc' | 'desc';
}

export interface Page<T> {
  items: T[];
  /** Where the next page starts; null when this page is the last. */
  nextCursor: string | null;
}

/** The cursor is the last shown document's sort value and id: `<ISO time>~<_id>`. */
export function cursorAfter(doc: Record<string, unknown>, order: PageOrder): string {
  // The field may be nested (`window.from`).
  const value = order.field.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], doc);
  const at = value instanceof Date ? value : new Date(String(value));
  return `${at.toISOString()}~${String(doc._id)}`;
}

function decode(cursor: string): { at: Date; id: string } {
  const cut = cursor.indexOf('~');
  const at = new Date(cut > 0 ? cursor.slice(0, cut) : 'invalid');
  const id = cursor.slice(cut + 1);
  if (Number.isNaN(at.getTime()) || !id) throw new AppError('VALIDATION_FAILED', '分页游标无效，请从第一页重新查询。', { fields: [{ path: 'cursor', message: '分页游标无效' }] });
  return { at, id };
}

/**
 * One page of `where`, ordered by (`order.field`, `_id`), starting after `cursor`. The query goes straight to
 * the cursor's position through the index (no skip), so items added meanwhile are neither skipped nor repeated
 * on the pages still to come, and nothing is ever hidden behind a cap.
 */
export async function readPage<T extends Record<string, unknown>>(
  db: Database,
  collection: string,
  where: Record<string, unknown>,
  order: PageOrder,
  cursor: string | undefined,
  limit: number,
): Promise<Page<T>> {
  const _ = db.command;
  let query = where;
  if (cursor) {
    const { at, id } = decode(cursor);
    const beyond = order.direction === 'asc' ? _.gt : _.lt;
    query = _.and([where, _.or([{ [order.field]: beyond(at) }, { [order.field]: _.eq(at), _id: beyond(id) }])]) as unknown as Record<string, unknown>;
  }
  const { data } = await db
    .collection(collection)
    .where(query)
    .orderBy(order.field, order.direction)
    .orderBy('_id', order.direction)
    .limit(limit + 1)
    .get();
  const docs = data as T[];
  const items = docs.slice(0, limit);
  return { items, nextCursor: docs.length > limit ? cursorAfter(items[items.length - 1]!, order) : null };
}

/**
 * A page of the documents `keep` accepts, for rules a query cannot say (a helper's needs and hours). Reads on in
 * batches until the page is full; after scanning `maxScan` documents it answers a short page with a cursor, so
 * one call stays bounded and the list still says there is more.
 */
export async function readFilteredPage<T extends Record<string, unknown>>(
  db: Database,
  collection: string,
  where: Record<string, unknown>,
  order: PageOrder,
  cursor: string | undefined,
  limit: number,
  keep: (doc: T) => boolean,
  maxScan = Math.max(500, limit * 10),
): Promise<Page<T>> {
  const items: T[] = [];
  let at = cursor;
  let scanned = 0;
  for (;;) {
    const batch = await readPage<T>(db, collection, where, order, at, 100);
    for (const [index, doc] of batch.items.entries()) {
      scanned += 1;
      if (!keep(doc)) continue;
      items.push(doc);
      if (items.length === limit) {
        const unseen = index < batch.items.length - 1 || batch.nextCursor !== null;
        return { items, nextCursor: unseen ? cursorAfter(doc, order) : null };
      }
    }
    if (!batch.nextCursor) return { items, nextCursor: null };
    at = batch.nextCursor;
    if (scanned >= maxScan) return { items, nextCursor: at };
  }
}

/**
 * A page of a list shown in tiers: everything matching `tiers[0]` first (say, escalated), then `tiers[1]`, each
 * tier in `order`. The cursor names the tier it stands in: `<tier>|<cursor within it>`.
 */
export async function readTieredPage<T extends Record<string, unknown>>(
  db: Database,
  collection: string,
  tiers: Record<string, unknown>[],
  order: PageOrder,
  cursor: string | undefined,
  limit: number,
): Promise<Page<T>> {
  let tier = 0;
  let within: string | undefined;
  if (cursor) {
    const match = /^(\d+)\|(.*)$/.exec(cursor);
    tier = match ? Number(match[1]) : -1;
    if (!match || tier >= tiers.length) throw new AppError('VALIDATION_FAILED', '分页游标无效，请从第一页重新查询。', { fields: [{ path: 'cursor', message: '分页游标无效' }] });
    within = match[2] || undefined;
  }
  const items: T[] = [];
  for (; tier < tiers.length && items.length < limit; tier += 1, within = undefined) {
    const page = await readPage<T>(db, collection, tiers[tier]!, order, within, limit - items.length);
    items.push(...page.items);
    if (page.nextCursor) return { items, nextCursor: `${tier}|${page.nextCursor}` };
  }
  // The page filled exactly at a tier's end: say "more" only if a later tier has something.
  for (; tier < tiers.length; tier += 1) {
    const { data } = await db.collection(collection).where(tiers[tier]!).limit(1).get();
    if (data.length > 0) return { items, nextCursor: `${tier}|` };
  }
  return { items, nextCursor: null };
}
