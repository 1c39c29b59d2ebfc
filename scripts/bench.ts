/**
 * `npm run bench`: speed and size targets, measured (not asserted in timed tests). Prints one table.
 * - policy matching over a generated enterprise base (the daily push job's inner loop)
 * - 一件事 questionnaire evaluation (every answer on every page)
 * - working-day deadlines
 * - a function call through the local CloudBase with the real SDK path (p50/p95)
 * - weapp package sizes against WeChat's limits (needs `npm run build:weapp` first)
 * - 惠企政策: one policy against 100,000 enterprises, in memory and through the local CloudBase with the push job
 *   at a configured rate (scripts/lib/bench-policy.ts; `npm run bench -- --policy` runs only this phase)
 * - city volume (scripts/lib/bench-volume.ts; `npm run bench -- --volume` runs only this phase)
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { addWorkingDays } from '../shared/calendar/working-days';
import { evaluate } from '../shared/catalog/engine';
import { catalog } from '../shared/catalog';
import { generateDemoEnterprises } from '../shared/enterprise/demo-enterprises';
import { matchOutcome } from '../shared/policy/match';
import { DEMO_POLICIES } from '../shared/policy/demo-policies';
import { startEmulator } from '../emulator';
import { measurePackages, PACKAGE_BUDGETS } from './lib/package-sizes';
import { policyBench } from './lib/bench-policy';
import { volumeBench } from './lib/bench-volume';

const root = path.resolve(__dirname, '..');
const rows: [string, string, string][] = [];

function time<T>(label: string, unit: string, runs: number, fn: () => T): void {
  fn();
  const start = performance.now();
  for (let i = 0; i < runs; i += 1) fn();
  const perRun = (performance.now() - start) / runs;
  rows.push([label, `${perRun < 1 ? (perRun * 1000).toFixed(1) + ' µs' : perRun.toFixed(2) + ' ms'}`, unit]);
}

async function functionRoundTrip(): Promise<void> {
  if (!existsSync(path.join(root, 'dist/functions/account/index.js'))) {
    rows.push(['whoami through the local CloudBase', 'skipped', 'run npm run build:functions']);
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yiwang-bench-'));
  const emulator = await startEmulator({ port: 0, dataDir, fresh: true, functionsDir: path.join(root, 'dist/functions'), seedDir: path.join(root, 'emulator/seed'), timers: false, log: () => {} });
  try {
    const call = () =>
      fetch(`${emulator.url}/__client/functions/account`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': 'demo-citizen-wang' },
        body: JSON.stringify({ action: 'whoami', payload: {} }),
      }).then((r) => r.json());
    await call();
    const samples: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const start = performance.now();
      await call();
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    rows.push(['whoami through the local CloudBase', `p50 ${samples[25]!.toFixed(1)} ms · p95 ${samples[47]!.toFixed(1)} ms`, 'warm worker, 50 calls']);
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  // `npm run bench -- --policy`: only the 惠企政策 phase (matching and pushing over 100,000 enterprises).
  if (process.argv.includes('--policy')) {
    await policyBench(rows, root);
    return print();
  }
  // `npm run bench -- --volume`: only city volume (issue 14): the store at 100,000 documents and the functions under load.
  if (process.argv.includes('--volume')) {
    await volumeBench(rows, root);
    return print();
  }
  const today = '2026-11-23';
  const base = generateDemoEnterprises({ count: 10_000, today });
  time('policy match, 5 policies × 10,000 enterprises', 'per full pass', 3, () => {
    for (const policy of DEMO_POLICIES) for (const profile of base) matchOutcome(policy.eligibility, profile, { today });
  });
  const themes = catalog.themes();
  time(`一件事 evaluate, all ${themes.length} themes with no answers`, 'per pass', 50, () => {
    for (const theme of themes) evaluate(theme, {});
  });
  time('15-working-day deadline', 'per call', 2000, () => addWorkingDays('2026-12-20', 15));
  await functionRoundTrip();

  const packages = measurePackages(path.join(root, 'dist/weapp'));
  if (packages) {
    for (const pkg of packages.packages) {
      rows.push([`weapp ${pkg.root}`, `${(pkg.bytes / 1024).toFixed(1)} KB`, `budget ${(pkg.budget / 1024).toFixed(0)} KB, WeChat limit 2048 KB`]);
    }
    rows.push(['weapp total', `${(packages.totalBytes / 1024).toFixed(1)} KB`, `budget ${(PACKAGE_BUDGETS.total / 1024).toFixed(0)} KB, WeChat limit 30 MB`]);
  } else rows.push(['weapp packages', 'skipped', 'run npm run build:weapp']);
  await policyBench(rows, root);
  await volumeBench(rows, root);
  print();
}

function print(): void {
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [label, value, unit] of rows) console.log(`${label.padEnd(width)}  ${value.padEnd(30)}  ${unit}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
