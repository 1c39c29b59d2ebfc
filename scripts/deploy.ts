/**
 * Deploys to a real CloudBase environment:
 *   TCB_ENV_ID=<env id> TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… npm run deploy
 * 1. builds the functions (dist/functions),
 * 2. deploys each with the standard CloudBase CLI (`tcb fn deploy`, reading cloudbaserc.json),
 * 3. creates every declared collection and its indexes (cloudfunctions/collections.ts).
 * `--dry-run` prints what it would do without touching the environment.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { COLLECTION_DECLARATIONS, type CollectionDeclaration } from '../cloudfunctions/collections';
import { functionNames } from './build-functions';

const root = path.resolve(__dirname, '..');
const dryRun = process.argv.includes('--dry-run');
const envArg = process.argv.find((arg) => arg.startsWith('--env='))?.slice('--env='.length);
const envId = envArg ?? process.env.TCB_ENV_ID;

function fail(message: string): never {
  console.error(`部署失败：${message}`);
  process.exit(1);
}

function run(command: string, args: string[]) {
  console.log(`$ ${command} ${args.join(' ')}`);
  if (dryRun) return;
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, TCB_ENV_ID: envId } });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited with ${result.status}`);
}

function hasTcbCli(): boolean {
  try {
    execFileSync('tcb', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Index declarations in the shape the CloudBase management API takes. */
export function toManagerIndexes(collection: CollectionDeclaration) {
  return collection.indexes.map((index) => ({
    IndexName: index.name,
    MgoKeySchema: {
      MgoIsUnique: Boolean(index.unique),
      MgoIndexKeys: index.keys.map((key) => ({ Name: key.field, Direction: String(key.direction) })),
    },
  }));
}

async function ensureCollections() {
  const secretId = process.env.TENCENTCLOUD_SECRETID;
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY;
  if (!secretId || !secretKey) fail('请设置 TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY（腾讯云访问密钥），用于创建数据库集合和索引。');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Manager = require('@cloudbase/manager-node');
  const manager = new Manager({ secretId, secretKey, envId });
  for (const collection of COLLECTION_DECLARATIONS) {
    await manager.database.createCollectionIfNotExists(collection.name);
    const missing = [];
    for (const index of toManagerIndexes(collection)) {
      const { Exists } = await manager.database.checkIndexExists(collection.name, index.IndexName);
      if (!Exists) missing.push(index);
    }
    if (missing.length > 0) await manager.database.updateCollection(collection.name, { CreateIndexes: missing });
    console.log(`collection ${collection.name}: ok (${collection.indexes.length} indexes, ${missing.length} created)`);
  }
}

async function main() {
  if (!envId) fail('请用 TCB_ENV_ID=<环境ID> 或 --env=<环境ID> 指明要部署到的云开发环境。');
  if (!dryRun && !hasTcbCli()) fail('没有找到 CloudBase CLI：请先运行 `npm i -g @cloudbase/cli` 并 `tcb login`。');
  run('npm', ['run', 'build:functions']);
  for (const name of functionNames()) run('tcb', ['fn', 'deploy', name, '-e', envId!, '--force']);
  if (dryRun) {
    for (const collection of COLLECTION_DECLARATIONS) console.log(`would ensure collection ${collection.name}`, JSON.stringify(toManagerIndexes(collection)));
    return;
  }
  await ensureCollections();
  console.log(`已部署到环境 ${envId}。`);
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
