/**
 * Issue 11 §5–6 through the local CloudBase: consent asked at the point of need, per-person limits on creating
 * actions, lists that page instead of stopping, and the last administrator.
 */
import { api } from '@shared/contracts';
import { RATE_LIMITS, type RateLimitedAction } from '@shared/config/rate-limits';
import { windowOf } from '@shared/limits/windows';
import { CONSENTS } from '@shared/privacy/consents';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { homeVisitRequest } from './help-fixtures';
import { creditCode } from './policy-fixtures';
import { countCases, grantCaseConsents, makeTaxStaff, newbornApplication, WANG } from './onething-fixtures';

jest.setTimeout(120_000);

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await makeTaxStaff(backend);
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const count = async (collection: string, where: Record<string, unknown>) =>
  ((await backend.db().collection(collection).where(where).count()) as { total: number }).total;

/** Puts a person's counter for this window at `used` (as if they had already made that many calls today). */
async function used(openid: string, action: RateLimitedAction, times: number): Promise<void> {
  const window = windowOf(action, new Date());
  const _id = `${openid}~${action}~${window.start.toISOString()}`;
  await backend.db().collection('rate_counters').doc(_id).set({ openid, action, windowStart: window.start, windowEnd: window.end, count: times, requestIds: [] });
}

function expectRateLimited(result: { ok: boolean }) {
  expect(result).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', details: { retryAfterSeconds: expect.any(Number) } } });
  const { message, details } = (result as unknown as { error: { message: string; details: { retryAfterSeconds: number } } }).error;
  expect(message).toMatch(/请于 (今天|明天) \d\d:\d\d 后再试|请 \d+ 分钟后再试/);
  expect(details.retryAfterSeconds).toBeGreaterThan(0);
  expect(details.retryAfterSeconds).toBeLessThanOrEqual(24 * 3600);
}

describe('consent at the point of need (一件事 submit)', () => {
  it('refuses a 新生儿出生 without the child consent, naming it, writing nothing; after consenting the case is created', async () => {
    const input = newbornApplication();
    const refused = await backend.call(WANG, api.onething['applications.submit'], input);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    const { message, details } = (refused as unknown as { error: { message: string; details: { consents: { purpose: string; title: string }[] } } }).error;
    expect(details.consents).toContainEqual(expect.objectContaining({ purpose: 'minor_data', title: CONSENTS.minor_data.title, why: CONSENTS.minor_data.why }));
    expect(message).toContain(CONSENTS.minor_data.title);
    expect(await countCases(backend, { requestId: input.requestId })).toBe(0);
    expect(await count('rate_counters', { openid: WANG })).toBe(0);

    for (const { purpose } of details.consents) {
      expectOk(await backend.call(WANG, api.account['consents.grant'], { purpose: purpose as 'minor_data', version: CONSENTS[purpose as 'minor_data'].version }));
    }
    const created = expectOk(await backend.call(WANG, api.onething['applications.submit'], input));
    expect(created.status).toBe('submitted');
    expect(await countCases(backend, { requestId: input.requestId })).toBe(1);
  });

  it('asks again once the consent is withdrawn', async () => {
    await grantCaseConsents(backend, WANG);
    expectOk(await backend.call(WANG, api.account['consents.withdraw'], { purpose: 'minor_data' }));
    const input = newbornApplication();
    const refused = await backend.call(WANG, api.onething['applications.submit'], input);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', details: { consents: [{ purpose: 'minor_data' }] } } });
    expect(await countCases(backend, { requestId: input.requestId })).toBe(0);
    expectOk(await backend.call(WANG, api.account['consents.grant'], { purpose: 'minor_data', version: CONSENTS.minor_data.version }));
    expectOk(await backend.call(WANG, api.onething['applications.submit'], input));
  });

  it('records data.export in the access log, like every other whole read', async () => {
    const before = await count('access_log', { subjectOpenid: 'o-export-1' });
    expectOk(await backend.call('o-export-1', api.account['data.export'], {}));
    expect(await count('access_log', { subjectOpenid: 'o-export-1', viewerOpenid: 'o-export-1' })).toBe(before + 1);
  });
});

