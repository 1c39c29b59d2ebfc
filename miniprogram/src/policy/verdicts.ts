import type { PolicyMatchView } from '@shared/contracts/policy';

export type Criterion = PolicyMatchView['criteria'][number];
export type Outcome = PolicyMatchView['outcome']['value'];

/** Tag tone per overall outcome: the words carry the meaning, the colour only helps. */
export const OUTCOME_TONES = { qualifies: 'success', nearly: 'notice', no: 'neutral' } as const;

/** One criterion's verdict as a short word and a mark that screen readers skip. */
export const VERDICT_WORDS: Record<Criterion['verdict'], { word: string; mark: string }> = {
  met: { word: '符合', mark: '✓' },
  not_met: { word: '不符合', mark: '✗' },
  unknown: { word: '信息不足', mark: '?' },
};

/** Where a criterion's verdict comes from: verified data, self-declared data, or nothing yet. */
export function sourceWords(criterion: Criterion): string | null {
  if (criterion.verified === null) return null;
  return criterion.verified ? '依据已核验信息' : '依据自行填报信息';
}

/** A missing profile field, in the person's words ('失业保险连续缴费'), from the criterion's own text. */
function missingWords(criterion: Criterion): string {
  return criterion.text.replace(/^未填写：/, '');
}

/**
 * "What you lack" in plain words: the cheapest way to qualify (the first entry of `toQualify`), one sentence
 * per criterion — what is asked and what the enterprise has now, or which information to fill in.
 */
export function whatYouLack(match: PolicyMatchView): string[] {
  const cheapest = match.toQualify[0] ?? [];
  return cheapest
    .map((index) => match.criteria[index])
    .filter((criterion): criterion is Criterion => Boolean(criterion))
    .map((criterion) =>
      criterion.verdict === 'unknown'
        ? `还没有填写“${missingWords(criterion)}”，填写后才能判断是否满足：${criterion.expectation}。`
        : `要求${criterion.expectation}，贵企业目前是 ${criterion.actual ?? '—'}。`,
    );
}

/** Whether any criterion of the match waits for a profile field to be filled in. */
export function needsProfileFields(match: PolicyMatchView): boolean {
  return match.criteria.some((criterion) => criterion.verdict === 'unknown');
}
