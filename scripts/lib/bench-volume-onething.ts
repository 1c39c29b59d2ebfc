/**
 * 一件事 at city volume (issue 14), through the local CloudBase with the built functions:
 * - P2: median `applications.submit` vs a bare `add()` from a warm function, 60 calls of each, interleaved;
 * - P3: 50 citizens at once × 5 actions each (submit, read it, 我的办件, a second submit, withdraw it) vs
 *   50 callers at once × 5 bare `add()`s — throughput ratio, and every answer must be ok.
 * The bare function is a one-line function written next to the built ones for the run.
 */
import tcb from '@cloudbase/node-sdk';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { api } from '../../shared/contracts';
import { startEmulator } from '../../emulator';
import { callAs } from '../../test/support/client-call';
import { grantCaseConsentsVia, clientCaller, newbornApplication, photo } from '../../test/support/onething-scenes';
import { flushUploads } from '../../test/support/test-uploads';
import type { BenchRow } from './bench-volume';

const CITIZENS = 50;
const BARE = 'benchbare';
const BARE_SOURCE = `const tcb = require('@cloudbase/node-sdk');
let app;
exports.main = async (event) => {
  app = app || tcb.init({ env: tcb.SYMBOL_CURRENT_ENV });
  await app.database().collection('bench_bare').add({ n: Number(event && event.n) || 0, at: new Date() });
  return { ok: true };
};
`;
const WANG_RECORDS = { father_id_card: 'sr-wang-id-card', mother_id_card: 'sr-wang-spouse-id-card', hukou_book: 'sr-wang-hukou', marriage_cert: 'sr-wang-marriage' } as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function onethingVolumeBench(rows: BenchRow[], root: string): Promise<void> {
  const built = path.join(root, 'dist/functions');
  if (!existsSync(path.join(built, 'onething/index.js'))) {
    rows.push(['volume: 一件事 submit', 'skipped', 'run npm run build:functions']);
    return;
  }
  // Under node_modules so the bare function finds @cloudbase/node-sdk; the built functions are linked in.
  const cache = path.join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(path.join(cache, 'bench-onething-'));
  const functionsDir = path.join(work, 'functions');
  mkdirSync(path.join(functionsDir, BARE), { recursive: true });
  for (const name of readdirSync(built)) symlinkSync(path.join(built, name), path.join(functionsDir, name));
  writeFileSync(path.join(functionsDir, BARE, 'index.js'), BARE_SOURCE);
  writeFileSync(path.join(functionsDir, BARE, 'package.json'), JSON.stringify({ name: BARE, main: 'index.js' }));

  const emulator = await startEmulator({ port: 0, dataDir: path.join(work, 'data'), fresh: true, functionsDir, seedDir: path.join(root, 'emulator/seed'), timers: false, log: () => {} });
  try {
    process.env.TENCENTCLOUD = 'true';
    const db = tcb.init({ env: emulator.envId, serviceUrl: emulator.adminUrl, secretId: 'bench', secretKey: 'bench' } as never).database();
    await db.createCollection('bench_bare');
    const call = clientCaller(emulator.url);

    // 50 citizens with 王小明's records (copied under their own openid), every case consent, and an account.
    const { data: wang } = await db.collection('shared_records').where({ ownerOpenid: 'demo-citizen-wang' }).limit(100).get();
    const citizens = Array.from({ length: CITIZENS }, (_, i) => `bench-citizen-${i}`);
    for (const openid of citizens) {
      await db.collection('users').doc(openid).set({ name: '王小明', roles: ['citizen'], department: null, enterprises: [], createdAt: new Date(), updatedAt: new Date() });
      for (const record of wang as Record<string, unknown>[]) await db.collection('shared_records').add({ ...record, _id: `${String(record._id)}~${openid}`, ownerOpenid: openid });
      await grantCaseConsentsVia(call, openid);
    }
    const application = (openid: string) =>
      newbornApplication({
        materials: {
          ...Object.fromEntries(Object.entries(WANG_RECORDS).map(([material, record]) => [material, { kind: 'shared' as const, recordId: `${record}~${openid}` }])),
          child_photo: { kind: 'upload', files: [photo('baby.jpg', 300_000, openid)] },
        },
      });
    const submit = async (openid: string, input = application(openid)) => {
      await flushUploads(emulator.url);
      return callAs(emulator.url, openid, api.onething['applications.submit'], input);
    };
    const bare = async (n: number) => {
      const response = await fetch(`${emulator.url}/__client/functions/${BARE}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-wx-openid': 'bench-bare' }, body: JSON.stringify({ n }) });
      const body = (await response.json()) as { ok?: boolean };
      if (!body.ok) throw new Error(`bare add failed: ${JSON.stringify(body)}`);
    };

    // P2: warm both, then 60 of each, interleaved; each submit by the next citizen (the daily limit is per person).
    for (let i = 0; i < 4; i += 1) {
      await submit(citizens[i]!);
      await bare(i);
    }
    const submitTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const input = application(citizens[i % CITIZENS]!);
      await flushUploads(emulator.url);
      let start = performance.now();
      await callAs(emulator.url, citizens[i % CITIZENS]!, api.onething['applications.submit'], input);
      submitTimes.push(performance.now() - start);
      start = performance.now();
      await bare(i);
      bareTimes.push(performance.now() - start);
    }
    const p2 = median(submitTimes) / median(bareTimes);
    rows.push(['P2 一件事 submit vs bare add() (median, warm)', `${p2.toFixed(2)}× (${ms(median(submitTimes))} vs ${ms(median(bareTimes))})`, `goal ≤ 2×; 60 interleaved calls each`]);

    // P3: 50 citizens at once, 5 actions each, vs 50 callers at once, 5 bare add()s each.
    let errors = 0;
    const uploads = new Map(citizens.map((openid) => [openid, [application(openid), application(openid)]]));
    await flushUploads(emulator.url);
    const citizen = async (openid: string) => {
      const [first, second] = uploads.get(openid)!;
      try {
        const submitted = await callAs(emulator.url, openid, api.onething['applications.submit'], first!);
        await callAs(emulator.url, openid, api.onething['applications.get'], { caseId: submitted.id });
        await callAs(emulator.url, openid, api.onething['applications.listMine'], {});
        const again = await callAs(emulator.url, openid, api.onething['applications.submit'], second!);
        await callAs(emulator.url, openid, api.onething['applications.withdraw'], { caseId: again.id });
      } catch (error) {
        errors += 1;
        if (errors === 1) console.error(`P3 citizen error: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    let start = performance.now();
    await Promise.all(citizens.map(citizen));
    const citizensSeconds = (performance.now() - start) / 1000;
    let bareErrors = 0;
    start = performance.now();
    await Promise.all(
      citizens.map(async (_, i) => {
        for (let k = 0; k < 5; k += 1) await bare(i * 5 + k).catch(() => (bareErrors += 1));
      }),
    );
    const bareSeconds = (performance.now() - start) / 1000;
    const actions = CITIZENS * 5;
    const citizenRate = actions / citizensSeconds;
    const bareRate = actions / bareSeconds;
    rows.push([
      'P3 50 citizens × 5 actions vs 50 × 5 bare add()',
      `${(citizenRate / bareRate).toFixed(2)}× (${citizenRate.toFixed(1)} vs ${bareRate.toFixed(1)} calls/s)`,
      `goal ≥ 0.5×, 0 errors; errors ${errors} citizens, ${bareErrors} bare`,
    ]);
  } finally {
    await emulator.close();
    rmSync(work, { recursive: true, force: true });
  }
}
