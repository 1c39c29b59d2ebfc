/**
 * CANARY: the emulator only works because the pinned SDKs honour two undocumented redirects —
 * `init({ serviceUrl })` and the `TCB_CONTEXT_CNFG` environment variable. If an SDK upgrade drops either,
 * these tests fail with a message saying so (rather than everything else failing mysteriously).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { http, REPO_ROOT, sdkFor, startTestEmulator, type TestEmulator } from './helpers';

const version = (pkg: string) => JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version as string;
const NODE_SDK = `@cloudbase/node-sdk ${version('@cloudbase/node-sdk')}`;
const WX_SDK = `wx-server-sdk ${version('wx-server-sdk')} (bundles @cloudbase/node-sdk ${version('wx-server-sdk/node_modules/@cloudbase/node-sdk')})`;

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ functionsDir: undefined });
});
afterAll(() => t.close());

async function collections(): Promise<string[]> {
  return (await http(t.emulator, '/__emulator/collections')).body.collections.map((c: { name: string }) => c.name);
}

/** Runs a script in a clean Node process (no test-process tweaks) with only the variables a function gets. */
function runIsolated(script: string, env: Record<string, string>): Promise<{ stdout: string; stderr: string; error: Error | null }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-e', script],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...env } as unknown as NodeJS.ProcessEnv, timeout: 20000, encoding: 'utf8' },
      (error: Error | null, stdout: string, stderr: string) => resolve({ stdout, stderr, error }),
    );
  });
}

it(`${NODE_SDK} honours init({ serviceUrl })`, async () => {
  try {
    await sdkFor(t.emulator).database().createCollection('canary_service_url');
  } catch (error) {
    throw new Error(`CANARY: ${NODE_SDK} no longer honours init({ serviceUrl }) — the emulator cannot redirect it. (${(error as Error).message})`);
  }
  if (!(await collections()).includes('canary_service_url')) {
    throw new Error(`CANARY: ${NODE_SDK} ignored init({ serviceUrl }) — the request never reached the emulator.`);
  }
});

it(`${NODE_SDK} and ${WX_SDK} honour TCB_CONTEXT_CNFG (what the function host relies on)`, async () => {
  const env = {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: t.emulator.adminUrl }),
    TENCENTCLOUD_SECRETID: 'x',
    TENCENTCLOUD_SECRETKEY: 'y',
    TCB_ENV: t.emulator.envId,
    SCF_NAMESPACE: t.emulator.envId,
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
  };
  const script = `
    const tcb = require('@cloudbase/node-sdk');
    const cloud = require('wx-server-sdk');
    (async () => {
      const app = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, timeout: 5000 });
      await app.database().createCollection('canary_node_sdk');
      cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV, timeout: 5000 });
      await cloud.database().createCollection('canary_wx_server_sdk');
      console.log('DONE');
    })().catch((e) => { console.error(e && (e.stack || e.message || JSON.stringify(e))); process.exit(1); });
  `;
  const result = await runIsolated(script, env);
  const names = await collections();
  const missing = ['canary_node_sdk', 'canary_wx_server_sdk'].filter((name) => !names.includes(name));
  if (result.error || missing.length > 0) {
    throw new Error(
      `CANARY: the pinned SDK no longer honours TCB_CONTEXT_CNFG='{"URL":…}' (${missing.join(', ') || 'error'} never reached the emulator). ` +
        `Functions run by the emulator would call Tencent's real endpoint instead. Versions: ${NODE_SDK}; ${WX_SDK}.\n${result.stderr}`,
    );
  }
  expect(result.stdout).toContain('DONE');
});
