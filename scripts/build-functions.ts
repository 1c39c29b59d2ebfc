/**
 * Bundles each cloud function (cloudfunctions/<name>/index.ts) with esbuild into a deployable folder
 * dist/functions/<name>/ holding index.js, package.json and config.json, and writes beside them the API's
 * self-description (contracts.json), the collection declarations with each one's client access rule
 * (collections.json) and the storage bucket's rule (storage-rules.json).
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { COLLECTION_DECLARATIONS } from '../cloudfunctions/collections';
import { STORAGE_PERMISSION, collectionPermission } from '../cloudfunctions/security-rules';
import { describeApi } from '../shared/describe';

const root = path.resolve(__dirname, '..');
const sourceDir = path.join(root, 'cloudfunctions');
const outDir = path.join(root, 'dist', 'functions');

/** What CloudBase reads from a function's config.json (the CLI caps the timeout at 60 s). */
const functionConfigSchema = z.object({
  timeout: z.number().int().min(1).max(60),
  envVariables: z.record(z.string(), z.string()).default({}),
  triggers: z
    .array(z.object({ name: z.string().min(1), type: z.literal('timer'), config: z.string().regex(/^(\S+\s+){6}\S+$/, 'cron 需要 7 段') }))
    .max(1, '每个云函数最多一个定时触发器')
    .default([]),
  permissions: z.object({ openapi: z.array(z.string()) }).default({ openapi: [] }),
});

/** Runtime packages the bundles leave external; the cloud installs them from the generated package.json. */
const EXTERNAL_PACKAGES = ['@cloudbase/node-sdk', 'wx-server-sdk'];

export function functionNames(): string[] {
  return readdirSync(sourceDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && existsSync(path.join(sourceDir, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}

async function buildFunction(name: string, rootPackage: { devDependencies: Record<string, string>; dependencies: Record<string, string> }) {
  const target = path.join(outDir, name);
  mkdirSync(target, { recursive: true });
  const config = functionConfigSchema.parse(JSON.parse(readFileSync(path.join(sourceDir, name, 'config.json'), 'utf8')));
  await build({
    entryPoints: [path.join(sourceDir, name, 'index.ts')],
    outfile: path.join(target, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: EXTERNAL_PACKAGES,
    tsconfig: path.join(root, 'tsconfig.json'),
    legalComments: 'none',
    logLevel: 'warning',
  });
  const versions = { ...rootPackage.dependencies, ...rootPackage.devDependencies };
  const dependencies = Object.fromEntries(
    EXTERNAL_PACKAGES.filter((pkg) => readFileSync(path.join(target, 'index.js'), 'utf8').includes(`require("${pkg}")`)).map((pkg) => [pkg, versions[pkg]]),
  );
  writeFileSync(path.join(target, 'package.json'), `${JSON.stringify({ name, version: '1.0.0', main: 'index.js', private: true, dependencies }, null, 2)}\n`);
  writeFileSync(path.join(target, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
}

async function main() {
  const rootPackage = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const names = functionNames();
  await Promise.all(names.map((name) => buildFunction(name, rootPackage)));
  writeFileSync(path.join(outDir, 'contracts.json'), `${JSON.stringify(describeApi(), null, 2)}\n`);
  const collections = COLLECTION_DECLARATIONS.map((declaration) => ({ ...declaration, permission: collectionPermission(declaration.name) }));
  writeFileSync(path.join(outDir, 'collections.json'), `${JSON.stringify(collections, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'storage-rules.json'), `${JSON.stringify(STORAGE_PERMISSION, null, 2)}\n`);
  console.log(`built ${names.length} functions → ${path.relative(root, outDir)}: ${names.join(', ')}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
