/**
 * Declared indexes are used by the local CloudBase (issue 14 §1): queries answer exactly what a full scan
 * answers, an indexed query reads only its candidates, and unique indexes still refuse duplicates — through
 * the real node-sdk.
 */
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmulator } from '../../emulator';
import { sdkFor, tempDir, type App } from './helpers';
import type { RunningEmulator } from '../../emulator';

const INDEXED = 'items';
const PLAIN = 'items_plain';
const OWNERS = ['o1', 'o2', 'o3', 'o4'];
const STATUSES = ['open', 'closed', 'draft'];
const TAGS = ['red', 'green', 'blue', 'gold'];
const DAY = 24 * 3600 * 1000;
const BASE = Date.UTC(2024, 0, 1);

const declarations = [
  {
    name: INDEXED,
    indexes: [
      { name: 'status', keys: [{ field: 'status', direction: 1 }] },
      { name: 'owner_at', keys: [{ field: 'owner', direction: 1 }, { field: 'at', direction: -1 }, { field: '_id', direction: -1 }] },
      { name: 'rank', keys: [{ field: 'meta.rank', direction: 1 }] },
      { name: 'n', keys: [{ field: 'n', direction: 1 }] },
      { name: 'tags', keys: [{ field: 'tags', direction: 1 }] },
      { name: 'code', keys: [{ field: 'code', direction: 1 }], unique: true },
    ],
  },
  PLAIN,
  { name: 'codes', indexes: [{ name: 'code', keys: [{ field: 'code', direction: 1 }], unique: true }] },
];

/** A small deterministic PRNG, so a failing case can be reproduced. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const random = rng(20240114);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;

/** Documents with the awkward cases mixed in: missing fields, null, other types, arrays, nested paths. */
function generateDocs(count: number): Record<string, unknown>[] {
  const docs: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i += 1) {
    const doc: Record<string, unknown> = { _id: `d${String(i).padStart(4, '0')}`, code: `C${i}` };
    if (!chance(0.1)) doc.status = chance(0.1) ? pick([null, 7, true, 'Open']) : pick(STATUSES);
    doc.owner = chance(0.05) ? null : pick(OWNERS);
    // a few times are equal on purpose (ties for the sort), a few are strings
    if (!chance(0.05)) doc.at = chance(0.05) ? '2024-02-01' : new Date(BASE + Math.floor(random() * 40) * DAY);
    if (chance(0.9)) doc.n = chance(0.1) ? pick(['5', 'x', null]) : Math.floor(random() * 50) - 10 + (chance(0.2) ? 0.5 : 0);
    if (chance(0.85)) doc.meta = chance(0.1) ? [{ rank: 1 }, { rank: 2 }] : { rank: chance(0.1) ? null : Math.floor(random() * 10), label: pick(TAGS) };
    if (chance(0.8)) doc.tags = chance(0.2) ? pick(TAGS) : [pick(TAGS), pick(TAGS)];
    docs.push(doc);
  }
  return docs;
}

interface QueryCase {
  label: string;
  where: (_: any) => Record<string, unknown>;
  order?: [string, 'asc' | 'desc'][];
  skip?: number;
  limit?: number;
}

const someDate = () => new Date(BASE + Math.floor(random() * 40) * DAY);
const someN = () => Math.floor(random() * 50) - 10;
const scalar = () => pick<unknown>(['open', 'closed', 'Open', null, 7, true, 'nothing']);

