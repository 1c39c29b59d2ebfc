/**
 * Every database operation the SDK emits, through the real @cloudbase/node-sdk against the emulator.
 */
import { http, startTestEmulator, type TestEmulator } from './helpers';

let t: TestEmulator;
let db: any;
let _: any;

beforeAll(async () => {
  t = await startTestEmulator({ functionsDir: undefined });
  db = t.app.database();
  _ = db.command;
});
afterAll(() => t.close());

async function fresh(name: string, docs: Record<string, unknown>[] = []) {
  await db.createCollection(name);
  if (docs.length) await db.collection(name).add(docs);
  return db.collection(name);
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<Error & { code: string }> {
  const error = await promise.then(
    () => {
      throw new Error(`expected an error with code ${code}, the call succeeded`);
    },
    (e: Error & { code: string }) => e,
  );
  expect(error.code).toBe(code);
  return error;
}

async function admin(body: Record<string, unknown>) {
  return http(t.emulator, '/admin?env=local-env&seqId=test', { body });
}

describe('collections', () => {
  it('answers DATABASE_COLLECTION_NOT_EXIST for every operation on a missing collection, and writes nothing', async () => {
    const missing = db.collection('nope');
    await expectCode(missing.get(), 'DATABASE_COLLECTION_NOT_EXIST');
    await expectCode(missing.add({ a: 1 }), 'DATABASE_COLLECTION_NOT_EXIST');
    await expectCode(missing.count(), 'DATABASE_COLLECTION_NOT_EXIST');
    await expectCode(missing.doc('x').update({ a: 1 }), 'DATABASE_COLLECTION_NOT_EXIST');
    await expectCode(missing.where({ a: 1 }).remove(), 'DATABASE_COLLECTION_NOT_EXIST');
    await expectCode(missing.aggregate().match({}).end(), 'DATABASE_COLLECTION_NOT_EXIST');
    const error = await expectCode(missing.doc('x').get(), 'DATABASE_COLLECTION_NOT_EXIST');
    expect(error.message).toMatch(/Db or Table not exist/);
    expect((await http(t.emulator, '/__emulator/collections')).body.collections.map((c: { name: string }) => c.name)).not.toContain('nope');
  });

  it('createCollection creates once, then says it exists', async () => {
    await db.createCollection('made');
    expect((await db.collection('made').count()).total).toBe(0);
    await expectCode(db.createCollection('made'), 'DATABASE_COLLECTION_ALREADY_EXIST');
  });
});

describe('insert and read', () => {
  it('generates 32-hex ids, keeps given ones, rejects duplicates', async () => {
    const c = await fresh('ins');
    const one = await c.add({ name: 'a' });
    expect(one.id).toMatch(/^[0-9a-f]{32}$/);
    const many = await c.add([{ name: 'b' }, { _id: 'given', name: 'c' }]);
    expect(many.ids[1]).toBe('given');
    await expectCode(c.add({ _id: 'given', name: 'again' }), 'DATABASE_DUPLICATE_WRITE');
    await expectCode(c.doc('given').create({ name: 'again' }), 'DATABASE_DUPLICATE_WRITE');
    await c.doc('created').create({ name: 'd' });
    expect((await c.doc('created').get()).data).toEqual([{ _id: 'created', name: 'd' }]);
    expect((await c.doc('absent').get()).data).toEqual([]);
    expect((await c.count()).total).toBe(4);
  });

  it('round-trips types: numbers, nested objects, arrays, booleans, null, dates', async () => {
    const c = await fresh('types');
    const when = new Date('2024-05-06T07:08:09.123Z');
    const { id } = await c.add({ i: 30, f: 1.5, big: 2 ** 40, neg: -7, s: '中文', b: true, n: null, arr: [1, 'x', { y: 2 }], o: { p: { q: 'deep' } }, when });
    const [doc] = (await c.doc(id).get()).data;
    expect(doc).toEqual({ _id: id, i: 30, f: 1.5, big: 2 ** 40, neg: -7, s: '中文', b: true, n: null, arr: [1, 'x', { y: 2 }], o: { p: { q: 'deep' } }, when });
    expect(doc.when).toBeInstanceOf(Date);
  });

  it('substitutes db.serverDate() with the server time (+offset)', async () => {
    const c = await fresh('dates');
    const before = Date.now();
    const { id } = await c.add({ at: db.serverDate(), later: db.serverDate({ offset: 60 * 60 * 1000 }) });
    const [doc] = (await c.doc(id).get()).data;
    expect(doc.at.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(doc.at.getTime()).toBeLessThanOrEqual(Date.now() + 5);
    expect(doc.later.getTime() - doc.at.getTime()).toBeGreaterThanOrEqual(60 * 60 * 1000 - 5);
    await c.doc(id).update({ touched: db.serverDate() });
    expect(((await c.doc(id).get()).data[0].touched as Date).getTime()).toBeGreaterThanOrEqual(doc.at.getTime());
    // dates compare as dates in queries
    expect((await c.where({ at: _.lte(new Date()) }).count()).total).toBe(1);
    expect((await c.where({ at: _.gt(new Date(Date.now() + 1000)) }).count()).total).toBe(0);
  });
});

describe('queries', () => {
  let c: any;
  beforeAll(async () => {
    c = await fresh('people', [
      { _id: 'p1', name: 'Alice', age: 30, city: 'sz', tags: ['a', 'b'], address: { zip: '518000', street: 'x' }, score: 7 },
      { _id: 'p2', name: 'bob', age: 25, city: 'gz', tags: ['b'], address: { zip: '510000' }, score: 3 },
      { _id: 'p3', name: 'Carol', age: 35, city: 'sz', tags: [], score: 10 },
      { _id: 'p4', name: 'dave', age: 25, city: 'bj', tags: ['a', 'c', 'd'], address: { zip: '100000' } },
    ]);
  });
  const ids = (res: { data: { _id: string }[] }) => res.data.map((d) => d._id);

  it('supports comparison, set and logic operators', async () => {
    expect(ids(await c.where({ age: _.eq(25) }).get())).toEqual(['p2', 'p4']);
    expect(ids(await c.where({ age: _.neq(25) }).get())).toEqual(['p1', 'p3']);
    expect(ids(await c.where({ age: _.gt(25).and(_.lt(35)) }).get())).toEqual(['p1']);
    expect(ids(await c.where({ age: _.gte(30), city: 'sz' }).get())).toEqual(['p1', 'p3']);
    expect(ids(await c.where({ city: _.in(['gz', 'bj']) }).get())).toEqual(['p2', 'p4']);
    expect(ids(await c.where({ city: _.nin(['gz', 'bj']) }).get())).toEqual(['p1', 'p3']);
    expect(ids(await c.where(_.or([{ age: _.lt(26) }, { name: 'Carol' }])).get())).toEqual(['p2', 'p3', 'p4']);
    expect(ids(await c.where({ age: _.or(_.lt(26), _.gt(34)) }).get())).toEqual(['p2', 'p3', 'p4']);
    expect(ids(await c.where(_.and([{ city: 'sz' }, { score: _.gt(8) }])).get())).toEqual(['p3']);
    expect(ids(await c.where(_.nor([{ city: 'sz' }, { city: 'gz' }])).get())).toEqual(['p4']);
    expect(ids(await c.where({ score: _.not(_.gt(5)) }).get())).toEqual(['p2', 'p4']);
    expect(ids(await c.where({ score: _.exists(false) }).get())).toEqual(['p4']);
    expect(ids(await c.where({ score: _.mod(5, 0) }).get())).toEqual(['p3']);
  });

  it('supports array operators and nested fields', async () => {
    expect(ids(await c.where({ tags: 'a' }).get())).toEqual(['p1', 'p4']);
    expect(ids(await c.where({ tags: _.all(['a', 'c']) }).get())).toEqual(['p4']);
    expect(ids(await c.where({ tags: _.size(0) }).get())).toEqual(['p3']);
    expect(ids(await c.where({ tags: _.elemMatch(_.eq('d')) }).get())).toEqual(['p4']);
    expect(ids(await c.where({ 'address.zip': '510000' }).get())).toEqual(['p2']);
    expect(ids(await c.where({ address: { zip: '100000' } }).get())).toEqual(['p4']);
  });

  it('supports RegExp (db.RegExp and JS regular expressions)', async () => {
    expect(ids(await c.where({ name: db.RegExp({ regexp: '^[a-c]', options: 'i' }) }).get())).toEqual(['p1', 'p2', 'p3']);
    expect(ids(await c.where({ name: /^d/ }).get())).toEqual(['p4']);
    expect(ids(await c.where({ name: /^D/ }).get())).toEqual([]);
  });

  it('supports orderBy, skip, limit and field', async () => {
    expect(ids(await c.orderBy('age', 'desc').orderBy('name', 'asc').get())).toEqual(['p3', 'p1', 'p2', 'p4']);
    expect(ids(await c.orderBy('age', 'asc').orderBy('_id', 'desc').skip(1).limit(2).get())).toEqual(['p2', 'p1']);
    const projected = await c.where({ _id: 'p1' }).field({ name: true, 'address.zip': true }).get();
    expect(projected.data).toEqual([{ _id: 'p1', name: 'Alice', address: { zip: '518000' } }]);
    const excluded = await c.doc('p2').field({ tags: false, address: false }).get();
    expect(excluded.data).toEqual([{ _id: 'p2', name: 'bob', age: 25, city: 'gz', score: 3 }]);
  });

  it('counts', async () => {
    expect((await c.count()).total).toBe(4);
    expect((await c.where({ city: 'sz' }).count()).total).toBe(2);
  });

  it('returns 100 documents by default and at most 1000', async () => {
    const many = await fresh('many', Array.from({ length: 120 }, (_v, i) => ({ i })));
    expect((await many.get()).data).toHaveLength(100);
    expect((await many.skip(100).get()).data).toHaveLength(20);
    const raw = await admin({ action: 'database.getDocument', collectionName: 'many', queryType: 'WHERE', limit: 5000 });
    expect(raw.body.limit).toBe(1000);
    expect(raw.body.data.list).toHaveLength(120);
  });
});

describe('updates', () => {
  it('applies every update operator the SDK emits', async () => {
    const c = await fresh('ops');
    const { id } = await c.add({
      n: 10, m: 3, gone: 'x', list: [3, 1], set: ['a'], pulls: [1, 2, 3, 2], popped: [1, 2, 3], shifted: [1, 2, 3],
      lo: 5, hi: 5, old: 'o', nested: { keep: 1, inner: { a: 1 } }, obj: { a: 1, b: 2 },
    });
    const res = await c.doc(id).update({
      n: _.inc(5),
      m: _.mul(4),
      gone: _.remove(),
      list: _.push({ each: [9, 4], position: 0, sort: 1, slice: 3 }),
      set: _.addToSet('a'),
      pulls: _.pull(2),
      popped: _.pop(),
      shifted: _.shift(),
      lo: _.min(2),
      hi: _.max(9),
      old: _.rename('renamed'),
      'nested.inner.b': 2,
      obj: _.set({ c: 3 }),
      fresh: 'new',
    });
    expect(res.updated).toBe(1);
    const [doc] = (await c.doc(id).get()).data;
    expect(doc).toEqual({
      _id: id, n: 15, m: 12, list: [1, 3, 4], set: ['a'], pulls: [1, 3], popped: [1, 2], shifted: [2, 3],
      lo: 2, hi: 9, renamed: 'o', nested: { keep: 1, inner: { a: 1, b: 2 } }, obj: { c: 3 }, fresh: 'new',
    });
    await c.doc(id).update({ list: _.unshift([0]), set: _.addToSet({ $each: ['b', 'a'] }), pulls: _.pullAll([1, 3]) });
    const [after] = (await c.doc(id).get()).data;
    expect(after.list).toEqual([0, 1, 3, 4]);
    expect(after.set).toEqual(['a', 'b']);
    expect(after.pulls).toEqual([]);
    expect(after.m).toBe(12);
  });

  it('merges nested objects (dotted keys) unless _.set replaces them', async () => {
    const c = await fresh('merge');
    const { id } = await c.add({ profile: { name: 'a', age: 1 } });
    await c.doc(id).update({ profile: { age: 2 } });
    expect((await c.doc(id).get()).data[0].profile).toEqual({ name: 'a', age: 2 });
    await c.doc(id).update({ profile: _.set({ age: 3 }) });
    expect((await c.doc(id).get()).data[0].profile).toEqual({ age: 3 });
  });

  it('reports updated: 0 for a missing document or an unchanged value', async () => {
    const c = await fresh('noop', [{ _id: 'a', v: 1 }]);
    expect((await c.doc('missing').update({ v: 2 })).updated).toBe(0);
    expect((await c.doc('a').update({ v: 1 })).updated).toBe(0);
    expect((await c.doc('a').update({ v: 2 })).updated).toBe(1);
  });

  it('where().update() updates every match', async () => {
    const c = await fresh('multi', [{ g: 1 }, { g: 1 }, { g: 2 }]);
    expect((await c.where({ g: 1 }).update({ hit: true })).updated).toBe(2);
    expect((await c.where({ hit: true }).count()).total).toBe(2);
  });

  it('set() replaces the whole document, or inserts it (upsert)', async () => {
    const c = await fresh('setter', [{ _id: 'x', a: 1, b: 2 }]);
    const replaced = await c.doc('x').set({ c: 3 });
    expect(replaced.updated).toBe(1);
    expect((await c.doc('x').get()).data).toEqual([{ _id: 'x', c: 3 }]);
    const inserted = await c.doc('y').set({ d: 4, at: db.serverDate() });
    expect(inserted).toMatchObject({ updated: 0, upsertedId: 'y' });
    expect((await c.doc('y').get()).data[0]).toMatchObject({ _id: 'y', d: 4 });
  });

  it('updateAndReturn answers the updated document', async () => {
    const c = await fresh('uar', [{ _id: 'q', n: 1 }]);
    const res = await c.where({ _id: 'q' }).updateAndReturn({ n: _.inc(1) });
    expect(res.updated).toBe(1);
    expect(res.doc).toEqual({ _id: 'q', n: 2 });
  });

  it('rejects changing _id and malformed update data without writing', async () => {
    const c = await fresh('guards', [{ _id: 'g', v: 1 }]);
    const raw = await admin({ action: 'database.modifyDocument', collectionName: 'guards', queryType: 'DOC', query: '{"_id":"g"}', data: '{"v":2}', merge: true });
    expect(raw.body.code).toBe('INVALID_PARAM');
    const bad = await admin({ action: 'database.modifyDocument', collectionName: 'guards', queryType: 'DOC', query: '{"_id":"g"}', data: '{"$set":{"_id":"h"}}', merge: true });
    expect(bad.body.code).toBe('INVALID_PARAM');
    const unknown = await admin({ action: 'database.modifyDocument', collectionName: 'guards', queryType: 'DOC', query: '{"_id":"g"}', data: '{"$frobnicate":{"v":1}}', merge: true });
    expect(unknown.body.code).toBe('DATABASE_REQUEST_FAILED');
    expect((await c.doc('g').get()).data).toEqual([{ _id: 'g', v: 1 }]);
  });
});

describe('remove', () => {
  it('removes one document or every match', async () => {
    const c = await fresh('rm', [{ _id: 'a', k: 1 }, { _id: 'b', k: 1 }, { _id: 'c', k: 2 }]);
    expect((await c.doc('a').remove()).deleted).toBe(1);
    expect((await c.doc('a').remove()).deleted).toBe(0);
    expect((await c.where({ k: _.gte(1) }).remove()).deleted).toBe(2);
    expect((await c.count()).total).toBe(0);
  });
});

describe('aggregate', () => {
  it('runs pipelines (match, group, sort, project, lookup, unwind, addFields, count, skip, limit)', async () => {
    const orders = await fresh('orders', [
      { user: 'u1', amount: 30, items: ['x', 'y'] },
      { user: 'u2', amount: 10, items: ['x'] },
      { user: 'u1', amount: 99, items: [] },
    ]);
    await fresh('users', [{ _id: 'u1', name: 'One' }, { _id: 'u2', name: 'Two' }]);
    const $ = db.command.aggregate;
    const grouped = await orders.aggregate().match({ amount: _.gt(5) }).group({ _id: '$user', total: $.sum('$amount'), n: $.sum(1) }).sort({ total: -1 }).end();
    expect(grouped.data).toEqual([{ _id: 'u1', total: 129, n: 2 }, { _id: 'u2', total: 10, n: 1 }]);
    const joined = await orders
      .aggregate()
      .lookup({ from: 'users', localField: 'user', foreignField: '_id', as: 'who' })
      .unwind('$who')
      .addFields({ doubled: $.multiply(['$amount', 2]) })
      .project({ _id: 0, name: '$who.name', doubled: 1 })
      .sort({ doubled: 1 })
      .skip(1)
      .limit(1)
      .end();
    expect(joined.data).toEqual([{ name: 'One', doubled: 60 }]);
    const counted = await orders.aggregate().unwind('$items').count('n').end();
    expect(counted.data).toEqual([{ n: 3 }]);
  });
});

describe('bad requests', () => {
  it('answers clear codes for malformed parameters, writing nothing', async () => {
    await fresh('bad');
    expect((await admin({ action: 'database.insertDocument', collectionName: 'bad', data: 'not-an-array{' })).body.code).toBe('INVALID_PARAM');
    expect((await admin({ action: 'database.insertDocument', collectionName: 'bad', data: ['[1,2]'] })).body.code).toBe('INVALID_PARAM');
    expect((await admin({ action: 'database.getDocument', collectionName: 'bad', query: '{oops' })).body).toMatchObject({ code: 'INVALID_PARAM', message: expect.stringMatching(/query/) });
    expect((await admin({ action: 'database.getDocument', collectionName: 'bad', limit: -1 })).body.code).toBe('INVALID_PARAM');
    expect((await admin({ action: 'database.getDocument', collectionName: 'bad', order: '{"a":"up"}' })).body.code).toBe('INVALID_PARAM');
    expect((await admin({ action: 'database.getDocument', collectionName: 'bad', query: '{"a":{"$nope":1}}' })).body.code).toBe('DATABASE_REQUEST_FAILED');
    expect((await admin({ action: 'database.getDocument' })).body.code).toBe('INVALID_PARAM');
    expect((await admin({ action: 'database.getDocument', collectionName: '../etc' })).body.code).toBe('INVALID_PARAM');
    expect((await admin({ action: 'database.aggregateDocuments', collectionName: 'bad', stages: [{ stageKey: '$out', stageValue: '"x"' }] })).body.code).toBe('INVALID_PARAM');
    expect((await db.collection('bad').count()).total).toBe(0);
  });
});
