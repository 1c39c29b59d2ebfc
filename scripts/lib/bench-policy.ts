/**
 * The 惠企政策 phase of `npm run bench`: one policy against BENCH_ENTERPRISES (default 100,000) generated profiles —
 * in memory (pre-filter with mingo, exact evaluation), then through the local CloudBase: load the base,
 * match.forPolicy page by page, and the push job to completion at BENCH_PUSH_RATE subscribe messages per second
 * (default 100; the first BENCH_SUBSCRIBERS qualifying enterprises have a member with a grant, the rest go to the inbox).
 * Prints the time of each phase.
 */
import tcb from '@cloudbase/node-sdk';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Query } from 'mingo';
import { generateDemoEnterprises } from '../../shared/enterprise/demo-enterprises';
import { toStoredEnterprise } from '../../shared/enterprise/stored';
import { DEMO_POLICIES } from '../../shared/policy/demo-policies';
import { matchOutcome } from '../../shared/policy/match';
import { buildPrefilter } from '../../shared/policy/prefilter';
import { startEmulator } from '../../emulator';

type Row = [string, string, string];

const POLICY_ID = 'gaoxin-rending-jiangli-2026';
const TEMPLATE = 'POLICY_MATCH_TMPL';

const seconds = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);

async function timed<T>(rows: Row[], label: string, note: (value: T) => string, fn: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const value = await fn();
  rows.push([label, seconds(performance.now() - start), note(value)]);
  return value;
}

export async function policyBench(rows: Row[], root: string): Promise<void> {
  const count = Number(process.env.BENCH_ENTERPRISES ?? 100_000);
  const rate = Number(process.env.BENCH_PUSH_RATE ?? 100);
  const subscribers = Number(process.env.BENCH_SUBSCRIBERS ?? 300);
  const today = '2026-11-23';
  const policy = DEMO_POLICIES.find((p) => p.id === POLICY_ID)!;
  const n = count.toLocaleString('en');

  const docs = await timed(rows, `policy: generate ${n} profiles`, () => 'deterministic, stored shape', () =>
    generateDemoEnterprises({ count, seed: 7, today }).map((profile) => ({ ...toStoredEnterprise(profile), name: profile.name, region: profile.region ?? null, members: [] as { openid: string; relation: string }[] })),
  );
  const prefilter = buildPrefilter(policy.eligibility, { today, reach: 'qualifies' });
  const passed = await timed(rows, `policy: pre-filter (mingo) over ${n}`, (list) => `${list.length.toLocaleString('en')} let through`, () => {
    const query = new Query(prefilter);
    return docs.filter((doc) => query.test(doc));
  });
  const qualifying = await timed(rows, `policy: exact evaluation of those`, (list) => `${list.length.toLocaleString('en')} qualify for ${POLICY_ID}`, () =>
    passed.filter((doc) => matchOutcome(policy.eligibility, doc.profile, { today }).outcome === 'qualifies'),
  );
  await timed(rows, `policy: exact evaluation of all ${n}`, () => 'without the pre-filter, for comparison', () =>
    docs.filter((doc) => matchOutcome(policy.eligibility, doc.profile, { today }).outcome === 'qualifies').length,
  );

  if (!existsSync(path.join(root, 'dist/functions/policy/index.js'))) {
    rows.push(['policy: through the local CloudBase', 'skipped', 'run npm run build:functions']);
    return;
  }
  // Members with a subscribe grant for the first qualifying enterprises.
  const granted = qualifying.slice(0, subscribers).map((doc, i) => ({ code: doc._id, openid: `bench-user-${i}` }));
  const memberOf = new Map(granted.map((g) => [g.code, g.openid]));
  for (const doc of docs) {
    const openid = memberOf.get(doc._id);
    if (openid) doc.members = [{ openid, relation: 'legal_representative' }];
  }

  const backend = await startPushBackend(root, { POLICY_PUSH_RATE_PER_SECOND: String(rate), POLICY_PUSH_TEMPLATE_ID: TEMPLATE });
  try {
    const { call } = backend;
    await timed(rows, `policy: load ${n} enterprises into CloudBase`, () => 'batches of 500', () => backend.load('enterprises', docs));
    await backend.grant(granted.map((g) => g.openid), TEMPLATE);

    await timed(rows, `policy: match.forPolicy, every page of 200`, (r) => `${r.items.toLocaleString('en')} enterprises in ${r.pages} calls`, async () => {
      let cursor: string | null = null;
      let items = 0;
      let pages = 0;
      do {
        const page: { items: unknown[]; nextCursor: string | null } = await call('demo-staff-samr-1', 'match.forPolicy', { policyId: POLICY_ID, limit: 200, ...(cursor ? { cursor } : {}) });
        items += page.items.length;
        pages += 1;
        cursor = page.nextCursor;
      } while (cursor);
      return { items, pages };
    });

    const pushStart = performance.now();
    const totals = { runs: 0, created: 0, subscribe: 0, inbox: 0, fellBack: 0 };
    for (;;) {
      const result = await call('demo-admin', 'push.run', { policyId: POLICY_ID });
      totals.runs += 1;
      totals.created += result.created;
      totals.subscribe += result.subscribe;
      totals.inbox += result.inbox;
      totals.fellBack += result.fellBack;
      if (result.done) break;
    }
    const pushMs = performance.now() - pushStart;
    rows.push([
      `policy: push.run to completion (${rate} msg/s)`,
      seconds(pushMs),
      `${totals.created.toLocaleString('en')} deliveries in ${totals.runs} runs: ${totals.subscribe} subscribe messages (≥ ${seconds((Math.max(0, totals.subscribe - 1) * 1000) / rate)} at the rate), ${totals.inbox.toLocaleString('en')} inbox`,
    ]);
    const again = await timed(rows, 'policy: push.run again (nothing new)', (r: { created: number }) => `${r.created} created`, () => call('demo-admin', 'push.run', { policyId: POLICY_ID }));
    void again;
  } finally {
    await backend.close();
  }
}

