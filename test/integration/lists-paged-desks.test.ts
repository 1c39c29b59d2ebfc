/**
 * Issue 11 §6, the work desks: a helper's lists, the coordinator's desk and the 好差评 lists page by cursor through
 * the local CloudBase. Every item shows exactly once, in the promised order (flagged work first where the desk
 * says so), and nothing stops at the old 500/1000/2000 caps.
 */
import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { uploadedBy } from '../support/test-uploads';
import { ADMIN, COORDINATOR, homeVisitRequest, LI, LIU, storedRequest, WANG } from './help-fixtures';
import { completedHelpCase, GOV_STAFF, SAMR_STAFF, stored } from './review-fixtures';

jest.setTimeout(180_000);

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

/** Follows `nextCursor` to the end, at most 50 a page; `fullPages` also asks every page but the last to be full. */
async function pageThrough<T>(read: (cursor: string | undefined) => Promise<Page<T>>, fullPages = true): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await read(cursor);
    expect(page.items.length).toBeLessThanOrEqual(50);
    if (page.nextCursor && fullPages) expect(page.items).toHaveLength(50);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
    pages += 1;
  } while (cursor);
  return { items, pages };
}

async function insertAll(collection: string, docs: Record<string, unknown>[]): Promise<string[]> {
  const db = backend.db();
  const ids: string[] = [];
  for (let i = 0; i < docs.length; i += 100) {
    const added = await Promise.all(docs.slice(i, i + 100).map((doc) => db.collection(collection).add(doc) as Promise<{ id: string }>));
    ids.push(...added.map((a) => a.id));
  }
  return ids;
}

const count = async (collection: string, where: Record<string, unknown>) =>
  ((await backend.db().collection(collection).where(where).count()) as { total: number }).total;
const remove = (collection: string, where: Record<string, unknown>) => backend.db().collection(collection).where(where).remove();
const minutes = (base: number, n: number) => new Date(base + n * 60_000);
const ascending = (values: number[]) => expect(values).toEqual([...values].sort((a, b) => a - b));
const descending = (values: number[]) => expect(values).toEqual([...values].sort((a, b) => b - a));
const onceEach = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length);

/** A waiting home-visit request by 李, stored as-is to clone from. */
async function requestTemplate(): Promise<Record<string, any>> {
  const real = expectOk(await backend.call(LI, api.help['requests.create'], homeVisitRequest()));
  const { _id: _ignored, ...template } = await storedRequest(backend, real.id);
  await remove('help_requests', { _id: real.id });
  return template;
}