describe('limits instead of floods', () => {
  const complaint = (n: number) => ({ kind: 'suggestion' as const, content: `第${n}条建议：希望办事大厅多开几个窗口`, contact: { preference: 'in_app' as const } });

  it('lets a person file 10 complaints a day, even all at once, then refuses the rest saying when, writing nothing; others are unaffected', async () => {
    const person = 'o-flood-1';
    const limit = RATE_LIMITS.feedback.limit;
    const answers = await Promise.all(Array.from({ length: limit + 5 }, (_, i) => backend.call(person, api.account['feedback.create'], complaint(i))));
    expect(answers.filter((a) => a.ok)).toHaveLength(limit);
    for (const refused of answers.filter((a) => !a.ok)) expectRateLimited(refused);
    expect(await count('feedback', { openid: person })).toBe(limit);
    expect((answers.find((a) => !a.ok) as unknown as { error: { message: string } }).error.message).toMatch(/^今天提交投诉建议的次数已达上限，请于 (今天|明天) 08:00 后再试/);

    expectOk(await backend.call('o-flood-2', api.account['feedback.create'], complaint(99)));
  });

  it('counts a retry of the same requestId once', async () => {
    const person = 'o-retry-1';
    await used(person, 'feedback', RATE_LIMITS.feedback.limit - 1);
    expectOk(await backend.call(person, api.account['feedback.create'], complaint(1), 'retry-request-0001'));
    // The answer was lost; the app sends the same request again: not a second count.
    expect((await backend.call(person, api.account['feedback.create'], complaint(1), 'retry-request-0001')).ok).toBe(true);
    expectRateLimited(await backend.call(person, api.account['feedback.create'], complaint(2), 'retry-request-0002'));
  });

  it('limits help requests', async () => {
    await used('demo-citizen-li', 'helpRequests', RATE_LIMITS.helpRequests.limit);
    const before = await count('help_requests', { requesterOpenid: 'demo-citizen-li' });
    expectRateLimited(await backend.call('demo-citizen-li', api.help['requests.create'], homeVisitRequest()));
    expect(await count('help_requests', { requesterOpenid: 'demo-citizen-li' })).toBe(before);
    expectOk(await backend.call('o-help-other', api.help['requests.create'], homeVisitRequest()));
  });

  it('limits 一件事 submissions; a retry of a submitted requestId still answers its case', async () => {
    await grantCaseConsents(backend, WANG);
    await used(WANG, 'onethingSubmissions', RATE_LIMITS.onethingSubmissions.limit - 1);
    const last = newbornApplication();
    // Five copies of the same submit at once: one case, counted once.
    const views = (await Promise.all(Array.from({ length: 5 }, () => backend.call(WANG, api.onething['applications.submit'], last)))).map(expectOk);
    expect(new Set(views.map((v) => v.id)).size).toBe(1);
    const again = expectOk(await backend.call(WANG, api.onething['applications.submit'], last));
    expect(again.id).toBe(views[0]!.id);

    const beyond = newbornApplication();
    expectRateLimited(await backend.call(WANG, api.onething['applications.submit'], beyond));
    expect(await countCases(backend, { requestId: beyond.requestId })).toBe(0);
  });

  it('limits enterprise binding', async () => {
    const person = 'o-bind-1';
    await used(person, 'bindRequests', RATE_LIMITS.bindRequests.limit);
    const code = creditCode(7, '91440300MC');
    expectRateLimited(await backend.call(person, api.policy['enterprises.bind'], { creditCode: code, name: '深圳限额测试有限公司', role: 'legal_representative' }));
    expect(await count('enterprise_binding_requests', { creditCode: code })).toBe(0);
    // Someone else is not held back: their unconfirmed bind becomes a request as usual.
    const other = expectOk(await backend.call('o-bind-2', api.policy['enterprises.bind'], { creditCode: code, name: '深圳限额测试有限公司', role: 'legal_representative' }));
    expect(other.outcome.value).toBe('requested');
  });
});

