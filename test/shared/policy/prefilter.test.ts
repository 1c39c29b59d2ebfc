import { Query } from 'mingo';
import { generateDemoEnterprises } from '@shared/enterprise/demo-enterprises';
import { declareProfile, type ProfileValues } from '@shared/enterprise/profile';
import { toStoredEnterprise, type StoredEnterprise } from '@shared/enterprise/stored';
import { DEMO_POLICIES } from '@shared/policy/demo-policies';
import { eligibilitySchema, type Eligibility } from '@shared/policy/eligibility';
import { matchEligibility, matchOutcome } from '@shared/policy/match';
import { buildPrefilter, type MongoQuery } from '@shared/policy/prefilter';

const AT = '2026-04-01T09:00:00+08:00';

/** Profiles that sit on the edges: missing fields, bands on bounds, coarse codes, founding days on the cut-off. */
function edgeCases(): StoredEnterprise[] {
  const base: ProfileValues = { creditCode: '91350100M000100Y43', name: '边界测试有限公司' };
  const variants: Partial<ProfileValues>[] = [
    {},
    { industryCode: '65', region: '420600', revenue: { min: 300, max: 500 } },
    { industryCode: '59', headcount: 150, revenue: 2500, flags: [] },
    { industryCode: '70', headcount: 20, region: '420000', tags: [] },
    { industryCode: '3670', headcount: 20, revenue: { min: 0, max: 300 }, foundedOn: '2023-05-01', insuredHeadcount: 30, layoffRate: 20 },
    { industryCode: '3670', headcount: 300, revenue: { min: 2000 }, foundedOn: '2021-05-01', insuredHeadcount: 10, layoffRate: 5.5 },
    { industryCode: '6513', headcount: 9, revenue: 50, foundedOn: '2020-02-29', unemploymentInsuranceMonths: 12, taxCreditGrade: 'M', tags: ['high_tech', 'tech_sme'] },
    { industryCode: '6635', region: '420606', flags: ['serious_dishonesty', 'abnormal_operations'], revenue: { min: 40000 }, totalAssets: 0 },
    { industryCode: '7010', revenue: 1000, totalAssets: 5000, foundedOn: '2023-02-28', tags: ['little_giant'] },
  ];
  return variants.map((v, i) => toStoredEnterprise(declareProfile({ ...base, creditCode: base.creditCode, name: `${base.name}${i}`, ...v }, AT)));
}

/** A small seeded generator of eligibility expressions that use every predicate, `not`, and nesting. */
function randomExpressions(count: number, seed: number): Eligibility[] {
  let state = seed;
  const rand = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const numeric = [
    ['headcount', [1, 10, 20, 50, 100, 300]],
    ['insuredHeadcount', [1, 10, 30, 100]],
    ['revenue', [50, 100, 300, 500, 1000, 2000, 5000]],
    ['totalAssets', [100, 1000, 5000]],
    ['registeredCapital', [50, 100, 500]],
    ['unemploymentInsuranceMonths', [6, 12, 24]],
    ['layoffRate', [0, 5.5, 20]],
  ] as const;
  const predicate = (): unknown => {
    switch (Math.floor(rand() * 10)) {
      case 0: {
        const [field, values] = pick(numeric);
        const a = pick(values);
        const b = pick(values);
        const shape = Math.floor(rand() * 3);
        return {
          op: 'range',
          field,
          ...(shape !== 1 ? { min: Math.min(a, b), minExclusive: rand() < 0.3 } : {}),
          ...(shape !== 0 ? { max: Math.max(a, b), maxExclusive: rand() < 0.3 } : {}),
        };
      }
      case 1:
        return rand() < 0.5
          ? { op: 'equals', field: 'taxCreditGrade', value: pick(['A', 'B', 'M', 'C', 'D']) }
          : (([field, values]) => ({ op: 'in', field, values }))(
              pick([
                ['taxCreditGrade', ['A', 'B']],
                ['region', ['420606', '420602']],
                ['industryCode', ['3670', '6513', '65']],
              ] as const),
            );
      case 2: {
        const least = rand() < 0.6 ? { atLeast: { years: pick([1, 3, 5]), ...(rand() < 0.3 ? { months: 6 } : {}) } } : {};
        return { op: 'date-since', field: 'foundedOn', ...least, ...(rand() < 0.5 || !('atLeast' in least) ? { atMost: { years: pick([5, 8, 10]) } } : {}) };
      }
      case 3:
        return { op: 'has-tag', tag: pick(['high_tech', 'specialized_sme', 'little_giant', 'tech_sme', 'innovative_sme']) };
      case 4:
        return { op: 'has-no-flag', flag: pick(['abnormal_operations', 'serious_dishonesty']) };
      case 5:
        return { op: 'industry-in', codes: pick([['C'], ['65'], ['6513', 'F'], ['59'], ['591', '7010'], ['J', 'K']]) };
      case 6:
        return { op: 'region-in', codes: pick([['4206'], ['420606'], ['42'], ['4205', '420602']]) };
      default:
        return { op: 'size-in', classes: pick([['micro'], ['small', 'micro'], ['medium', 'small', 'micro'], ['large'], ['medium']]) };
    }
  };
  const node = (depth: number): unknown => {
    const roll = rand();
    if (depth >= 3 || roll < 0.45) return rand() < 0.15 ? { not: predicate() } : predicate();
    const children = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => node(depth + 1));
    if (roll < 0.55) return { not: { all: children } };
    return roll < 0.8 ? { all: children } : { any: children };
  };
  return Array.from({ length: count }, () => eligibilitySchema.parse({ all: [node(1), node(1), node(2)] }));
}