const templates: (() => QueryCase)[] = [
  () => { const v = scalar(); return { label: `status = ${String(v)}`, where: () => ({ status: v }) }; },
  () => { const v = scalar(); return { label: `status eq ${String(v)}`, where: (_) => ({ status: _.eq(v) }) }; },
  () => { const vs = [scalar(), scalar()]; return { label: `status in ${vs}`, where: (_) => ({ status: _.in(vs) }) }; },
  () => { const vs = [scalar(), scalar()]; return { label: `status nin ${vs}`, where: (_) => ({ status: _.nin(vs) }) }; },
  () => { const v = scalar(); return { label: `status neq ${String(v)}`, where: (_) => ({ status: _.neq(v) }) }; },
  () => ({ label: 'status missing', where: (_) => ({ status: _.exists(false) }) }),
  () => { const a = someN(); return { label: `n > ${a}`, where: (_) => ({ n: _.gt(a) }) }; },
  () => { const a = someN(); const b = a + 15; return { label: `${a} <= n < ${b}`, where: (_) => ({ n: _.gte(a).and(_.lt(b)) }) }; },
  () => { const a = someN(); return { label: `n <= ${a} sorted`, where: (_) => ({ n: _.lte(a) }), order: [['n', 'desc']], limit: 7 }; },
  () => ({ label: 'n > "4" (strings only)', where: (_) => ({ n: _.gt('4') }) }),
  () => { const v = Math.floor(random() * 10); return { label: `meta.rank = ${v}`, where: () => ({ 'meta.rank': v }) }; },
  () => ({ label: 'meta.rank null', where: () => ({ 'meta.rank': null }) }),
  () => { const v = Math.floor(random() * 10); return { label: `meta.rank in range ${v}`, where: (_) => ({ 'meta.rank': _.gte(v) }), order: [['meta.rank', 'asc']], limit: 9 }; },
  () => { const t = pick(TAGS); return { label: `tags = ${t}`, where: () => ({ tags: t }) }; },
  () => { const ts = [pick(TAGS), pick(TAGS)]; return { label: `tags in ${ts}`, where: (_) => ({ tags: _.in(ts) }), order: [['tags', 'asc']], limit: 10 }; },
  () => { const o = pick(OWNERS); const d = someDate(); return { label: `owner ${o}, at > ${d.toISOString()}, newest first`, where: (_) => ({ owner: o, at: _.gt(d) }), order: [['at', 'desc']], limit: 5 }; },
  () => { const o = pick(OWNERS); return { label: `owner ${o} newest first, page 2`, where: () => ({ owner: o }), order: [['at', 'desc'], ['_id', 'desc']], skip: 5, limit: 5 }; },
  () => {
    // the cursor-paging shape of cloudfunctions/_runtime/paging.ts
    const o = pick(OWNERS);
    const d = someDate();
    const id = `d${String(Math.floor(random() * 300)).padStart(4, '0')}`;
    return {
      label: `owner ${o} after (${d.toISOString()}, ${id})`,
      where: (_) => _.and([{ owner: o }, _.or([{ at: _.lt(d) }, { at: _.eq(d), _id: _.lt(id) }])]),
      order: [['at', 'desc'], ['_id', 'desc']],
      limit: 6,
    };
  },
  () => { const o = pick([...OWNERS, null]); return { label: `owner ${o} oldest first`, where: () => ({ owner: o }), order: [['at', 'asc']], limit: 4 }; },
  () => ({ label: 'everything by at', where: () => ({}), order: [['at', 'asc']], skip: 3, limit: 8 }),
  () => ({ label: 'everything by n desc', where: () => ({}), order: [['n', 'desc']], limit: 12 }),
  () => { const s = pick(STATUSES); return { label: `status ${s} by n`, where: () => ({ status: s }), order: [['n', 'asc'], ['_id', 'desc']], limit: 10 }; },
  () => { const s = pick(STATUSES); const o = pick(OWNERS); return { label: `status ${s} or owner ${o}`, where: (_) => _.or([{ status: s }, { owner: o }]), limit: 50 }; },
  () => { const ids = ['d0003', 'd0100', 'd9999', 'd0042']; return { label: '_id in list, with status', where: (_) => ({ _id: _.in(ids), status: _.neq('x') }) }; },
  () => { const c = `C${Math.floor(random() * 300)}`; return { label: `code ${c}`, where: () => ({ code: c }) }; },
];

let emulator: RunningEmulator;
let dataDir: string;
let app: App;
let db: any;
let _: any;

