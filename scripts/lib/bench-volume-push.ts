/**
 * P5 (issue 14): the push job's sustained subscribe-message rate at R = BENCH_PUSH_RATE (default 100) through the
 * local CloudBase. BENCH_PUSH_SENDS (default 3,000) enterprises qualify for one policy, each with a member holding a
 * grant; push.run is called until the pass is done (several runs: each stops at its time budget, as the timer's
 * would). Measured on WeChat's side — the emulator's outbox records when each message arrived — as
 * (messages − 1) / (last − first), so the pauses between runs count. Also: the busiest second, and duplicates
 * (a member messaged twice for the one pair). Goal ≥ 0.95 R, 0 duplicates. Takes about sends / R seconds plus setup.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { declareProfile } from '../../shared/enterprise/profile';
import { toStoredEnterprise } from '../../shared/enterprise/stored';
import { usccCheckCharacter } from '../../shared/uscc';
import type { BenchRow } from './bench-volume';
import { startPushBackend } from './bench-policy';

const TEMPLATE = 'POLICY_MATCH_TMPL';
const POLICY_ID = 'bench-push-rate';
const STAFF = 'demo-staff-samr-1';
const ADMIN = 'demo-admin';
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid 统一社会信用代码 for bench enterprise `serial` (in credit-code order as the serial grows). */
function creditCode(serial: number): string {
  let tail = '';
  for (let i = 0, n = serial; i < 7; i += 1, n = Math.floor(n / 31)) tail = ALPHABET[n % 31] + tail;
  const first17 = `9133010BMA${tail}`;
  return first17 + usccCheckCharacter(first17);
}

/** The most instants within any [t, t + 1 s). */
function busiestSecond(sorted: number[]): number {
  let most = 0;
  for (let i = 0, j = 0; i < sorted.length; i += 1) {
    while (j < sorted.length && sorted[j]! < sorted[i]! + 1000) j += 1;
    most = Math.max(most, j - i);
  }
  return most;
}

export async function pushVolumeBench(rows: BenchRow[], root: string): Promise<void> {
  const rate = Number(process.env.BENCH_PUSH_RATE ?? 100);
  const sends = Number(process.env.BENCH_PUSH_SENDS ?? 3000);
  const label = `P5 push: sustained send rate at R = ${rate}`;
  if (!existsSync(path.join(root, 'dist/functions/policy/index.js'))) {
    rows.push([label, 'skipped', 'run npm run build:functions']);
    return;
  }
  const backend = await startPushBackend(root, { POLICY_PUSH_RATE_PER_SECOND: String(rate), POLICY_PUSH_TEMPLATE_ID: TEMPLATE });
  try {
    // Published while nobody qualifies (publishing pushes at once): the runs below do all the sending.
    await backend.call(STAFF, 'policies.publish', {
      id: POLICY_ID,
      title: '滨江区企业稳岗扩岗补助（压测）',
      issuingDepartment: '杭州市人力资源和社会保障局',
      summary: '对滨江区从业人数不少于20人的企业给予稳岗补助（压测用政策）。',
      fullTextUrl: 'https://www.hangzhou.gov.cn/',
      benefit: { text: '一次性补助 1 万元', amount: { kind: 'fixed', amount: 10000 } },
      window: { opensOn: '2026-01-01' },
      mode: 'instant',
      category: 'employment',
      eligibility: { all: [{ op: 'region-in', codes: ['330108'] }, { op: 'range', field: 'headcount', min: 20 }] },
    });
    const firms = Array.from({ length: sends }, (_, i) => ({ code: creditCode(i), openid: `bench-push-${i}` }));
    const at = '2026-06-01T09:00:00+08:00';
    await backend.load(
      'enterprises',
      firms.map((f, i) => {
        const values = { creditCode: f.code, name: `杭州滨江压测企业${i + 1}号有限公司`, region: '330108', industryCode: '3484', headcount: 30, revenue: 800 };
        return { ...toStoredEnterprise(declareProfile(values, at)), name: values.name, region: values.region, members: [{ openid: f.openid, relation: 'legal_representative' }], createdAt: new Date(at) };
      }),
    );
    await backend.grant(
      firms.map((f) => f.openid),
      TEMPLATE,
    );

    const started = performance.now();
    const totals = { runs: 0, subscribe: 0, inbox: 0, retryLater: 0 };
    for (;;) {
      const result = await backend.call(ADMIN, 'push.run', { policyId: POLICY_ID });
      totals.runs += 1;
      totals.subscribe += result.subscribe;
      totals.inbox += result.inbox;
      totals.retryLater += result.retryLater;
      if (result.done) break;
    }
    const wallSeconds = (performance.now() - started) / 1000;

    const response = await fetch(`${backend.emulator.url}/__emulator/outbox`);
    const messages = ((await response.json()) as { messages: { at: string; touser: string; errcode: number }[] }).messages.filter((m) => m.errcode === 0);
    const arrived = messages.map((m) => Date.parse(m.at)).sort((a, b) => a - b);
    const duplicates = messages.length - new Set(messages.map((m) => m.touser)).size;
    const spanSeconds = (arrived.at(-1)! - arrived[0]!) / 1000;
    const achieved = (arrived.length - 1) / spanSeconds;
    rows.push([
      label,
      `${(achieved / rate).toFixed(3)} R`,
      `${achieved.toFixed(1)} msg/s vs R = ${rate} (goal ≥ 0.95 R): ${arrived.length.toLocaleString('en')} messages over ${spanSeconds.toFixed(1)} s in ${totals.runs} runs ` +
        `(push.run calls ${wallSeconds.toFixed(1)} s); busiest second ${busiestSecond(arrived)}; duplicates ${duplicates} (goal 0); ` +
        `${totals.inbox} to the inbox, ${totals.retryLater} left for later`,
    ]);
  } finally {
    await backend.close();
  }
}
