/**
 * The local CloudBase for the weapp runtime tests: the real emulator with the built functions
 * (dist/functions) and the demo seed, on a random port and a throwaway data directory.
 *
 * TEST_EMULATOR_URL=http://localhost:8787 runs the tests against an already running one (`npm start`)
 * instead of starting their own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

export interface LocalCloud {
  url: string;
  /** What the emulator and the functions logged. */
  logs: string[];
  close(): Promise<void>;
}

export async function startLocalCloud(): Promise<LocalCloud> {
  const external = process.env.TEST_EMULATOR_URL;
  if (external) return { url: external.replace(/\/$/, ''), logs: [], close: async () => {} };

  // Required lazily so a missing build says what is missing instead of failing the whole file at import.
  const { startEmulator } = require(path.join(root, 'emulator')) as typeof import('../../../emulator');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yiwang-weapp-'));
  const logs: string[] = [];
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    fresh: true,
    functionsDir: path.join(root, 'dist/functions'),
    seedDir: path.join(root, 'emulator/seed'),
    contractsFile: path.join(root, 'dist/functions/contracts.json'),
    collectionsFile: path.join(root, 'dist/functions/collections.json'),
    timers: false,
    poolSize: 1,
    log: (line: string) => logs.push(line),
  });
  return {
    url: emulator.url,
    logs,
    async close() {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
