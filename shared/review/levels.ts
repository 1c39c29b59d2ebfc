/**
 * The five 好差评 levels (domain.md §2, 国办发〔2019〕51号): the last two are bad reviews. Every level is accepted —
 * nothing here ever refuses a low rating.
 */
export const LEVELS = ['very_satisfied', 'satisfied', 'basic', 'dissatisfied', 'very_dissatisfied'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  very_satisfied: '非常满意',
  satisfied: '满意',
  basic: '基本满意',
  dissatisfied: '不满意',
  very_dissatisfied: '非常不满意',
};

/** Points per level for the satisfaction score (100 = everyone 非常满意). */
export const LEVEL_SCORES: Record<Level, number> = {
  very_satisfied: 100,
  satisfied: 80,
  basic: 60,
  dissatisfied: 40,
  very_dissatisfied: 20,
};

export function isBadReview(level: Level): boolean {
  return level === 'dissatisfied' || level === 'very_dissatisfied';
}

/** What the rater says about the department's rectification. */
export const FIX_RATINGS = ['satisfied', 'basic', 'dissatisfied'] as const;
export type FixRating = (typeof FIX_RATINGS)[number];
export const FIX_RATING_LABELS: Record<FixRating, string> = { satisfied: '满意', basic: '基本满意', dissatisfied: '不满意' };