describe('帮办员: 我的服务单 and 可接的单', () => {
  it('pages 我的服务单 past 500, soonest first, only unfinished work in 进行中', async () => {
    const template = await requestTemplate();
    const base = Date.now() + 86_400_000;
    const helper = { openid: LIU, name: '刘志强', team: null, via: 'accepted', since: new Date() };
    const clones = Array.from({ length: 540 }, (_, i) => ({
      ...template,
      number: `BB20260101A${String(i).padStart(4, '0')}`,
      state: i % 4 === 0 ? 'completed' : 'accepted',
      helper,
      // Pairs share a moment: the cursor's tie-break on _id keeps each one exactly once.
      window: { from: minutes(base, Math.floor(i / 2) * 30), to: minutes(base, Math.floor(i / 2) * 30 + 120) },
      updatedAt: minutes(Date.now() - 86_400_000 * 30, i),
    }));
    await insertAll('help_requests', clones);

    const active = await pageThrough((cursor) => backend.call(LIU, api.help['requests.listAssigned'], cursor ? { filter: 'active', cursor } : { filter: 'active' }).then(expectOk));
    const stillToDo = await count('help_requests', { 'helper.openid': LIU, state: backend.db().command.nin(['completed', 'terminated', 'cancelled']) });
    expect(active.items.length).toBe(stillToDo);
    expect(active.items.length).toBeGreaterThan(400);
    onceEach(active.items.map((r) => r.id));
    ascending(active.items.map((r) => Date.parse(r.window.from)));
    expect(active.items.every((r) => r.state !== 'completed')).toBe(true);

    const finished = await pageThrough((cursor) => backend.call(LIU, api.help['requests.listAssigned'], cursor ? { filter: 'finished', cursor } : { filter: 'finished' }).then(expectOk));
    expect(finished.items.length).toBeGreaterThanOrEqual(135);
    onceEach(finished.items.map((r) => r.id));
    expect(finished.items.every((r) => r.state === 'completed')).toBe(true);

    // Another helper sees none of them.
    expect(expectOk(await backend.call('demo-helper-chen', api.help['requests.listAssigned'], { filter: 'all' })).items.some((r) => r.number.startsWith('BB20260101A'))).toBe(false);
    await remove('help_requests', { number: backend.db().command.in(clones.map((c) => c.number)) });
  });

  it('pages 可接的单 past 1000 waiting requests, skipping what this helper may not take, soonest first', async () => {
    const template = await requestTemplate();
    const base = Date.now() + 2 * 86_400_000;
    // Every fifth was asked by 刘 himself: a helper never takes their own request, so those never show.
    const clones = Array.from({ length: 1100 }, (_, i) => ({
      ...template,
      number: `BB20260101B${String(i).padStart(4, '0')}`,
      requesterOpenid: i % 5 === 0 ? LIU : template.requesterOpenid,
      window: { from: minutes(base, i * 10), to: minutes(base, i * 10 + 120) },
    }));
    await insertAll('help_requests', clones);

    const open = await pageThrough((cursor) => backend.call(LIU, api.help['requests.listOpen'], cursor ? { cursor } : {}).then(expectOk), false);
    const mine = open.items.filter((r) => r.number.startsWith('BB20260101B'));
    expect(mine).toHaveLength(880);
    expect(mine.map((r) => r.number)).toEqual(clones.filter((_, i) => i % 5 !== 0).map((c) => c.number));
    onceEach(open.items.map((r) => r.id));
    ascending(open.items.map((r) => Date.parse(r.window.from)));
    // Contacts stay masked on a list.
    expect(mine[0]!.contact.phone).not.toBe(template.contact.phone);
    await remove('help_requests', { number: backend.db().command.in(clones.map((c) => c.number)) });
  });
});

