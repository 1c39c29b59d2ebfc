/**
 * Bundles each cloud function (cloudfunctions/<name>/index.ts) with esbuild into a deployable folder
 * dist/functions/<name>/ holding index.js, package.json and config.json, and writes beside them the API's
 * self-description (contracts.json), the collection declarations with each one's client access rule
 * (collections.json), the storage bucket's rule (storage-rules.json) and the city (city.json).
 *   CITY=<id> npm run build:functions            (or -- --city <id>; default demo; cities/<id>.json)
 *   npm run build:functions -- --out dist/functions-xiangyang --city xiangyang
 * The city is baked into the bundles (`__CITY__`), and its subscribe template ids into each function's envVariables.
 */
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { COLLECTION_DECLARATIONS } from '../cloudfunctions/collections';
import { STORAGE_PERMISSION, collectionPermission } from '../cloudfunctions/security-rules';
import { cityById, type CityConfig } from '../shared/config/city';
import { argValue, resolveCity } from './lib/city-arg';

const root = path.resolve(__dirname, '..');
const sourceDir = path.join(root, 'cloudfunctions');

/** What CloudBase reads from a function's config.json (the CLI caps the timeout at 60 s). */
const functionConfigSchema = z.object({
  timeout: z.number().int().min(1).max(60),
  /** MB; CloudBase offers 128–3072, and the functions are sized for 256. */
  memorySize: z.number().int().min(128).max(3072).default(256),
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

export type FunctionConfig = z.output<typeof functionConfigSchema>;

/**
 * Environment variables a city fills (cities/<id>.json → subscribeTemplates): the deployed function reads the
 * template id from here, so the one bundle serves whichever template the city registered.
 */
function cityEnvVariables(name: string, city: CityConfig): Record<string, string> {
  if (name === 'policy') return { POLICY_PUSH_TEMPLATE_ID: city.subscribeTemplates.policyMatch };
  return {};
}

/** A function's deployable configuration for a city: its config.json with the city's values filled in. */
export function functionConfigFor(name: string, city: CityConfig): FunctionConfig {
  const config = functionConfigSchema.parse(JSON.parse(readFileSync(path.join(sourceDir, name, 'config.json'), 'utf8')));
  return { ...config, envVariables: { ...config.envVariables, ...cityEnvVariables(name, city) } };
}

async function buildFunction(name: string, city: CityConfig, outDir: string, rootPackage: { devDependencies: Record<string, string>; dependencies: Record<string, string> }) {
  const target = path.join(outDir, name);
  mkdirSync(target, { recursive: true });
  const config = functionConfigFor(name, city);
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
    define: { __CITY__: JSON.stringify(city.id) },
    logLevel: 'warning',
  });
  const versions = { ...rootPackage.dependencies, ...rootPackage.devDependencies };
  const dependencies = Object.fromEntries(
    EXTERNAL_PACKAGES.filter((pkg) => readFileSync(path.join(target, 'index.js'), 'utf8').includes(`require("${pkg}")`)).map((pkg) => [pkg, versions[pkg]]),
  );
  writeFileSync(path.join(target, 'package.json'), `${JSON.stringify({ name, version: '1.0.0', main: 'index.js', private: true, dependencies }, null, 2)}\n`);
  writeFileSync(path.join(target, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
}

/** Builds every function for one city into outDir (default dist/functions). */
export async function buildFunctions(cityId: string, outDir = path.join(root, 'dist', 'functions')) {
  const city = cityById(cityId);
  const rootPackage = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const names = functionNames();
  await Promise.all(names.map((name) => buildFunction(name, city, outDir, rootPackage)));
  // The contracts name the city's departments, so they are described with CITY set to this build's city.
  process.env.CITY = city.id;
  const { describeApi } = await import('../shared/describe');
  writeFileSync(path.join(outDir, 'contracts.json'), `${JSON.stringify(describeApi(), null, 2)}\n`);
  const collections = COLLECTION_DECLARATIONS.map((declaration) => ({ ...declaration, permission: collectionPermission(declaration.name) }));
  writeFileSync(path.join(outDir, 'collections.json'), `${JSON.stringify(collections, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'storage-rules.json'), `${JSON.stringify(STORAGE_PERMISSION, null, 2)}\n`);
  writeFileSync(path.join(outDir, 'city.json'), `${JSON.stringify(city, null, 2)}\n`);
  console.log(`built ${names.length} functions for ${city.name} (${city.id}) → ${path.relative(root, outDir)}: ${names.join(', ')}`);
}

async function main() {
  const city = resolveCity(process.argv.slice(2));
  const out = argValue(process.argv.slice(2), 'out');
  await buildFunctions(city, out ? path.resolve(root, out) : undefined);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
