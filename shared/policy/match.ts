/**
 * An enterprise against a policy's eligibility: the verdict on every criterion, and overall
 * qualifies / nearly / no, with what it lacks.
 *
 * "Nearly" is defined by a count, the shortfall: the fewest criteria that would have to change for the whole
 * expression to hold, where a criterion not met or unknown counts 1 (for an unknown one, "fill it in and it turns
 * out met"). On the negation normal form (see normal-form.ts):
 *   criterion   0 if met, else 1
 *   all         the sum of its children's shortfalls
 *   any         the smallest of its children's shortfalls (the cheapest alternative)
 *   not         pushed down to the criteria first: not(all(a, b)) is any(not a, not b), so "not X" is short when X
 *               is met (or unknown) and one criterion inside X would have to stop holding.
 * qualifies = shortfall 0 (every criterion on the way is met); nearly = shortfall 1; no = more.
 * For `nearly` the result lists the alternatives: each is one criterion that, once met, makes the enterprise
 * qualify; under an `any` there can be several ("满足其中一项即可").
 */
import type { CalendarDate } from '../enterprise/calendar-date';
import { criterionVerdict, evaluateCriterion, type CriterionVerdict, type ProfileInput, type Verdict } from './criterion';
import type { Eligibility } from './eligibility';
import { normalForm, type NormalForm, type NormalNode } from './normal-form';

export type Outcome = 'qualifies' | 'nearly' | 'no';

export const OUTCOME_LABEL: Record<Outcome, string> = { qualifies: '符合', nearly: '差一项', no: '不符合' };

/** The expression's shape with each node's verdict, for a UI that shows "满足以下全部 / 任一". */
export type VerdictNode =
  | { kind: 'all' | 'any'; verdict: Verdict; shortfall: number; children: VerdictNode[] }
  | { kind: 'criterion'; verdict: Verdict; shortfall: number; index: number };

export interface MatchResult {
  outcome: Outcome;
  /** 0 when it qualifies, 1 when nearly. */
  shortfall: number;
  /** Every criterion, in the order the policy states them. */
  criteria: CriterionVerdict[];
  /**
   * Cheapest ways to qualify: each entry is a set of criteria (indexes into `criteria`) that would all have to be
   * met. For `nearly` every set has one element. At most MAX_ALTERNATIVES sets.
   */
  toQualify: number[][];
  tree: VerdictNode;
  /** One plain-Chinese sentence. */
  summary: string;
}

export const MAX_ALTERNATIVES = 5;

interface Scored {
  node: VerdictNode;
  /** Minimal sets of criteria to fix; [[]] when nothing needs fixing. */
  sets: number[][];
}

function key(set: number[]): string {
  return set.join(',');
}

function dedupe(sets: number[][]): number[][] {
  const seen = new Map<string, number[]>();
  for (const set of sets) {
    const sorted = [...new Set(set)].sort((a, b) => a - b);
    seen.set(key(sorted), sorted);
  }
  return [...seen.values()].slice(0, MAX_ALTERNATIVES);
}

function kleeneAll(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('not_met')) return 'not_met';
  return verdicts.includes('unknown') ? 'unknown' : 'met';
}

function kleeneAny(verdicts: Verdict[]): Verdict {
  if (verdicts.includes('met')) return 'met';
  return verdicts.includes('unknown') ? 'unknown' : 'not_met';
}