async function start(): Promise<void> {
  emulator = await startEmulator({ port: 0, dataDir, timers: false, collectionsFile: path.join(dataDir, 'collections.json') });
  app = sdkFor(emulator);
  db = app.database();
  _ = db.command;
}

async function run(collection: string, c: QueryCase) {
  let query = db.collection(collection).where(c.where(_));
  for (const [field, direction] of c.order ?? []) query = query.orderBy(field, direction);
  if (c.skip) query = query.skip(c.skip);
  query = query.limit(c.limit ?? 1000);
  const { data } = await query.get();
  const plan = emulator.lastQuery()?.plan ?? '';
  const { total } = await db.collection(collection).where(c.where(_)).count();
  return { data, total, plan };
}

const DOCS = generateDocs(300);

beforeAll(async () => {
  dataDir = tempDir('cloudbase-indexes-');
  writeFileSync(path.join(dataDir, 'collections.json'), JSON.stringify(declarations));
  await start();
  for (let i = 0; i < DOCS.length; i += 100) {
    await db.collection(INDEXED).add(DOCS.slice(i, i + 100));
    await db.collection(PLAIN).add(DOCS.slice(i, i + 100));
  }
});

afterAll(async () => {
  await emulator.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('queries through declared indexes', () => {
  it('answer exactly what a scan of the same documents answers, for generated queries', async () => {
    let nonEmpty = 0;
    const plans = new Set<string>();
    for (let i = 0; i < 160; i += 1) {
      const c = templates[i % templates.length]!();
      const { plan, ...indexed } = await run(INDEXED, c);
      const { plan: _scan, ...plain } = await run(PLAIN, c);
      expect({ case: c.label, ...indexed }).toEqual({ case: c.label, ...plain });
      if (indexed.data.length > 0) nonEmpty += 1;
      plans.add(plan.split(':')[0]!);
    }
    // the cases are not vacuous, and every kind of plan was exercised
    expect(nonEmpty).toBeGreaterThan(100);
    expect([...plans].sort()).toEqual(['ids', 'lookup', 'scan', 'walk']);
  });

  it('pages by cursor through the sorted walk with the same pages as a scan', async () => {
    for (const owner of OWNERS) {
      const pages: Record<string, string[][]> = {};
      for (const collection of [INDEXED, PLAIN]) {
        const seen: string[][] = [];
        let cursor: { at: Date; id: string } | undefined;
        for (;;) {
          const where = cursor
            ? _.and([{ owner, at: _.exists(true) }, _.or([{ at: _.lt(cursor.at) }, { at: _.eq(cursor.at), _id: _.lt(cursor.id) }])])
            : { owner, at: _.exists(true) };
          const { data } = await db.collection(collection).where(where).orderBy('at', 'desc').orderBy('_id', 'desc').limit(7).get();
          if (collection === INDEXED) expect(emulator.lastQuery()?.plan).toBe('walk:owner_at');
          if (data.length === 0) break;
          seen.push(data.map((d: { _id: string }) => d._id));
          const last = data[data.length - 1];
          if (!(last.at instanceof Date)) break; // a string `at` ends the Date pages
          cursor = { at: last.at, id: last._id };
        }
        pages[collection] = seen;
      }
      expect(pages[INDEXED]).toEqual(pages[PLAIN]);
      expect(pages[INDEXED]!.length).toBeGreaterThan(3);
    }
  });

  it('reads only the candidate documents for an indexed query, and all of them without an index', async () => {
    const expected = DOCS.filter((d) => d.status === 'closed').length;
    const { data } = await db.collection(INDEXED).where({ status: 'closed' }).limit(1000).get();
    expect(data).toHaveLength(expected);
    expect(emulator.lastQuery()).toEqual({ collection: INDEXED, plan: 'lookup:status', examined: expected });

    // meta as an array of objects: those documents cannot be placed in the index and are always read
    const loose = DOCS.filter((d) => Array.isArray(d.meta)).length;
    await db.collection(INDEXED).where({ 'meta.rank': 3 }).get();
    const rank = emulator.lastQuery()!;
    expect(rank.plan).toBe('lookup:rank');
    expect(rank.examined).toBe(DOCS.filter((d) => !Array.isArray(d.meta) && (d.meta as { rank?: unknown } | undefined)?.rank === 3).length + loose);

    // a sorted page stops reading once the page (and its ties) is full
    await db.collection(INDEXED).where({ owner: 'o2' }).orderBy('at', 'desc').orderBy('_id', 'desc').limit(3).get();
    const walk = emulator.lastQuery()!;
    expect(walk.plan).toBe('walk:owner_at');
    expect(walk.examined).toBeLessThan(10);

    await db.collection(PLAIN).where({ status: 'closed' }).get();
    expect(emulator.lastQuery()).toEqual({ collection: PLAIN, plan: 'scan', examined: DOCS.length });
  });

  it('keeps answering from the indexes after writes and a restart', async () => {
    await db.collection(INDEXED).where({ status: 'draft' }).update({ status: 'archived' });
    await db.collection(PLAIN).where({ status: 'draft' }).update({ status: 'archived' });
    await db.collection(INDEXED).where({ owner: 'o3', status: 'open' }).remove();
    await db.collection(PLAIN).where({ owner: 'o3', status: 'open' }).remove();
    await emulator.close();
    await start();
    for (const where of [{ status: 'archived' }, { status: 'draft' }, { owner: 'o3' }]) {
      const a = await db.collection(INDEXED).where(where).orderBy('at', 'asc').limit(1000).get();
      expect(emulator.lastQuery()?.plan).not.toBe('scan');
      const b = await db.collection(PLAIN).where(where).orderBy('at', 'asc').limit(1000).get();
      expect(a.data).toEqual(b.data);
    }
    expect((await db.collection(INDEXED).where({ status: 'archived' }).count()).total).toBeGreaterThan(0);
  });
});

describe('unique indexes', () => {
  const codes = () => db.collection('codes');

  async function refused(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(
      () => {
        throw new Error('expected DATABASE_DUPLICATE_WRITE, the write succeeded');
      },
      (e: Error & { code: string }) => e,
    );
    expect(error.code).toBe('DATABASE_DUPLICATE_WRITE');
    return error.message;
  }

  it('refuse a second document with the same key, counting a missing field as null, and write nothing', async () => {
    await codes().add({ _id: 'a', code: 'X1' });
    const message = await refused(codes().add({ _id: 'b', code: 'X1' }));
    expect(message).toContain('index: code');
    // a batch with a duplicate inside it is refused whole
    await refused(codes().add([{ _id: 'c', code: 'X2' }, { _id: 'd', code: 'X2' }]));
    expect((await codes().where({ _id: _.in(['b', 'c', 'd']) }).count()).total).toBe(0);
    await codes().add({ _id: 'e' });
    await refused(codes().add({ _id: 'f', code: null }));
  });

  it('refuse an update that takes another document’s key, and free a key when its holder changes or goes', async () => {
    await codes().add([{ _id: 'g', code: 'Y1' }, { _id: 'h', code: 'Y2' }]);
    await refused(codes().doc('h').update({ code: 'Y1' }));
    expect((await codes().doc('h').get()).data[0].code).toBe('Y2');
    await codes().doc('g').update({ code: 'Y3' });
    await codes().doc('h').update({ code: 'Y1' });
    await codes().doc('h').remove();
    await codes().add({ _id: 'i', code: 'Y1' });
    // a rewrite of the holder itself is not a duplicate
    await codes().doc('i').set({ code: 'Y1', note: 'again' });
    expect((await codes().where({ code: 'Y1' }).get()).data).toEqual([{ _id: 'i', code: 'Y1', note: 'again' }]);
  });

  it('hold inside transactions and after a restart', async () => {
    await refused(
      db.runTransaction(async (transaction: any) => {
        await transaction.collection('codes').add({ _id: 'j', code: 'X1' });
      }),
    );
    await emulator.close();
    await start();
    await refused(codes().add({ _id: 'k', code: 'Y3' }));
    await codes().add({ _id: 'k', code: 'Z1' });
  });
});
