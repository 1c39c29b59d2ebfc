import { z } from 'zod';

/** A WeChat openid as our functions see it (demo personas use `demo-…`). */
export const openidSchema = z.string().min(1).max(128);

export const emptyInput = z.object({}).strict();

/** ISO-8601 timestamp strings cross every boundary; Date objects never do. */
export const isoDateTime = z.string().datetime({ offset: true });
