/**
 * P7 (issue 14): the local CloudBase's store at 100,000 documents, measured through the real node-sdk.
 * - an equality query (limit 100) on an indexed field vs the same query on an unindexed one — goal ≥ 20×;
 * - add() into a collection with a unique index holding 100,000 documents vs none — goal ≤ 1.5×.
 * The collections are filled through the store layer (fast bulk setup); only the measured calls use the SDK.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { startEmulator } from '../../emulator';
import { DocumentStore, type Write } from '../../emulator/database/store';
import { openSqlite } from '../../emulator/sqlite';
import type { BenchRow } from './bench-volume';

const DOCUMENTS = 100_000;
/** Distinct values of the queried fields: each value matches 100 documents, a full page. */
const GROUPS = 1_000;
const QUERY_ROUNDS = 40;
const ADD_ROUNDS = 60;

const groupOf = (i: number) => `g${String(i % GROUPS).padStart(4, '0')}`;

function fill(dataDir: string): void {
  const db = openSqlite(dataDir);
  const store = new DocumentStore(db);
  store.createCollection('bench_queries', [{ name: 'group', keys: [{ field: 'group', direction: 1 }] }]);
  const unique = [{ name: 'code', keys: [{ field: 'code', direction: 1 as const }], unique: true }];
  store.createCollection('bench_unique_full', unique);
  store.createCollection('bench_unique_empty', unique);
  const at = new Date(Date.UTC(2024, 0, 1));
  for (let start = 0; start < DOCUMENTS; start += 5_000) {
    const queries: Write[] = [];
    const codes: Write[] = [];
    for (let i = start; i < start + 5_000; i += 1) {
      const id = `doc${i}`;
      // `group` is indexed, `bucket` holds the same values unindexed
      queries.push({ collection: 'bench_queries', id, mode: 'insert', doc: { _id: id, group: groupOf(i), bucket: groupOf(i), at, n: i } });
      codes.push({ collection: 'bench_unique_full', id, mode: 'insert', doc: { _id: id, code: `C${i}`, at } });
    }
    store.commit(queries);
    store.commit(codes);
  }
  db.close();
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timed(body: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await body();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

export async function storeVolumeBench(rows: BenchRow[], _root: string): Promise<void> {
  process.env.TENCENTCLOUD ??= 'true';
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'bench-volume-store-'));
  const filling = Date.now();
  fill(dataDir);
  const fillSeconds = (Date.now() - filling) / 1000;
  const emulator = await startEmulator({ port: 0, dataDir, timers: false, collectionsFile: false });
  try {
    const app = tcb.init({ env: emulator.envId, serviceUrl: emulator.adminUrl, secretId: 'x', secretKey: 'y', timeout: 60_000 });
    const db = app.database();

    const indexed: number[] = [];
    const unindexed: number[] = [];
    // the fixed cost of one SDK round trip (HTTP, JSON, EJSON), which bounds the ratio from above
    const roundTrip: number[] = [];
    const examined = { indexed: 0, unindexed: 0 };
    for (let round = -3; round < QUERY_ROUNDS; round += 1) {
      const value = groupOf(Math.abs(round) * 37);
      const a = await timed(async () => {
        const { data } = await db.collection('bench_queries').where({ group: value }).limit(100).get();
        if (data.length !== 100) throw new Error(`indexed query answered ${data.length} documents, expected 100`);
      });
      examined.indexed = emulator.lastQuery()?.examined ?? 0;
      const b = await timed(async () => {
        const { data } = await db.collection('bench_queries').where({ bucket: value }).limit(100).get();
        if (data.length !== 100) throw new Error(`unindexed query answered ${data.length} documents, expected 100`);
      });
      examined.unindexed = emulator.lastQuery()?.examined ?? 0;
      const c = await timed(() => db.collection('bench_queries').doc(`doc${round + 3}`).get());
      if (round < 0) continue; // warm-up
      indexed.push(a);
      unindexed.push(b);
      roundTrip.push(c);
    }
    const query = { indexed: median(indexed), unindexed: median(unindexed) };
    rows.push([
      'P7 indexed vs unindexed equality, 100,000 docs',
      `${(query.unindexed / query.indexed).toFixed(1)}× faster`,
      `goal ≥ 20× · indexed ${ms(query.indexed)} (reads ${examined.indexed}) · unindexed ${ms(query.unindexed)} (reads ${examined.unindexed}) · median of ${QUERY_ROUNDS}, limit 100 · one doc(id).get() round trip ${ms(median(roundTrip))}`,
    ]);

    const full: number[] = [];
    const empty: number[] = [];
    for (let round = -5; round < ADD_ROUNDS; round += 1) {
      const code = `N${round + 10}`;
      const a = await timed(() => db.collection('bench_unique_full').add({ code, at: new Date() }));
      const b = await timed(() => db.collection('bench_unique_empty').add({ code, at: new Date() }));
      if (round < 0) continue;
      full.push(a);
      empty.push(b);
    }
    const add = { full: median(full), empty: median(empty) };
    rows.push([
      'P7 add() with a unique index, 100,000 vs 0 docs',
      `${(add.full / add.empty).toFixed(2)}×`,
      `goal ≤ 1.5× · at 100,000 ${ms(add.full)} · at 0 ${ms(add.empty)} · median of ${ADD_ROUNDS} interleaved · fill ${fillSeconds.toFixed(0)} s`,
    ]);
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
