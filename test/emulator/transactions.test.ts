/**
 * Transactions through the SDK: commit/rollback, snapshot isolation, and optimistic concurrency with the
 * exact conflict code runTransaction retries on — concurrent read-modify-write never loses an update.
 */
import { http, startTestEmulator, type TestEmulator } from './helpers';

let t: TestEmulator;
let db: any;
let _: any;

beforeAll(async () => {
  t = await startTestEmulator({ functionsDir: undefined });
  db = t.app.database();
  _ = db.command;
  await db.createCollection('counters');
  await db.createCollection('accounts');
});
afterAll(() => t.close());

const read = async (id: string) => (await db.collection('counters').doc(id).get()).data[0];

it('commits reads and writes made in runTransaction and returns the callback value', async () => {
  await db.collection('counters').add({ _id: 'simple', n: 1 });
  const result = await db.runTransaction(async (tx: any) => {
    const { data } = await tx.collection('counters').doc('simple').get();
    await tx.collection('counters').doc('simple').update({ n: data.n + 1 });
    await tx.collection('counters').add({ _id: 'created-in-tx', n: 0 });
    return data.n;
  });
  expect(result).toBe(1);
  expect((await read('simple')).n).toBe(2);
  expect(await read('created-in-tx')).toEqual({ _id: 'created-in-tx', n: 0 });
});

it('N concurrent read-modify-write transactions: the final value equals the number that succeeded', async () => {
  await db.collection('counters').add({ _id: 'hot', n: 0 });
  const N = 10;
  let attempts = 0;
  const outcomes = await Promise.allSettled(
    Array.from({ length: N }, () =>
      db.runTransaction(async (tx: any) => {
        attempts += 1;
        const { data } = await tx.collection('counters').doc('hot').get();
        // a plain $set of the value read: a lost update would show as final < successes
        await tx.collection('counters').doc('hot').update({ n: data.n + 1 });
      }),
    ),
  );
  const succeeded = outcomes.filter((o) => o.status === 'fulfilled').length;
  const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
  for (const failure of failures) expect(failure.reason.code).toBe('DATABASE_TRANSACTION_CONFLICT');
  expect(succeeded).toBeGreaterThanOrEqual(1);
  expect((await read('hot')).n).toBe(succeeded);
  // conflicts happened and runTransaction retried them
  expect(attempts).toBeGreaterThan(N);
});

it('a conflicting transaction is retried by runTransaction and then succeeds', async () => {
  await db.collection('counters').add({ _id: 'retry', n: 0 });
  const holder = await db.startTransaction();
  await holder.collection('counters').doc('retry').update({ n: _.inc(10) });
  let attempts = 0;
  await db.runTransaction(async (tx: any) => {
    attempts += 1;
    try {
      await tx.collection('counters').doc('retry').update({ n: _.inc(1) });
    } catch (error) {
      // first attempt: `holder` has written the document and not committed yet → conflict
      expect((error as { code: string }).code).toBe('DATABASE_TRANSACTION_CONFLICT');
      await holder.commit();
      throw error;
    }
  });
  expect(attempts).toBe(2);
  expect((await read('retry')).n).toBe(11);
});

it('rollback (explicit or by throwing) writes nothing', async () => {
  await db.collection('counters').add({ _id: 'rb', n: 0 });
  await expect(
    db.runTransaction(async (tx: any) => {
      await tx.collection('counters').doc('rb').update({ n: 5 });
      await tx.rollback('changed my mind');
    }),
  ).rejects.toBe('changed my mind');
  await expect(
    db.runTransaction(async (tx: any) => {
      await tx.collection('counters').doc('rb').update({ n: 6 });
      throw new Error('oops');
    }),
  ).rejects.toThrow('oops');
  expect((await read('rb')).n).toBe(0);
});

it('isolates: uncommitted writes are invisible outside, reads inside see the snapshot', async () => {
  await db.collection('accounts').add([{ _id: 'a', balance: 100 }, { _id: 'b', balance: 0 }]);
  const tx = await db.startTransaction();
  const before = (await tx.collection('accounts').doc('b').get()).data;
  expect(before.balance).toBe(0);
  await tx.collection('accounts').doc('a').update({ balance: _.inc(-30) });
  await tx.collection('accounts').doc('b').update({ balance: _.inc(30) });
  expect((await tx.collection('accounts').doc('a').get()).data.balance).toBe(70);
  expect((await db.collection('accounts').doc('a').get()).data[0].balance).toBe(100);
  await tx.collection('accounts').doc('b').remove();
  expect((await tx.collection('accounts').doc('b').get()).data).toBeNull();
  await tx.commit();
  expect((await db.collection('accounts').doc('a').get()).data[0].balance).toBe(70);
  expect((await db.collection('accounts').doc('b').get()).data).toEqual([]);
});

it('reads keep the snapshot; writing a document changed since the snapshot is a conflict', async () => {
  await db.collection('counters').add({ _id: 'snap', n: 1 });
  const tx = await db.startTransaction();
  expect((await tx.collection('counters').doc('snap').get()).data.n).toBe(1);
  await db.collection('counters').doc('snap').update({ n: 2 }); // outside the transaction
  expect((await tx.collection('counters').doc('snap').get()).data.n).toBe(1);
  await expect(tx.collection('counters').doc('snap').update({ n: 100 })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
  // the transaction was aborted by the conflict
  await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
  expect((await read('snap')).n).toBe(2);
});

it('a write outside the transaction after the transaction wrote makes the commit conflict', async () => {
  await db.collection('counters').add({ _id: 'late', n: 1 });
  const tx = await db.startTransaction();
  await tx.collection('counters').doc('late').update({ n: 10 });
  await db.collection('counters').doc('late').update({ n: 2 });
  await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
  expect((await read('late')).n).toBe(2);
});

it('allows only single-document operations and known transaction ids', async () => {
  const tx = await db.startTransaction();
  await expect(tx.collection('counters').where({ n: 1 }).get()).rejects.toMatchObject({ code: 'INVALID_PARAM' });
  await tx.rollback().catch(() => undefined);
  const commit = await http(t.emulator, '/admin?env=local-env', { body: { action: 'database.commitTransaction', transactionId: 'txn-unknown' } });
  expect(commit.body.code).toBe('DATABASE_TRANSACTION_FAIL');
  const op = await http(t.emulator, '/admin?env=local-env', {
    body: { action: 'database.getDocument', collectionName: 'counters', queryType: 'DOC', query: '{"_id":"simple"}', transactionId: 'txn-unknown' },
  });
  expect(op.body.code).toBe('DATABASE_TRANSACTION_FAIL');
});
