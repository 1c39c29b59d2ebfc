/**
 * Regenerates package-lock.json so `npm ci` works from a fresh clone on Linux and macOS:
 *   npx tsx scripts/lock-all-platforms.ts
 * 1. `npm install --package-lock-only` resolves the whole tree, recording every platform's optional packages
 *    (e.g. @swc/core-darwin-arm64, @esbuild/darwin-arm64) whatever machine runs it.
 * 2. A few packages name optional dependencies that were never published at that version (@tarojs/binding 4.2.1's
 *    darwin and win32 builds, @nutui's private @jmfe/npm-usage-stats-tool). npm cannot lock them, and npm 11's
 *    `npm ci` then refuses the lock as out of sync; they are dropped from their parents' lock entries, after the
 *    registry confirms (one `npm view` each) that they do not exist.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const lockPath = path.join(root, 'package-lock.json');

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

/** Where npm would find `name` from the package at `from`: its own node_modules, then each enclosing one. */
function resolves(packages: Record<string, LockEntry>, from: string, name: string): boolean {
  for (let base = from; ; ) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (base === '') return false;
    const at = base.lastIndexOf('/node_modules/');
    base = at < 0 ? '' : base.slice(0, at);
  }
}

function published(name: string, spec: string): boolean {
  const result = spawnSync('npm', ['view', `${name}@${spec}`, 'version', '--json'], { cwd: root, encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() !== '';
}

execFileSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as { packages: Record<string, LockEntry> };
const dropped: string[] = [];
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (resolves(lock.packages, location, name)) continue;
    if (published(name, spec)) throw new Error(`${name}@${spec} exists but is not in the lock: run npm install --package-lock-only again`);
    delete entry.optionalDependencies![name];
    dropped.push(`${location.replace(/^node_modules\//, '')} → ${name}@${spec}`);
  }
}
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(dropped.length ? `dropped unpublished optional dependencies:\n  ${dropped.join('\n  ')}` : 'every optional dependency is locked');
