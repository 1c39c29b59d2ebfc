import type { reviewContracts } from '@shared/contracts/review';
import { provincialRecord } from '@shared/review/export';
import { beijingMonth } from '@shared/review/stats';
import { COLLECTIONS } from '../../collections';
import { readAll } from '../../_runtime/read-all';
import type { Handler } from '../../_runtime/router';
import type { StoredRating } from '../store/types';

type C = typeof reviewContracts;

/** Every rating (upheld appeals included, flagged) in the provincial platform's record shape. */
export const exportRatings: Handler<C['export.ratings']> = async (input, ctx) => {
  const ratings = await readAll<StoredRating>(ctx.db, COLLECTIONS.reviewRatings, {}, { orderBy: ['createdAt', 'asc'], max: 100_000 });
  const chosen = input.month ? ratings.filter((r) => beijingMonth(r.createdAt) === input.month) : ratings;
  ctx.log.info('ratings_exported', { count: chosen.length, month: input.month ?? 'all' });
  return { records: chosen.map(provincialRecord) };
};
