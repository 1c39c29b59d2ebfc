/**
 * The CLI as a separate process: an acknowledged write survives `kill -9`; --export / --import / --fresh.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import tcb from '@cloudbase/node-sdk';
import { REPO_ROOT, tempDir, type App } from './helpers';

const CLI = path.join(REPO_ROOT, 'emulator', 'cli.ts');
// `node --import tsx` runs the CLI in ONE process (the tsx launcher would fork a child that kill -9 misses)
const NODE_ARGS = ['--import', 'tsx', CLI];
const children = new Set<ChildProcess>();

function launch(args: string[]): ChildProcess {
  const proc = spawn(process.execPath, [...NODE_ARGS, ...args], { cwd: REPO_ROOT, env: { ...process.env, PORT: '' } as NodeJS.ProcessEnv });
  children.add(proc);
  proc.on('exit', () => children.delete(proc));
  return proc;
}

interface Cli {
  proc: ChildProcess;
  url: string;
  app: App;
  output: () => string;
}

function runCli(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const proc = launch(args);
    let output = '';
    proc.stdout!.on('data', (d) => (output += d));
    proc.stderr!.on('data', (d) => (output += d));
    proc.on('exit', (code) => resolve({ code, output }));
  });
}

function startCli(args: string[]): Promise<Cli> {
  return new Promise((resolve, reject) => {
    const proc = launch(['--port', '0', '--no-timers', ...args]);
    let output = '';
    const timer = setTimeout(() => reject(new Error(`CLI did not start:\n${output}`)), 20000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        const url = match[1];
        resolve({ proc, url, app: tcb.init({ env: 'local-env', serviceUrl: `${url}/admin`, secretId: 'x', secretKey: 'y' }), output: () => output });
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`CLI exited with ${code}:\n${output}`));
    });
  });
}

function kill9(cli: Cli): Promise<void> {
  return new Promise((resolve) => {
    cli.proc.removeAllListeners('exit');
    cli.proc.on('exit', () => {
      children.delete(cli.proc);
      resolve();
    });
    cli.proc.kill('SIGKILL');
  });
}

const dirs: string[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
});

it('acknowledged writes survive kill -9 of the emulator process', async () => {
  const dataDir = tempDir();
  dirs.push(dataDir);
  const first = await startCli(['--data-dir', dataDir]);
  const db = first.app.database();
  await db.createCollection('durable');
  const { id } = await db.collection('durable').add({ n: 1, at: db.serverDate() });
  await db.collection('durable').doc(id).update({ n: db.command.inc(41) });
  await db.collection('durable').add(Array.from({ length: 50 }, (_v, i) => ({ i })));
  await db.runTransaction(async (tx: any) => {
    await tx.collection('durable').add({ _id: 'tx', committed: true });
  });
  const { fileID } = await first.app.uploadFile({ cloudPath: 'keep/me.txt', fileContent: Buffer.from('still here') });
  const grant = await fetch(`${first.url}/__client/subscribe`, { method: 'POST', headers: { 'X-WX-OPENID': 'oDUR', 'content-type': 'application/json' }, body: JSON.stringify({ tmplIds: ['T'] }) });
  expect(grant.status).toBe(200);
  await kill9(first); // no chance to flush or close anything

  const second = await startCli(['--data-dir', dataDir]);
  try {
    const db2 = second.app.database();
    expect((await db2.collection('durable').doc(id).get()).data[0].n).toBe(42);
    expect((await db2.collection('durable').count()).total).toBe(52);
    expect((await db2.collection('durable').doc('tx').get()).data[0]).toEqual({ _id: 'tx', committed: true });
    expect((await second.app.downloadFile({ fileID })).fileContent.toString()).toBe('still here');
    expect(await (await fetch(`${second.url}/__emulator/subscriptions?openid=oDUR`)).json()).toEqual({ openid: 'oDUR', grants: { T: 1 } });

    // the data dir is locked while an emulator uses it
    const clash = await runCli(['--port', '0', '--data-dir', dataDir]);
    expect(clash.code).not.toBe(0);
    expect(clash.output).toMatch(/in use by another emulator/);
  } finally {
    await kill9(second);
  }
});

it('--export writes the whole store, --import restores it, --fresh wipes and reseeds', async () => {
  const dataDir = tempDir();
  const copyDir = tempDir();
  dirs.push(dataDir, copyDir);
  const exportFile = path.join(dataDir, 'dump.json');
  const cli = await startCli(['--data-dir', dataDir]);
  await cli.app.database().createCollection('things');
  await cli.app.database().collection('things').add({ _id: 'a', when: new Date('2020-02-02T00:00:00Z') });
  await cli.app.uploadFile({ cloudPath: 'f.bin', fileContent: Buffer.from([0, 255]) });
  await kill9(cli);

  const exported = await runCli(['--data-dir', dataDir, '--export', exportFile]);
  expect(exported.code).toBe(0);
  expect(existsSync(exportFile)).toBe(true);
  const dump = JSON.parse(readFileSync(exportFile, 'utf8'));
  expect(dump.collections.things.documents).toEqual([{ _id: 'a', when: { $date: { $numberLong: String(Date.parse('2020-02-02T00:00:00Z')) } } }]);
  expect(dump.files).toEqual([expect.objectContaining({ path: 'f.bin', base64: Buffer.from([0, 255]).toString('base64') })]);

  const restored = await startCli(['--data-dir', copyDir, '--import', exportFile]);
  try {
    expect((await restored.app.database().collection('things').doc('a').get()).data[0].when).toEqual(new Date('2020-02-02T00:00:00Z'));
  } finally {
    await kill9(restored);
  }

  const wiped = await startCli(['--data-dir', copyDir, '--fresh', '--seed', path.join(REPO_ROOT, 'test', 'emulator', 'fixtures', 'no-such-seed')]);
  try {
    await expect(wiped.app.database().collection('things').count()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
  } finally {
    await kill9(wiped);
  }

  const usage = await runCli(['--bogus']);
  expect(usage.code).toBe(2);
  expect(usage.output).toMatch(/unknown option --bogus/);
});
