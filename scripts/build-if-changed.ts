/**
 * Runs a build only when its inputs changed since the last successful one:
 *   tsx scripts/build-if-changed.ts <output dir> <npm script>
 * The stamp (<output dir>/.build-stamp) is a digest of every input file's path and content plus the settings
 * the build reads (CITY, CLOUD_ENV, NODE_ENV), so an edit, a checkout or another city rebuilds, and a second
 * `npm start` with nothing changed serves at once.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const INPUTS = ['miniprogram', 'shared', 'config', 'cities', 'cloudfunctions', 'babel.config.js', 'package-lock.json', 'tsconfig.json', 'project.config.json'];
const SETTINGS = ['CITY', 'CLOUD_ENV', 'NODE_ENV'];

function files(at: string): string[] {
  const full = path.join(root, at);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [at];
  return readdirSync(full)
    .filter((name) => name !== 'node_modules' && !name.startsWith('.'))
    .sort()
    .flatMap((name) => files(path.join(at, name)));
}

export function inputDigest(): string {
  const hash = createHash('sha256');
  for (const name of SETTINGS) hash.update(`${name}=${process.env[name] ?? ''}\n`);
  for (const file of INPUTS.flatMap(files)) hash.update(`${file}\n`).update(readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

function main(): void {
  const [outputDir, script] = process.argv.slice(2);
  if (!outputDir || !script) throw new Error('usage: tsx scripts/build-if-changed.ts <output dir> <npm script>');
  const stamp = path.join(root, outputDir, '.build-stamp');
  const digest = inputDigest();
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
    console.log(`› ${script}: up to date (nothing changed since the last build)`);
    return;
  }
  console.log(`› ${script}`);
  execFileSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
  // Written after the digest was taken before the build: an edit during the build rebuilds next time.
  writeFileSync(stamp, digest);
}

if (require.main === module) main();
