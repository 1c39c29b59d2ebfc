/** Shared test setup: an in-process emulator on a random port with a temp data dir, and SDK clients for it. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../../emulator';

// Outside Tencent's runtime node-sdk probes metadata.tencentyun.com (30 ms timeout, result not cached on
// failure) twice per request. Telling it it runs on Tencent Cloud skips that; the URL still comes from serviceUrl.
process.env.TENCENTCLOUD ??= 'true';

export const FIXTURE_FUNCTIONS = path.join(__dirname, 'fixtures', 'functions');
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * The SDK instance, typed loosely on purpose: its typings lag its behaviour (e.g. DocumentReference.create
 * and the result shapes are missing or `unknown`), and these tests are about the wire behaviour.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type App = any;

export interface TestEmulator {
  emulator: RunningEmulator;
  dataDir: string;
  app: App;
  /** Log lines received so far. */
  logs: string[];
  close(): Promise<void>;
}

export function tempDir(prefix = 'cloudbase-emulator-'): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startTestEmulator(options: Partial<EmulatorOptions> = {}): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? tempDir();
  const logs: string[] = [];
  const emulator = await startEmulator({ port: 0, timers: false, functionsDir: FIXTURE_FUNCTIONS, log: (line) => logs.push(line), ...options, dataDir });
  return {
    emulator,
    dataDir,
    app: sdkFor(emulator),
    logs,
    close: async () => {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function sdkFor(emulator: RunningEmulator): App {
  return tcb.init({ env: emulator.envId, serviceUrl: emulator.adminUrl, secretId: 'x', secretKey: 'y', timeout: 20000 });
}

/** fetch against the emulator, JSON in and out. */
export async function http(
  emulator: RunningEmulator,
  pathname: string,
  init: { method?: string; body?: unknown; raw?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers; text: string }> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  let body: string | Buffer | undefined;
  if (init.raw !== undefined) body = init.raw;
  else if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${emulator.url}${pathname}`, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body: body as unknown as BodyInit });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed, headers: res.headers, text };
}

/** Calls a function the way the H5 app does. */
export function callAs(emulator: RunningEmulator, name: string, data: unknown, openid?: string) {
  return http(emulator, `/__client/functions/${name}`, { body: data, headers: openid ? { 'X-WX-OPENID': openid } : {} });
}

export async function expectHealthy(emulator: RunningEmulator): Promise<void> {
  const res = await http(emulator, '/__emulator/health');
  if (res.status !== 200 || res.body.ok !== true) throw new Error(`emulator unhealthy: ${res.status} ${res.text}`);
}

/** Polls until `check` returns a truthy value. */
export async function waitFor<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 10000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
