/**
 * A database query, built from a policy's eligibility, that every enterprise which qualifies (or nearly qualifies)
 * passes. It is a SUPERSET: the backend pages through what it returns (CloudBase reads at most 1000 documents at a
 * time) and runs matchEligibility on each document for the exact verdict. It is written against the stored document
 * shape of shared/enterprise/stored.ts (`profile.<field>`, `derived.sizePossible`).
 *
 * How: on the negation normal form, each node gets two queries,
 *   Q0(n) ⊇ enterprises with shortfall 0 on n (n holds),
 *   Q1(n) ⊇ enterprises with shortfall ≤ 1 on n (n holds or nearly holds).
 * For a criterion, Q0 is the query for "met" and Q1 is everything (any single criterion may be the one that is
 * short or unknown). all(c…): Q0 = AND Q0(ci); Q1 = OR over i of (Q1(ci) AND the Q0 of all the others).
 * any(c…): Q0 = OR Q0(ci); Q1 = OR Q1(ci). A missing field never makes a criterion "met", so Q0 may exclude it;
 * the enterprise is still let through by the Q1 branch in which that criterion is the one allowed to be short.
 *
 * Operators used: $and, $or, $in, $nin, $gt, $gte, $lt, $lte, $exists, $regex (anchored prefixes; a negative
 * look-ahead for "not in these industries / regions"). mingo evaluates all of them (the tests prove the superset
 * property with it); a CloudBase adapter maps them one to one onto db.command.
 */
import { earliestStartWithinMonths, latestStartWithMonthsPassed, type CalendarDate } from '../enterprise/calendar-date';
import { divisionsOfSection } from '../enterprise/industry';
import { STORED_PATHS } from '../enterprise/stored';
import { durationInMonths, type Eligibility, type Predicate } from './eligibility';
import { normalForm, type Criterion, type NormalNode } from './normal-form';

export type MongoQuery = Record<string, unknown>;

/** Everything: the query that matches every document. */
const EVERY: MongoQuery = {};
const isEvery = (q: MongoQuery) => Object.keys(q).length === 0;

/** Above this many leaf clauses a node's Q1 falls back to "everything": still a superset, just not selective. */
export const MAX_CLAUSES = 400;

function and(queries: MongoQuery[]): MongoQuery {
  const parts = queries.flatMap((q) => (isEvery(q) ? [] : '$and' in q && Object.keys(q).length === 1 ? (q.$and as MongoQuery[]) : [q]));
  if (parts.length === 0) return EVERY;
  return parts.length === 1 ? parts[0]! : { $and: parts };
}

function or(queries: MongoQuery[]): MongoQuery {
  if (queries.length === 0) return { _id: { $in: [] } }; // matches nothing
  if (queries.some(isEvery)) return EVERY;
  const parts = queries.flatMap((q) => ('$or' in q && Object.keys(q).length === 1 ? (q.$or as MongoQuery[]) : [q]));
  return parts.length === 1 ? parts[0]! : { $or: parts };
}

