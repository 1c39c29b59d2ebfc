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
function encode(doc: Record<string, unknown>, order: PageOrder): string {
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
  return { items, nextCursor: docs.length > limit ? encode(items[items.length - 1]!, order) : null };
}
