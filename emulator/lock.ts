/** One emulator per data dir: a pid lock file (stale locks from killed processes are taken over). */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LOCK_FILE = 'emulator.lock';
const heldInThisProcess = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.resolve(dataDir, LOCK_FILE);
  if (heldInThisProcess.has(file)) throw new Error(`data dir ${dataDir} is already used by another emulator in this process`);
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
      throw new Error(`data dir ${dataDir} is in use by another emulator (pid ${pid}); stop it or use another --data-dir`);
    }
  }
  writeFileSync(file, String(process.pid));
  heldInThisProcess.add(file);
  return () => {
    heldInThisProcess.delete(file);
    try {
      if (existsSync(file) && readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
    } catch {
      // best effort
    }
  };
}