function clauses(query: MongoQuery): number {
  let count = 0;
  for (const [k, v] of Object.entries(query)) {
    count += k === '$and' || k === '$or' ? (v as MongoQuery[]).reduce((sum, q) => sum + clauses(q), 0) : 1;
  }
  return count;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Numeric code prefixes for industry codes: a 门类 letter becomes its 大类. */
function industryPrefixes(codes: string[]): string[] {
  return codes.flatMap((code) => (/^[A-T]$/.test(code) ? divisionsOfSection(code) : [code]));
}

/** A field holding a number (revenue may also hold a band {min, max}): the "met" query for a range, or its opposite. */
function rangeQuery(p: Extract<Predicate, { op: 'range' }>, negated: boolean): MongoQuery {
  const path = STORED_PATHS.field(p.field);
  const hasBands = p.field === 'revenue';
  if (!negated) {
    const bounds: Record<string, number> = {};
    if (p.min !== undefined) bounds[p.minExclusive ? '$gt' : '$gte'] = p.min;
    if (p.max !== undefined) bounds[p.maxExclusive ? '$lt' : '$lte'] = p.max;
    const number = { [path]: bounds };
    if (!hasBands) return number;
    // A band [min, max) is inside the range when its min clears the lower bound and its max is at or under the upper.
    const band: MongoQuery = {};
    if (p.min !== undefined) band[`${path}.min`] = { [p.minExclusive ? '$gt' : '$gte']: p.min };
    if (p.max !== undefined) band[`${path}.max`] = { $lte: p.max };
    return or([number, band]);
  }
  const sides: MongoQuery[] = [];
  if (p.min !== undefined) {
    sides.push({ [path]: { [p.minExclusive ? '$lte' : '$lt']: p.min } });
    if (hasBands) sides.push({ [`${path}.max`]: { $lte: p.min } });
  }
  if (p.max !== undefined) {
    sides.push({ [path]: { [p.maxExclusive ? '$gte' : '$gt']: p.max } });
    if (hasBands) sides.push({ [`${path}.min`]: { [p.maxExclusive ? '$gte' : '$gt']: p.max } });
  }
  return or(sides);
}

/** The query for "this criterion is met" (a superset of it; for most predicates exactly it). */
function criterionQuery(criterion: Criterion, today: CalendarDate): MongoQuery {
  const { predicate: p, negated } = criterion;
  switch (p.op) {
    case 'range':
      return rangeQuery(p, negated);
    case 'equals':
      return { [STORED_PATHS.field(p.field)]: negated ? { $exists: true, $nin: [p.value] } : p.value };
    case 'in':
      return { [STORED_PATHS.field(p.field)]: negated ? { $exists: true, $nin: p.values } : { $in: p.values } };
    case 'date-since': {
      const path = STORED_PATHS.field('foundedOn');
      // The founding days that satisfy it form one interval of calendar dates, and such strings compare as dates.
      const oldest = p.atMost ? earliestStartWithinMonths(today, durationInMonths(p.atMost)) : undefined;
      const youngest = p.atLeast ? latestStartWithMonthsPassed(today, durationInMonths(p.atLeast)) : undefined;
      if (!negated) {
        const bounds: Record<string, string> = {};
        if (youngest !== undefined) bounds.$lte = youngest;
        if (oldest !== undefined) bounds.$gte = oldest;
        return { [path]: bounds };
      }
      const sides: MongoQuery[] = [];
      if (youngest !== undefined) sides.push({ [path]: { $gt: youngest } });
      if (oldest !== undefined) sides.push({ [path]: { $lt: oldest } });
      return or(sides);
    }
    case 'has-tag':
      return { [STORED_PATHS.field('tags')]: negated ? { $exists: true, $nin: [p.tag] } : p.tag };
    case 'has-no-flag':
      return { [STORED_PATHS.field('flags')]: negated ? p.flag : { $exists: true, $nin: [p.flag] } };
    case 'industry-in':
    case 'region-in': {
      const field = p.op === 'industry-in' ? 'industryCode' : 'region';
      const prefixes = (p.op === 'industry-in' ? industryPrefixes(p.codes) : p.codes).map(escape);
      const alternatives = prefixes.join('|');
      // Met: the code starts with one of the prefixes. Not met: it starts with none (a coarser code that might
      // still fall inside is "unknown", not met, so it may stay out of this query).
      return { [STORED_PATHS.field(field)]: { $regex: negated ? `^(?!(?:${alternatives}))` : `^(?:${alternatives})` } };
    }
    case 'size-in':
      // Met when every still-possible class is wanted; not met when none is. Both imply this much:
      return { [STORED_PATHS.sizePossible]: negated ? { $exists: true, $nin: p.classes } : { $in: p.classes } };
  }
}

interface Pair {
  q0: MongoQuery;
  q1: MongoQuery;
}

function build(node: NormalNode, criteria: Criterion[], today: CalendarDate): Pair {
  if (node.kind === 'criterion') return { q0: criterionQuery(criteria[node.index]!, today), q1: EVERY };
  const parts = node.children.map((child) => build(child, criteria, today));
  if (node.kind === 'any') return { q0: or(parts.map((p) => p.q0)), q1: or(parts.map((p) => p.q1)) };
  const q0 = and(parts.map((p) => p.q0));
  const q1 = or(parts.map((part, i) => and([part.q1, ...parts.filter((_, j) => j !== i).map((p) => p.q0)])));
  return { q0, q1: clauses(q1) > MAX_CLAUSES ? EVERY : q1 };
}

export type Reach = 'qualifies' | 'nearly';

/**
 * The pre-filter query for a policy's eligibility as of `today`. `reach: 'qualifies'` (for pushing 免申即享 benefits)
 * lets through a superset of the enterprises that qualify; `'nearly'` (the default, for previews and the
 * "you nearly qualify" list) a superset of those that qualify or nearly do.
 */
export function buildPrefilter(eligibility: Eligibility, options: { today: CalendarDate; reach?: Reach }): MongoQuery {
  const form = normalForm(eligibility);
  const { q0, q1 } = build(form.root, form.criteria, options.today);
  return (options.reach ?? 'nearly') === 'qualifies' ? q0 : q1;
}
