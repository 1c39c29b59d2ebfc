/**
 * The local CloudBase for the browser tests: the real emulator with the built functions (dist/functions),
 * the demo seed, and the H5 build (dist/h5) as its static site, so the app and `/__client/functions/*` share
 * one origin exactly as in `npm start`. Random port, throwaway data directory.
 *
 * TEST_EMULATOR_URL=http://localhost:8787 runs the tests against an already running one (`npm start`)
 * instead of starting their own.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');
export const H5_DIST = path.join(root, 'dist/h5');

export interface LocalCloud {
  url: string;
  logs: string[];
  close(): Promise<void>;
}

export async function startLocalCloud(): Promise<LocalCloud> {
  const external = process.env.TEST_EMULATOR_URL;
  if (external) return { url: external.replace(/\/$/, ''), logs: [], close: async () => {} };
  if (!existsSync(path.join(H5_DIST, 'index.html'))) {
    throw new Error(`${H5_DIST}/index.html is missing: run \`npm run build:h5\` first`);
  }

  // Required lazily so a missing build says what is missing instead of failing the whole file at import.
  const { startEmulator } = require(path.join(root, 'emulator')) as typeof import('../../../emulator');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yiwang-browser-'));
  const logs: string[] = [];
  const emulator = await startEmulator({
    port: 0,
    dataDir,
    fresh: true,
    functionsDir: path.join(root, 'dist/functions'),
    seedDir: path.join(root, 'emulator/seed'),
    contractsFile: path.join(root, 'dist/functions/contracts.json'),
    collectionsFile: path.join(root, 'dist/functions/collections.json'),
    staticDir: H5_DIST,
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