function score(node: NormalNode, criteria: CriterionVerdict[]): Scored {
  if (node.kind === 'criterion') {
    const verdict = criteria[node.index]!.verdict;
    const met = verdict === 'met';
    return { node: { kind: 'criterion', verdict, shortfall: met ? 0 : 1, index: node.index }, sets: met ? [[]] : [[node.index]] };
  }
  const children = node.children.map((child) => score(child, criteria));
  const verdicts = children.map((c) => c.node.verdict);
  if (node.kind === 'all') {
    const shortfall = children.reduce((sum, c) => sum + c.node.shortfall, 0);
    // Every child must be fixed: combine one way of fixing each (bounded, so a wide tree stays cheap).
    let sets: number[][] = [[]];
    for (const child of children) {
      sets = dedupe(sets.flatMap((set) => child.sets.map((other) => [...set, ...other])));
    }
    return { node: { kind: 'all', verdict: kleeneAll(verdicts), shortfall, children: children.map((c) => c.node) }, sets };
  }
  const shortfall = Math.min(...children.map((c) => c.node.shortfall));
  const sets = dedupe(children.filter((c) => c.node.shortfall === shortfall).flatMap((c) => c.sets));
  return { node: { kind: 'any', verdict: kleeneAny(verdicts), shortfall, children: children.map((c) => c.node) }, sets };
}

function summarize(outcome: Outcome, shortfall: number, criteria: CriterionVerdict[], toQualify: number[][]): string {
  if (outcome === 'qualifies') return '符合全部条件';
  if (outcome === 'nearly') {
    const options = toQualify.map((set) => criteria[set[0]!]!);
    const allUnknown = options.every((c) => c.verdict === 'unknown');
    if (options.length === 1) {
      const only = options[0]!;
      return only.verdict === 'unknown' ? `还需确认一项：${only.text}` : `还差一项：${only.text}`;
    }
    return `${allUnknown ? '还需确认' : '还差一项'}，满足以下任一项即可：${options.map((c) => c.text).join('；')}`;
  }
  const failed = criteria.filter((c) => c.verdict === 'not_met').length;
  return failed > 0 ? `不符合：至少还差 ${shortfall} 项条件` : `信息不足：还需补充 ${shortfall} 项信息才能判断`;
}

/** Policies are matched against thousands of profiles: normalize each expression once. */
const FORMS = new WeakMap<Eligibility, NormalForm>();

function formOf(eligibility: Eligibility): NormalForm {
  let form = FORMS.get(eligibility);
  if (!form) {
    form = normalForm(eligibility);
    FORMS.set(eligibility, form);
  }
  return form;
}

function outcomeOf(shortfall: number): Outcome {
  return shortfall === 0 ? 'qualifies' : shortfall === 1 ? 'nearly' : 'no';
}

function shortfallOf(node: NormalNode, verdicts: Verdict[]): number {
  if (node.kind === 'criterion') return verdicts[node.index] === 'met' ? 0 : 1;
  let result = node.kind === 'all' ? 0 : Infinity;
  for (const child of node.children) {
    const s = shortfallOf(child, verdicts);
    result = node.kind === 'all' ? result + s : Math.min(result, s);
  }
  return result;
}

/**
 * The outcome alone, without explanations: for jobs that run a policy over a whole enterprise base. Same
 * semantics as matchEligibility, several times faster.
 */
export function matchOutcome(
  eligibility: Eligibility,
  profile: ProfileInput,
  options: { today: CalendarDate },
): { outcome: Outcome; shortfall: number } {
  const form = formOf(eligibility);
  const verdicts = form.criteria.map((criterion) => criterionVerdict(criterion, profile, options.today));
  const shortfall = shortfallOf(form.root, verdicts);
  return { outcome: outcomeOf(shortfall), shortfall };
}

/**
 * Evaluates `eligibility` against a profile as of `today` (a calendar date, passed in so the result is the same
 * wherever and whenever it runs). The eligibility must have been parsed with eligibilitySchema.
 */
export function matchEligibility(eligibility: Eligibility, profile: ProfileInput, options: { today: CalendarDate }): MatchResult {
  const form = formOf(eligibility);
  const criteria = form.criteria.map((criterion) => evaluateCriterion(criterion, profile, options.today));
  const scored = score(form.root, criteria);
  const shortfall = scored.node.shortfall;
  const outcome = outcomeOf(shortfall);
  const toQualify = outcome === 'qualifies' ? [] : scored.sets;
  return { outcome, shortfall, criteria, toQualify, tree: scored.node, summary: summarize(outcome, shortfall, criteria, toQualify) };
}