export interface PushBackend {
  emulator: Awaited<ReturnType<typeof startEmulator>>;
  db: ReturnType<ReturnType<typeof tcb.init>['database']>;
  /** Calls a policy action as `openid`, like the mini-program; throws unless it answered ok. */
  call(openid: string, action: string, payload: unknown): Promise<any>;
  /** Adds documents in batches of 500 (one commit each). */
  load(collection: string, docs: object[]): Promise<void>;
  /** Each user accepts one subscribe message in WeChat and the app records the grant. */
  grant(openids: string[], templateId: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The local CloudBase with the built functions, the policy function's environment overridden by `env` (as a
 * deployment's config.json envVariables set it), on a throwaway data directory. Shared with bench-volume-push.ts.
 */
export async function startPushBackend(root: string, env: Record<string, string>): Promise<PushBackend> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'yiwang-bench-policy-'));
  const functionsDir = path.join(work, 'functions');
  cpSync(path.join(root, 'dist/functions'), functionsDir, { recursive: true });
  const configFile = path.join(functionsDir, 'policy', 'config.json');
  const config = JSON.parse(readFileSync(configFile, 'utf8'));
  config.envVariables = { ...config.envVariables, ...env };
  writeFileSync(configFile, JSON.stringify(config));

  process.env.TENCENTCLOUD = 'true';
  const emulator = await startEmulator({
    port: 0,
    dataDir: path.join(work, 'data'),
    fresh: true,
    functionsDir,
    seedDir: path.join(root, 'emulator/seed'),
    collectionsFile: path.join(functionsDir, 'collections.json'),
    timers: false,
    log: () => {},
  });
  const app = tcb.init({ env: emulator.envId, serviceUrl: emulator.adminUrl, secretId: 'local', secretKey: 'local' } as never);
  const db = app.database();
  return {
    emulator,
    db,
    async call(openid, action, payload) {
      const res = await fetch(`${emulator.url}/__client/functions/policy`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
        body: JSON.stringify({ action, payload }),
      });
      const body = (await res.json()) as { ok: boolean; data: any; error?: unknown };
      if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body)}`);
      return body.data;
    },
    async load(collection, docs) {
      for (let i = 0; i < docs.length; i += 500) await db.collection(collection).add(docs.slice(i, i + 500) as never);
    },
    async grant(openids, templateId) {
      for (const openid of openids) {
        await fetch(`${emulator.url}/__client/subscribe`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-wx-openid': openid }, body: JSON.stringify({ tmplIds: [templateId] }) });
      }
      const records = openids.map((openid) => ({ _id: `${openid}~${templateId}`, openid, templateId, remaining: 1, updatedAt: new Date() }));
      for (let i = 0; i < records.length; i += 500) await db.collection('policy_subscriptions').add(records.slice(i, i + 500) as never);
    },
    async close() {
      await emulator.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
