/**
 * match.forPolicy over a base larger than one CloudBase read (1000 documents): pre-filter + exact evaluation, a
 * page at a time with a credit-code cursor; every matching enterprise appears exactly once across the pages.
 */
import { beijingDate } from '@shared/calendar/working-days';
import { api } from '@shared/contracts';
import { generateDemoEnterprises } from '@shared/enterprise/demo-enterprises';
import type { StoredEnterprise } from '@shared/enterprise/stored';
import { matchOutcome } from '@shared/policy/match';
import { DEMO_POLICIES } from '@shared/policy/demo-policies';
import { eligibilitySchema, type Eligibility } from '@shared/policy/eligibility';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { draft, insertEnterprises, STAFF, WANG } from './policy-fixtures';

jest.setTimeout(60_000);

let backend: Backend;
const BASE = 1500;

beforeAll(async () => {
  backend = await startBackend();
  await insertEnterprises(backend, generateDemoEnterprises({ count: BASE, seed: 4242, today: '2026-10-01' }));
}, 120_000);
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

/** What the test expects, computed here from every stored enterprise (the test may read the whole base; the function may not). */
async function expected(eligibility: Eligibility, outcome: 'qualifies' | 'nearly'): Promise<string[]> {
  const today = beijingDate(new Date());
  const codes: string[] = [];
  for (let skip = 0; ; skip += 1000) {
    const { data } = await backend.db().collection('enterprises').orderBy('_id', 'asc').skip(skip).limit(1000).get();
    for (const doc of data as StoredEnterprise[]) if (matchOutcome(eligibility, doc.profile, { today }).outcome === outcome) codes.push(doc._id);
    if (data.length < 1000) return codes;
  }
}

async function allPages(policyId: string, outcome: 'qualifies' | 'nearly', limit: number): Promise<{ codes: string[]; pages: number }> {
  const codes: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  for (;;) {
    const page = expectOk(await backend.call(STAFF, api.policy['match.forPolicy'], { policyId, outcome, limit, ...(cursor ? { cursor } : {}) }));
    pages += 1;
    expect(page.items.length).toBeLessThanOrEqual(limit);
    expect(page.items.every((i) => i.outcome.value === outcome)).toBe(true);
    codes.push(...page.items.map((i) => i.creditCode));
    if (page.nextCursor === null) return { codes, pages };
    cursor = page.nextCursor;
  }
}

it(`holds more than one read's worth of enterprises`, async () => {
  const { total } = await backend.db().collection('enterprises').count();
  expect(total).toBeGreaterThan(BASE);
});

it.each(DEMO_POLICIES.map((p) => [p.id, p] as const))('lists every enterprise qualifying for %s exactly once, page by page', async (id, policy) => {
  const want = await expected(policy.eligibility, 'qualifies');
  const { codes, pages } = await allPages(id, 'qualifies', 100);
  expect(codes).toEqual(want); // same enterprises, in credit-code order, none twice
  if (want.length > 100) expect(pages).toBeGreaterThan(1);
});

it('pages through the enterprises one criterion short, and the preview counts agree', async () => {
  const policy = DEMO_POLICIES.find((p) => p.id === 'wengang-fanhuan-2026')!;
  const want = await expected(policy.eligibility, 'nearly');
  expect(want.length).toBeGreaterThan(50);
  const { codes } = await allPages(policy.id, 'nearly', 50);
  expect(codes).toEqual(want);
  const preview = expectOk(await backend.call(STAFF, api.policy['policies.preview'], { eligibility: policy.eligibility }));
  expect(preview.wouldReach).toBe((await expected(policy.eligibility, 'qualifies')).length);
  expect(preview.nearly).toBe(want.length);
  expect(preview.scanned).toBeLessThan(BASE + 41); // the pre-filter left some out
});

it('agrees with exact evaluation for a published policy using every kind of criterion (ranges, not, any, dates, tags, size)', async () => {
  const eligibility = {
    all: [
      { op: 'range', field: 'headcount', min: 10, max: 200 },
      { not: { op: 'industry-in', codes: ['36'] } },
      { op: 'date-since', field: 'foundedOn', atLeast: { years: 2 }, atMost: { years: 15 } },
      { any: [{ op: 'has-tag', tag: 'high_tech' }, { op: 'range', field: 'revenue', min: 1000, max: 5000 }, { op: 'in', field: 'taxCreditGrade', values: ['A'] }] },
      { op: 'has-no-flag', flag: 'abnormal_operations' },
      { op: 'size-in', classes: ['small', 'micro'] },
      { op: 'region-in', codes: ['4206'] },
    ],
  };
  expectOk(await backend.call(STAFF, api.policy['policies.publish'], draft('xiangyang-mixed-test', { eligibility })));
  const parsed = eligibilitySchema.parse(eligibility);
  for (const outcome of ['qualifies', 'nearly'] as const) {
    const want = await expected(parsed, outcome);
    expect(want.length).toBeGreaterThan(20);
    expect((await allPages('xiangyang-mixed-test', outcome, 200)).codes).toEqual(want);
  }
});

it('is for staff only, and rejects a forged cursor', async () => {
  expect(await backend.call(WANG, api.policy['match.forPolicy'], { policyId: 'wengang-fanhuan-2026' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(await backend.call(STAFF, api.policy['match.forPolicy'], { policyId: 'wengang-fanhuan-2026', cursor: "'; drop" })).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION_FAILED' },
  });
  expect(await backend.call(STAFF, api.policy['match.forPolicy'], { policyId: 'no-such-policy' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
});
