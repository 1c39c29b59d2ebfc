import type { Database } from './cloudbase';

/** CloudBase returns at most 1000 documents per read: page through a query without holding more than asked. */
export async function readAll<T = Record<string, unknown>>(
  db: Database,
  collection: string,
  where: Record<string, unknown>,
  options: { orderBy?: [string, 'asc' | 'desc']; max?: number } = {},
): Promise<T[]> {
  const pageSize = 1000;
  const max = options.max ?? 10_000;
  const out: T[] = [];
  for (let skip = 0; skip < max; skip += pageSize) {
    let query = db.collection(collection).where(where);
    if (options.orderBy) query = query.orderBy(options.orderBy[0], options.orderBy[1]);
    const { data } = await query.skip(skip).limit(Math.min(pageSize, max - skip)).get();
    out.push(...(data as T[]));
    if (data.length < pageSize) break;
  }
  return out;
}

export async function getById<T = Record<string, unknown>>(db: Database, collection: string, id: string): Promise<T | null> {
  const { data } = await db.collection(collection).doc(id).get();
  return ((data as T[] | undefined)?.[0] ?? null) as T | null;
}

/** An instant as ISO text; stored documents may hold it as a Date or (seeded, exported) as ISO text already. */
export function iso(date: Date | string | null | undefined): string | null {
  if (date instanceof Date) return date.toISOString();
  return typeof date === 'string' && date ? new Date(date).toISOString() : null;
}
