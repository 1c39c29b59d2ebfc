import tcb from '@cloudbase/node-sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Contract, InputOf, OutputOf } from '@shared/contract';
import type { ApiResult } from '@shared/errors';
import { findUnmaskedPersonalData } from '@shared/mask';
import { startEmulator } from '../../emulator';
import { flushUploads } from './test-uploads';

const root = path.resolve(__dirname, '../..');

export interface Backend {
  url: string;
  adminUrl: string;
  /** Every line the functions and the emulator logged (for the masking scan). */
  logs: string[];
  /** Every answer to a list action, by action name (for the masking scan). */
  listAnswers: { action: string; body: unknown }[];
  /** Calls an action as `openid` (null = no WeChat identity) through the client endpoint, like the mini-program does. */
  call<C extends Contract>(openid: string | null, contract: C, input: InputOf<C>, requestId?: string): Promise<ApiResult<OutputOf<C>>>;
  /** Posts any body to a function, for malformed-input tests. */
  raw(fn: string, body: unknown, openid?: string | null): Promise<{ status: number; body: unknown }>;
  /** The real node-sdk pointed at the emulator, for looking at what was stored. */
  db(): ReturnType<ReturnType<typeof tcb.init>['database']>;
  close(): Promise<void>;
}

/**
 * The local CloudBase with the built functions (dist/functions), the demo seed and every declared collection,
 * on a random port and a throwaway data directory. `npm test` builds the functions before jest runs.
 */
export async function startBackend(options: { timers?: boolean; poolSize?: number; functionsDir?: string } = {}): Promise<Backend> {
  // Another city's build (e.g. dist/functions-xiangyang); the demo city's by default.
  const functionsDir = path.resolve(root, options.functionsDir ?? 'dist/functions');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yiwang-backend-'));
  const logs: string[] = [];
  const listAnswers: { action: string; body: unknown }[] = [];
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    fresh: true,
    functionsDir,
    seedDir: path.join(root, 'emulator/seed'),
    contractsFile: path.join(functionsDir, 'contracts.json'),
    collectionsFile: path.join(functionsDir, 'collections.json'),
    timers: options.timers ?? false,
    poolSize: options.poolSize ?? 2,
    log: (line: string) => logs.push(line),
  });
  const app = tcb.init({ env: emulator.envId, serviceUrl: emulator.adminUrl, secretId: 'local', secretKey: 'local' } as never);

  const raw: Backend['raw'] = async (fn, body, openid = null) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (openid) headers['x-wx-openid'] = openid;
    const response = await fetch(`${emulator.url}/__client/functions/${fn}`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  };

  return {
    url: emulator.url,
    adminUrl: emulator.adminUrl,
    logs,
    listAnswers,
    raw,
    async call(openid, contract, input, requestId) {
      await flushUploads(emulator.url);
      const { status, body } = await raw(contract.fn, { action: contract.action, payload: input, ...(requestId ? { requestId } : {}) }, openid);
      if (status !== 200) throw new Error(`function ${contract.fn} failed with HTTP ${status}: ${JSON.stringify(body)}`);
      if (/(^|\.)list/i.test(contract.action)) listAnswers.push({ action: `${contract.fn}.${contract.action}`, body });
      return body as ApiResult<never>;
    },
    db: () => app.database(),
    async close() {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The masking scan: no log line and no list answer may carry a whole ID or mobile number. Call it in afterAll
 * of every file that handles personal data.
 */
export function expectNothingUnmasked(backend: Backend): void {
  const leaks = [
    ...backend.logs.flatMap((line) => findUnmaskedPersonalData(line).map((hit) => `log: ${hit} in ${line.slice(0, 160)}`)),
    ...backend.listAnswers.flatMap(({ action, body }) => findUnmaskedPersonalData(JSON.stringify(body)).map((hit) => `${action}: ${hit}`)),
  ];
  expect(leaks).toEqual([]);
}

/** Unwraps an ok answer or fails the test with the error the function gave. */
export function expectOk<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}
