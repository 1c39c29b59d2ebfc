/**
 * The 好差评 dashboard at city volume (issue 14): `stats.summary` through the local CloudBase, warm, with 1,000
 * ratings and then with 100,000 (same departments, themes and months, a fifth of them bad reviews with their
 * rectifications), as a ratio — goal ≤ 1.5×, because the dashboard reads the summaries (a bucket per department
 * and month), not the ratings. The summaries are made by the function's own recount (`stats.rebuild`); when that
 * outlasts the function's timeout in the local CloudBase, by the same recount code run from here (the row says so).
 * BENCH_REVIEW_RATINGS changes the large count.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import tcb from '@cloudbase/node-sdk';
import { LEVELS, isBadReview } from '../../shared/review/levels';
import { startEmulator } from '../../emulator';
import { recountSummaries } from '../../cloudfunctions/review/store/recount';
import type { BenchRow } from './bench-volume';

const DEPARTMENTS = ['govservice', 'hrss', 'police', 'samr', 'nhsa', 'health', 'cdpf', 'edu', 'fire', 'urban'];
const THEMES = ['retirement', 'newborn', 'enterprise_open', 'help_home_visit', 'help_proxy', 'disability'];
const MONTHS = 12;

const seconds = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(1)} ms`);

/** Rating `i` of the generated city: spread evenly over departments, themes and the last 12 months. */
function generated(i: number, now: number) {
  const level = LEVELS[(i * 7) % LEVELS.length]!;
  const department = DEPARTMENTS[i % DEPARTMENTS.length]!;
  const theme = THEMES[(i * 3) % THEMES.length]!;
  const createdAt = new Date(now - ((i * 7919) % (MONTHS * 30)) * 86_400_000 - (i % 86_400) * 1000);
  const id = `help_bench${i}_completed`;
  const rating = {
    _id: id,
    source: 'help',
    caseId: `bench${i}`,
    caseNumber: `BB${String(i).padStart(8, '0')}`,
    itemCode: 'HELP-HOME_VISIT',
    itemVersion: '1',
    itemName: '上门服务',
    department,
    regionCode: '440304001',
    regionName: '示范街道',
    theme,
    themeName: `主题${theme}`,
    channel: 'helper',
    served: null,
    stage: 'completed',
    level,
    indicators: { overall: level },
    comment: null,
    photos: [],
    raterOpenid: `bench-rater-${i % 5000}`,
    raterName: null,
    realName: i % 2 === 0,
    createdAt,
    excluded: i % 97 === 0,
    exclusion: null,
    rectificationId: isBadReview(level) ? `fix-${i}` : null,
  };
  const fix = isBadReview(level)
    ? {
        _id: `fix-${i}`,
        ratingId: id,
        caseNumber: rating.caseNumber,
        department,
        level,
        comment: null,
        raterOpenid: rating.raterOpenid,
        raterName: null,
        realName: rating.realName,
        state: ['opened', 'verified', 'closed', 'finished'][i % 4],
        version: 1,
        dueDate: '2026-01-01',
        dueAt: new Date(createdAt.getTime() + 20 * 86_400_000),
        firstDueAt: new Date(createdAt.getTime() + 20 * 86_400_000),
        firstClosedAt: i % 4 >= 2 ? new Date(createdAt.getTime() + ((i % 3) * 15 - 5) * 86_400_000) : null,
        closedAt: null,
        reopenCount: 0,
        escalation: null,
        overdue: null,
        verification: null,
        handling: null,
        callbacks: i % 3 === 0 ? [] : [{ reached: true, note: '已回访', at: createdAt, byOpenid: 'bench-staff' }],
        fixRating: null,
        history: [],
        createdAt,
      }
    : null;
  return { rating, fix };
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function reviewVolumeBench(rows: BenchRow[], root: string): Promise<void> {
  const functionsDir = path.join(root, 'dist/functions');
  if (!existsSync(path.join(functionsDir, 'review/index.js'))) {
    rows.push(['volume: review dashboard', 'skipped', 'run npm run build:functions']);
    return;
  }
  const large = Number(process.env.BENCH_REVIEW_RATINGS ?? 100_000);
  const small = 1_000;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yiwang-bench-review-'));
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    fresh: true,
    functionsDir,
    seedDir: path.join(root, 'emulator/seed'),
    collectionsFile: path.join(functionsDir, 'collections.json'),
    timers: false,
    log: () => {},
  });
  try {
    const app = tcb.init({ env: emulator.envId, serviceUrl: emulator.adminUrl, secretId: 'local', secretKey: 'local' } as never);
    const db = app.database();
    const call = async (openid: string | null, action: string) => {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (openid) headers['x-wx-openid'] = openid;
      const res = await fetch(`${emulator.url}/__client/functions/review`, { method: 'POST', headers, body: JSON.stringify({ action, payload: {} }) });
      const body = (await res.json()) as { ok: boolean; data?: any; error?: unknown };
      if (!body.ok) throw new Error(`review ${action}: ${JSON.stringify(body.error ?? body)}`);
      return body.data;
    };
    const now = Date.now();
    let loaded = 0;
    const loadUpTo = async (count: number) => {
      for (; loaded < count; ) {
        const batch = Array.from({ length: Math.min(500, count - loaded) }, (_, k) => generated(loaded + k, now));
        await db.collection('review_ratings').add(batch.map((g) => g.rating) as never);
        const fixes = batch.flatMap((g) => (g.fix ? [g.fix] : []));
        if (fixes.length) await db.collection('review_rectifications').add(fixes as never);
        loaded += batch.length;
      }
    };
    /** Median of 30 warm `stats.summary` calls (after 5 warm-up calls). */
    const dashboard = async () => {
      for (let i = 0; i < 5; i += 1) await call(null, 'stats.summary');
      const samples: number[] = [];
      let total = 0;
      for (let i = 0; i < 30; i += 1) {
        const start = performance.now();
        total = (await call(null, 'stats.summary')).total.count;
        samples.push(performance.now() - start);
      }
      return { ms: median(samples), total };
    };

    await loadUpTo(small);
    const rebuildSmall = await call('demo-admin', 'stats.rebuild');
    const atSmall = await dashboard();
    const loadStart = performance.now();
    await loadUpTo(large);
    const loadMs = performance.now() - loadStart;
    let rebuildStart = performance.now();
    let recountedBy = 'stats.rebuild';
    const rebuildLarge = await call('demo-admin', 'stats.rebuild').catch(async (error: Error) => {
      recountedBy = `the recount code in-process (stats.rebuild failed: ${error.message.slice(0, 80)})`;
      rebuildStart = performance.now();
      return recountSummaries(db as never, new Date());
    });
    const rebuildMs = performance.now() - rebuildStart;
    const atLarge = await dashboard();

    const ratio = atLarge.ms / atSmall.ms;
    rows.push([
      `volume: dashboard at ${large.toLocaleString('en')} vs ${small.toLocaleString('en')} ratings`,
      `${ratio.toFixed(2)}× (${seconds(atLarge.ms)} vs ${seconds(atSmall.ms)})`,
      `goal ≤ 1.5× ${ratio <= 1.5 ? 'met' : 'NOT met'}; stats.summary warm, median of 30; ${rebuildLarge.buckets} vs ${rebuildSmall.buckets} summary buckets; counted ${atLarge.total.toLocaleString('en')} vs ${atSmall.total.toLocaleString('en')}`,
    ]);
    rows.push([`volume: review recount of ${large.toLocaleString('en')} ratings`, seconds(rebuildMs), `by ${recountedBy}; ${rebuildLarge.rectifications.toLocaleString('en')} rectifications; loading them took ${seconds(loadMs)}`]);
  } finally {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