interface Tally {
  kept: number;
  dropped: number;
  matches: number;
}

interface Miss {
  expression: string;
  enterprise: string;
  outcome: string;
  reach: string;
}

/** Every enterprise that qualifies (or nearly does) must pass the pre-filter; returns the ones that do not. */
function misses(expressions: Eligibility[], docs: StoredEnterprise[], today: string, tally?: Tally): Miss[] {
  const found: Miss[] = [];
  for (const expression of expressions) {
    const nearly = new Query(buildPrefilter(expression, { today }));
    const qualifies = new Query(buildPrefilter(expression, { today, reach: 'qualifies' }));
    for (const doc of docs) {
      const { outcome } = matchOutcome(expression, doc.profile, { today });
      const miss = (reach: string) => found.push({ expression: JSON.stringify(expression), enterprise: JSON.stringify(doc.profile), outcome, reach });
      const kept = nearly.test(doc);
      if (tally) {
        tally.kept += kept ? 1 : 0;
        tally.dropped += kept ? 0 : 1;
        tally.matches += outcome === 'no' ? 0 : 1;
      }
      if (outcome !== 'no' && !kept) miss('nearly');
      if (outcome === 'qualifies' && !qualifies.test(doc)) miss('qualifies');
    }
  }
  return found.slice(0, 3);
}

describe('the database pre-filter', () => {
  const docs = [...generateDemoEnterprises({ count: 220, seed: 7 }).map(toStoredEnterprise), ...edgeCases()];

  it('never drops an enterprise that qualifies or nearly qualifies for a demo policy', () => {
    expect(misses(DEMO_POLICIES.map((p) => p.eligibility), docs, '2026-05-01')).toEqual([]);
  });

  it('never drops one for a few hundred random expressions, on an ordinary day and on a month end', () => {
    const tally: Tally = { kept: 0, dropped: 0, matches: 0 };
    expect(misses(randomExpressions(45, 42), docs, '2026-05-01', tally)).toEqual([]);
    expect(misses(randomExpressions(20, 7), docs, '2026-02-28', tally)).toEqual([]);
    // The property is not vacuous: many pairs match, and the filter still drops a good share of the rest.
    expect(tally.matches).toBeGreaterThan(1000);
    expect(tally.dropped).toBeGreaterThan(tally.kept / 4);
  });

  it('judges the same with and without explanations', () => {
    for (const expression of randomExpressions(10, 3)) {
      for (const doc of docs.slice(0, 60)) {
        const full = matchEligibility(expression, doc.profile, { today: '2026-05-01' });
        expect(matchOutcome(expression, doc.profile, { today: '2026-05-01' })).toEqual({ outcome: full.outcome, shortfall: full.shortfall });
      }
    }
  });

  it('is selective: the "qualifies" query for a 免申即享 policy keeps few more than those who qualify', () => {
    const policy = DEMO_POLICIES.find((p) => p.id === 'gaoxin-rending-jiangli-2026')!;
    const query = new Query(buildPrefilter(policy.eligibility, { today: '2026-05-01', reach: 'qualifies' }));
    const passed = docs.filter((doc) => query.test(doc));
    const qualified = docs.filter((doc) => matchEligibility(policy.eligibility, doc.profile, { today: '2026-05-01' }).outcome === 'qualifies');
    expect(qualified.length).toBeGreaterThan(0);
    expect(passed.length).toBe(qualified.length); // exact for this policy
    expect(passed.length).toBeLessThan(docs.length / 5);
  });

  it('reads as plain MongoDB-style JSON against the stored document shape', () => {
    const eligibility = eligibilitySchema.parse({
      all: [
        { op: 'range', field: 'insuredHeadcount', min: 10 },
        { op: 'region-in', codes: ['420600'] },
        { op: 'size-in', classes: ['small', 'micro'] },
      ],
    });
    const qualifies: MongoQuery = buildPrefilter(eligibility, { today: '2026-05-01', reach: 'qualifies' });
    expect(qualifies).toEqual({
      $and: [
        { 'profile.insuredHeadcount': { $gte: 10 } },
        { 'profile.region': { $regex: '^(?:4206)' } },
        { 'derived.sizePossible': { $in: ['small', 'micro'] } },
      ],
    });
    // "Nearly" lets any one of the three be short or unknown.
    expect(buildPrefilter(eligibility, { today: '2026-05-01' })).toEqual({
      $or: [
        { $and: [{ 'profile.region': { $regex: '^(?:4206)' } }, { 'derived.sizePossible': { $in: ['small', 'micro'] } }] },
        { $and: [{ 'profile.insuredHeadcount': { $gte: 10 } }, { 'derived.sizePossible': { $in: ['small', 'micro'] } }] },
        { $and: [{ 'profile.insuredHeadcount': { $gte: 10 } }, { 'profile.region': { $regex: '^(?:4206)' } }] },
      ],
    });
    expect(JSON.parse(JSON.stringify(qualifies))).toEqual(qualifies);
  });

  it('turns founding-date rules into date strings for that day', () => {
    const rule = eligibilitySchema.parse({ op: 'date-since', field: 'foundedOn', atLeast: { years: 3 }, atMost: { years: 10 } });
    expect(buildPrefilter(rule, { today: '2026-05-01', reach: 'qualifies' })).toEqual({ 'profile.foundedOn': { $lte: '2023-05-01', $gte: '2016-05-01' } });
  });
});
