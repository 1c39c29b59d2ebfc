import { RATE_LIMITS, type RateLimitedAction } from '@shared/config/rate-limits';
import { AppError } from '@shared/errors';
import { rateLimitRefusal, windowOf } from '@shared/limits/windows';
import { COLLECTIONS } from '../collections';
import { getById } from './read-all';
import type { HandlerContext } from './router';

interface StoredCounter {
  _id: string;
  openid: string;
  action: RateLimitedAction;
  windowStart: Date;
  windowEnd: Date;
  count: number;
  /** The requestIds already counted in this window: a retry of one of them is not counted again. */
  requestIds: string[];
}

function isDuplicateWrite(error: unknown): boolean {
  return /DUPLICATE/i.test(String((error as { code?: unknown })?.code ?? '')) || /duplicate key/i.test(String((error as Error)?.message));
}

/**
 * Counts one creating call of the caller against its limit (shared/config/rate-limits.ts), or refuses it with
 * RATE_LIMITED saying when to try again. Call it after validation and before the write, so a refused call
 * writes nothing. One counter document per (openid, action, window) moved by a conditional `$inc`: concurrent
 * calls cannot pass the limit. A retry with a requestId already counted passes without counting.
 */
export async function enforceRateLimit(
  ctx: HandlerContext,
  action: RateLimitedAction,
  options: { requestId?: string | null; now?: Date } = {},
): Promise<void> {
  if (!ctx.openid) throw new AppError('UNAUTHENTICATED');
  const now = options.now ?? new Date();
  const requestId = options.requestId === undefined ? ctx.requestId : options.requestId;
  const { limit } = RATE_LIMITS[action];
  const window = windowOf(action, now);
  const id = `${ctx.openid}~${action}~${window.start.toISOString()}`;
  const counters = ctx.db.collection(COLLECTIONS.rateCounters);
  const _ = ctx.db.command;

  for (let attempt = 0; attempt < 5; attempt += 1) {
    const where: Record<string, unknown> = { _id: id, count: _.lt(limit) };
    if (requestId) where.requestIds = _.nin([requestId]);
    const change: Record<string, unknown> = { count: _.inc(1) };
    if (requestId) change.requestIds = _.push([requestId]);
    const { updated } = (await counters.where(where).update(change)) as { updated?: number };
    if (updated) return;

    const counter = await getById<StoredCounter>(ctx.db, COLLECTIONS.rateCounters, id);
    if (!counter) {
      const first: StoredCounter = { _id: id, openid: ctx.openid, action, windowStart: window.start, windowEnd: window.end, count: 1, requestIds: requestId ? [requestId] : [] };
      try {
        await counters.add(first);
        return;
      } catch (error) {
        // Another call opened this window at the same moment: count against its document.
        if (!isDuplicateWrite(error)) throw error;
        continue;
      }
    }
    if (requestId && counter.requestIds.includes(requestId)) return;
    if (counter.count < limit) continue;
    const { message, retryAfterSeconds } = rateLimitRefusal(action, now);
    ctx.log.warn('rate_limited', { action, limit });
    throw new AppError('RATE_LIMITED', message, { retryAfterSeconds });
  }
  throw new AppError('CONFLICT', '同时提交的请求太多，请稍后再试。');
}