describe('帮办调度台 (requests.listForCoordinator)', () => {
  it('pages past 2000 with every escalated or overdue request before any other, and keeps the counts', async () => {
    const template = await requestTemplate();
    const base = Date.now() + 86_400_000;
    const escalation = { reason: 'not_accepted', at: new Date() };
    const clones = Array.from({ length: 2100 }, (_, i) => ({
      ...template,
      number: `BB20260101C${String(i).padStart(4, '0')}`,
      escalation: i % 7 === 0 ? escalation : null,
      overdue: null,
      window: { from: minutes(base, (2100 - i) * 5), to: minutes(base, (2100 - i) * 5 + 120) },
    }));
    await insertAll('help_requests', clones);

    const read = (filter: 'open' | 'attention') => (cursor: string | undefined) =>
      backend.call(COORDINATOR, api.help['requests.listForCoordinator'], cursor ? { filter, cursor } : { filter }).then(expectOk);
    const open = await pageThrough(read('open'));
    const waiting = await count('help_requests', { state: backend.db().command.in(['submitted', 'received', 'authorized']) });
    expect(open.items).toHaveLength(waiting);
    onceEach(open.items.map((r) => r.id));
    const flaggedCount = open.items.filter((r) => r.escalation !== null).length;
    expect(flaggedCount).toBeGreaterThanOrEqual(300);
    // Every flagged one first, each part soonest first.
    expect(open.items.slice(0, flaggedCount).every((r) => r.escalation !== null)).toBe(true);
    ascending(open.items.slice(0, flaggedCount).map((r) => Date.parse(r.window.from)));
    ascending(open.items.slice(flaggedCount).map((r) => Date.parse(r.window.from)));

    const first = expectOk(await backend.call(COORDINATOR, api.help['requests.listForCoordinator'], { filter: 'attention' }));
    expect(first.counts.attention).toBeGreaterThanOrEqual(flaggedCount);
    expect(first.counts.open).toBe(waiting);
    const attention = await pageThrough(read('attention'));
    expect(attention.items).toHaveLength(first.counts.attention);

    expect(await backend.call(COORDINATOR, api.help['requests.listForCoordinator'], { filter: 'open', cursor: '7|x' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    await remove('help_requests', { number: backend.db().command.in(clones.map((c) => c.number)) });
  });
});

describe('好差评 lists', () => {
  it('我的评价 pages past 500 ratings, newest first, each bad one with its rectification; pending still finds the unrated case', async () => {
    const c = await completedHelpCase(backend, WANG, '王小明');
    const bad = expectOk(await backend.call(WANG, api.review['ratings.submit'], { case: { source: 'help', id: c.id }, level: 'very_dissatisfied' } as never));
    const { _id: _ignored, ...template } = await stored(backend, 'review_ratings', bad.id);
    const base = Date.now() - 300 * 86_400_000;
    await insertAll(
      'review_ratings',
      Array.from({ length: 560 }, (_, i) => ({ ...template, caseNumber: `BB20250101D${String(i).padStart(4, '0')}`, level: 'satisfied', rectificationId: null, createdAt: minutes(base, Math.floor(i / 3) * 60) })),
    );
    // A fresh completed case is still waiting for a rating, however many ratings came before.
    const fresh = await completedHelpCase(backend, WANG, '王小明');
    expect(expectOk(await backend.call(WANG, api.review['ratings.pending'], {})).items.some((p) => p.case.id === fresh.id)).toBe(true);

    const mine = await pageThrough((cursor) => backend.call(WANG, api.review['ratings.listMine'], cursor ? { cursor } : {}).then(expectOk));
    expect(mine.items).toHaveLength(await count('review_ratings', { raterOpenid: WANG }));
    onceEach(mine.items.map((r) => r.id));
    descending(mine.items.map((r) => Date.parse(r.createdAt)));
    expect(mine.items[0]).toMatchObject({ id: bad.id, rectification: { id: bad.rectificationId } });
    expect(mine.items.slice(1).every((r) => r.rectification === null)).toBe(true);
  });

  it('评价查询 pages a department past 2000, filtered by level on the server', async () => {
    const c = await completedHelpCase(backend, LI);
    const rating = expectOk(await backend.call(LI, api.review['ratings.submit'], { case: { source: 'help', id: c.id }, level: 'satisfied' } as never));
    const { _id: _ignored, ...template } = await stored(backend, 'review_ratings', rating.id);
    const base = Date.now() - 200 * 86_400_000;
    await insertAll(
      'review_ratings',
      Array.from({ length: 2100 }, (_, i) => ({ ...template, raterOpenid: `o-rater-${i}`, level: i % 3 === 0 ? 'dissatisfied' : 'satisfied', rectificationId: null, createdAt: minutes(base, i) })),
    );
    const department = template.department as string;
    const all = await pageThrough((cursor) => backend.call(GOV_STAFF, api.review['ratings.forDepartment'], cursor ? { cursor } : {}).then(expectOk));
    expect(all.items).toHaveLength(await count('review_ratings', { department }));
    onceEach(all.items.map((r) => r.id));
    descending(all.items.map((r) => Date.parse(r.createdAt)));
    const dissatisfied = await pageThrough((cursor) => backend.call(GOV_STAFF, api.review['ratings.forDepartment'], cursor ? { level: 'dissatisfied', cursor } : { level: 'dissatisfied' }).then(expectOk));
    expect(dissatisfied.items).toHaveLength(await count('review_ratings', { department, level: 'dissatisfied' }));
    expect(dissatisfied.items.every((r) => r.level.value === 'dissatisfied')).toBe(true);
    // Another department's staff sees none of them.
    expect(expectOk(await backend.call(SAMR_STAFF, api.review['ratings.forDepartment'], {})).items.some((r) => r.id === rating.id)).toBe(false);
  });

  it('整改工作台 pages past 2000 with escalated first then the nearest deadline; a rectification opens by id only for its department', async () => {
    const c = await completedHelpCase(backend, LI);
    const bad = expectOk(await backend.call(LI, api.review['ratings.submit'], { case: { source: 'help', id: c.id }, level: 'dissatisfied' } as never));
    const { _id: _ignored, ...template } = await stored(backend, 'review_rectifications', bad.rectificationId!);
    const base = Date.now() + 86_400_000;
    await insertAll(
      'review_rectifications',
      Array.from({ length: 2050 }, (_, i) => ({
        ...template,
        ratingId: `help_x${i}_completed`,
        caseNumber: `BB20250101E${String(i).padStart(4, '0')}`,
        state: i % 5 === 0 ? 'finished' : template.state,
        escalation: i % 9 === 0 ? { reason: 'overdue', at: new Date() } : null,
        dueAt: minutes(base, (2050 - i) * 7),
      })),
    );
    const department = template.department as string;
    const read = (open?: boolean) => (cursor: string | undefined) =>
      backend.call(GOV_STAFF, api.review['rectifications.list'], { ...(open === undefined ? {} : { open }), ...(cursor ? { cursor } : {}) }).then(expectOk);
    const all = await pageThrough(read());
    expect(all.items).toHaveLength(await count('review_rectifications', { department }));
    onceEach(all.items.map((f) => f.id));
    const escalated = all.items.filter((f) => f.escalation !== null).length;
    expect(all.items.slice(0, escalated).every((f) => f.escalation !== null)).toBe(true);
    ascending(all.items.slice(escalated).map((f) => Date.parse(`${f.dueDate}T00:00:00+08:00`)));

    const open = await pageThrough(read(true));
    const finished = await pageThrough(read(false));
    expect(open.items.every((f) => f.state.value !== 'finished')).toBe(true);
    expect(finished.items.every((f) => f.state.value === 'finished')).toBe(true);
    expect(open.items.length + finished.items.length).toBe(all.items.length);

    expect(expectOk(await backend.call(GOV_STAFF, api.review['rectifications.get'], { id: bad.rectificationId! }))).toMatchObject({ id: bad.rectificationId, caseNumber: c.number });
    expect(await backend.call(SAMR_STAFF, api.review['rectifications.get'], { id: bad.rectificationId! })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(expectOk(await backend.call(ADMIN, api.review['rectifications.get'], { id: bad.rectificationId! })).id).toBe(bad.rectificationId);
  });

  it('申诉复核 pages every appeal, newest first', async () => {
    const c = await completedHelpCase(backend, WANG, '王小明');
    const rating = expectOk(await backend.call(WANG, api.review['ratings.submit'], { case: { source: 'help', id: c.id }, level: 'very_dissatisfied' } as never));
    const real = expectOk(
      await backend.call(GOV_STAFF, api.review['appeals.create'], {
        ratingId: rating.id,
        reason: 'malicious',
        explanation: '评价人在办件前已多次发送辱骂信息，与服务无关',
        evidence: [uploadedBy(GOV_STAFF, 'appeals', 'png')],
      }),
    );
    const { _id: _ignored, ...template } = await stored(backend, 'review_appeals', real.id);
    const base = Date.now() - 100 * 86_400_000;
    await insertAll('review_appeals', Array.from({ length: 130 }, (_, i) => ({ ...template, ratingId: `help_y${i}_completed`, createdAt: minutes(base, i) })));
    const all = await pageThrough((cursor) => backend.call(ADMIN, api.review['appeals.list'], cursor ? { cursor } : {}).then(expectOk));
    expect(all.items).toHaveLength(await count('review_appeals', {}));
    onceEach(all.items.map((a) => a.id));
    expect(all.items[0]!.id).toBe(real.id);
    descending(all.items.map((a) => Date.parse(a.createdAt)));
  });
});