describe('no list stops silently', () => {
  it('finds a new complaint from another person on the desk behind 672 from five others, by paging', async () => {
    const now = Date.now();
    const flood = Array.from({ length: 672 }, (_, i) => ({
      number: `JY20261201-F${String(i).padStart(4, '0')}`,
      openid: `o-flooder-${i % 5}`,
      submitterName: '测试',
      kind: 'complaint',
      content: '重复投诉内容',
      page: null,
      caseNumber: null,
      department: 'samr',
      status: 'submitted',
      photos: [],
      contactPreference: 'none',
      contactPhone: null,
      createdAt: new Date(now - 86_400_000),
      dueDate: '2026-12-08',
      dueAt: new Date(now + (i % 40) * 60_000),
      reply: null,
      rating: null,
    }));
    const db = backend.db();
    for (let i = 0; i < flood.length; i += 100) await Promise.all(flood.slice(i, i + 100).map((doc) => db.collection('feedback').add(doc)));

    const fresh = expectOk(
      await backend.call('o-newcomer', api.account['feedback.create'], { kind: 'complaint', content: '营业执照办了两周还没下来', department: 'samr', contact: { preference: 'in_app' } }),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = expectOk(await backend.call('demo-staff-samr-1', api.account['feedback.listForDepartment'], cursor ? { cursor } : {}));
      seen.push(...page.items.map((t) => t.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBeGreaterThan(10);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(fresh.id);
    expect(seen.length).toBe(await count('feedback', { department: 'samr' }));
  });

  it('pages 我的反馈 past 200', async () => {
    const person = 'o-many-tickets';
    const db = backend.db();
    const base = Date.now() - 30 * 86_400_000;
    const docs = Array.from({ length: 230 }, (_, i) => ({
      number: `JY20261101-M${String(i).padStart(4, '0')}`,
      openid: person,
      submitterName: null,
      kind: 'suggestion',
      content: `建议${i}`,
      page: null,
      caseNumber: null,
      department: 'govservice',
      status: 'submitted',
      photos: [],
      contactPreference: 'none',
      contactPhone: null,
      // Some share a moment: the cursor breaks ties by id, so none is skipped or repeated.
      createdAt: new Date(base + Math.floor(i / 3) * 60_000),
      dueDate: '2026-12-08',
      dueAt: new Date(base + 86_400_000),
      reply: null,
      rating: null,
    }));
    for (let i = 0; i < docs.length; i += 100) await Promise.all(docs.slice(i, i + 100).map((doc) => db.collection('feedback').add(doc)));

    const first = expectOk(await backend.call(person, api.account['feedback.listMine'], {}));
    expect(first.items).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const all = [...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = expectOk(await backend.call(person, api.account['feedback.listMine'], { cursor }));
      all.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(all).toHaveLength(230);
    expect(new Set(all.map((t) => t.number)).size).toBe(230);
    const times = all.map((t) => Date.parse(t.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));

    const oldest = all[all.length - 1]!;
    expect(expectOk(await backend.call(person, api.account['feedback.getMine'], { ticketId: oldest.id })).number).toBe(oldest.number);
    expect(await backend.call('o-someone-else', api.account['feedback.getMine'], { ticketId: oldest.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await backend.call(person, api.account['feedback.listMine'], { cursor: 'not-a-cursor' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});

describe('the last administrator', () => {
  it('cannot remove their own admin role; a second admin can, and then cannot remove their own', async () => {
    const refused = await backend.call('demo-admin', api.account['users.setRoles'], { openid: 'demo-admin', roles: ['staff'], department: 'govservice' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((refused as unknown as { error: { message: string } }).error.message).toContain('唯一的管理员');
    expect(expectOk(await backend.call('demo-admin', api.account.whoami, {})).roles).toContain('admin');

    await backend.call('o-second-admin', api.account.whoami, {});
    expectOk(await backend.call('demo-admin', api.account['users.setRoles'], { openid: 'o-second-admin', roles: ['admin'] }));
    expect(await backend.call('demo-admin', api.account['users.setRoles'], { openid: 'demo-admin', roles: ['staff'], department: 'govservice' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expectOk(await backend.call('o-second-admin', api.account['users.setRoles'], { openid: 'demo-admin', roles: ['staff'], department: 'govservice' }));
    expect(await backend.call('o-second-admin', api.account['users.setRoles'], { openid: 'o-second-admin', roles: ['citizen'] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
