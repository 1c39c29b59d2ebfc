import { z } from 'zod';

/** A WeChat openid as our functions see it (demo personas use `demo-…`). */
export const openidSchema = z.string().min(1).max(128);

export const emptyInput = z.object({}).strict();

/** ISO-8601 timestamp strings cross every boundary; Date objects never do. */
export const isoDateTime = z.string().datetime({ offset: true });

/**
 * Lists page with a cursor (never skip over growing collections): pass the previous answer's `nextCursor` back
 * as `cursor`; `nextCursor: null` means everything has been shown.
 */
export const cursorSchema = z.string().min(1).max(200, '分页游标无效，请从第一页重新查询');
export const pageInput = { cursor: cursorSchema.optional(), limit: z.number().int().min(1).max(100).optional() };

/** One page of a cursor-paged list: `nextCursor` (pass back as `cursor`) is null when everything has been shown. */
export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
