/**
 * Issue 11 §6 through the local CloudBase: the lists that used to stop at a hard cap now page by cursor, so a
 * person with more than one page finds every item exactly once, newest (or most urgent) first.
 */
import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { homeVisitRequest, LI, storedRequest } from './help-fixtures';
import { storedCase, submit, WANG } from './onething-fixtures';

jest.setTimeout(120_000);

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Follows `nextCursor` to the end; every page but the last is full (at most 50) and says there is more. */
async function pageThrough<T>(read: (cursor: string | undefined) => Promise<Page<T>>): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await read(cursor);
    expect(page.items.length).toBeLessThanOrEqual(50);
    if (page.nextCursor) expect(page.items).toHaveLength(50);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    pages += 1;
  } while (cursor);
  return { items, pages };
}

async function insertAll(collection: string, docs: Record<string, unknown>[]): Promise<void> {
  const db = backend.db();
  for (let i = 0; i < docs.length; i += 100) await Promise.all(docs.slice(i, i + 100).map((doc) => db.collection(collection).add(doc)));
}

const count = async (collection: string, where: Record<string, unknown>) =>
  ((await backend.db().collection(collection).where(where).count()) as { total: number }).total;

const expectDescending = (times: string[]) => expect(times.map(Date.parse)).toEqual(times.map(Date.parse).sort((a, b) => b - a));

describe('我的办件 (applications.listMine)', () => {
  it('pages past 500 cases, each exactly once, newest first; the filter pages too', async () => {
    const real = await submit(backend);
    const { _id: _ignored, ...template } = await storedCase(backend, real.id);
    const base = Date.now() - 400 * 86_400_000;
    const clones = Array.from({ length: 530 }, (_, i) => ({
      ...template,
      number: `YJS20250101${String(i).padStart(5, '0')}`,
      // Every third one is finished; some share a moment, so the cursor's tie-break on _id matters.
      status: i % 3 === 0 ? 'completed' : template.status,
      createdAt: new Date(base + Math.floor(i / 4) * 60_000),
    }));
    await insertAll('onething_cases', clones);

    const call = (filter: 'all' | 'finished' | 'active') => (cursor: string | undefined) =>
      backend.call(WANG, api.onething['applications.listMine'], cursor ? { filter, cursor } : { filter }).then(expectOk);
    const total = await count('onething_cases', { applicantOpenid: WANG });
    const all = await pageThrough(call('all'));
    expect(all.pages).toBeGreaterThan(10);
    expect(all.items).toHaveLength(total);
    expect(new Set(all.items.map((c) => c.id)).size).toBe(total);
    expect(all.items.map((c) => c.number)).toEqual(expect.arrayContaining(clones.map((c) => c.number)));
    expect(all.items[0]!.id).toBe(real.id);
    expectDescending(all.items.map((c) => c.submittedAt));

    const finished = await pageThrough(call('finished'));
    expect(finished.items.length).toBeGreaterThanOrEqual(177);
    expect(finished.items.every((c) => ['completed', 'rejected', 'withdrawn'].includes(c.status))).toBe(true);
    const active = await pageThrough(call('active'));
    expect(new Set([...finished.items, ...active.items].map((c) => c.id)).size).toBe(total);

    // Without a cursor the answer is the first page, as before; a made-up cursor is refused plainly.
    const first = expectOk(await backend.call(WANG, api.onething['applications.listMine'], {}));
    expect(first.items.map((c) => c.id)).toEqual(all.items.slice(0, 50).map((c) => c.id));
    expect(await backend.call(WANG, api.onething['applications.listMine'], { cursor: 'nonsense' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(expectOk(await backend.call('o-someone-else', api.onething['applications.listMine'], {}))).toEqual({ items: [], nextCursor: null });
  });
});

describe('我的帮办 (requests.listMine)', () => {
  it('pages past 200 requests, each exactly once, newest first', async () => {
    const real = expectOk(await backend.call(LI, api.help['requests.create'], homeVisitRequest()));
    const { _id: _ignored, ...template } = await storedRequest(backend, real.id);
    const base = Date.now() - 200 * 86_400_000;
    const clones = Array.from({ length: 230 }, (_, i) => ({
      ...template,
      number: `BB20250101${String(i).padStart(5, '0')}`,
      state: i % 2 ? 'completed' : template.state,
      createdAt: new Date(base + Math.floor(i / 3) * 60_000),
    }));
    await insertAll('help_requests', clones);

    const total = await count('help_requests', { requesterOpenid: LI });
    const all = await pageThrough((cursor) => backend.call(LI, api.help['requests.listMine'], cursor ? { cursor } : {}).then(expectOk));
    expect(all.pages).toBeGreaterThan(4);
    expect(all.items).toHaveLength(total);
    expect(new Set(all.items.map((r) => r.id)).size).toBe(total);
    expect(all.items[0]!.id).toBe(real.id);
    expect(all.items.map((r) => r.number)).toEqual(expect.arrayContaining(clones.map((c) => c.number)));

    const finished = await pageThrough((cursor) => backend.call(LI, api.help['requests.listMine'], cursor ? { filter: 'finished', cursor } : { filter: 'finished' }).then(expectOk));
    expect(finished.items.length).toBeGreaterThanOrEqual(115);
    expect(new Set(finished.items.map((r) => r.id)).size).toBe(finished.items.length);
  });
});
