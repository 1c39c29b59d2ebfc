/**
 * `npm run deploy -- --dry-run --json --city <id>` for every city: the real command, one JSON object out, held
 * against what the code declares — every collection with its indexes and a permission, the storage rule, every
 * function with its own configuration and every timer.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_DECLARATIONS } from '../../cloudfunctions/collections';
import { cityById } from '@shared/config/city';
import { functionNames } from '../../scripts/build-functions';
import { permissionOf, storageRule, type DeployPlan } from '../../scripts/lib/deploy-plan';

const root = path.resolve(__dirname, '../..');
const cities = readdirSync(path.join(root, 'cities')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const SIMPLE_PERMISSIONS = ['READONLY', 'PRIVATE', 'ADMINWRITE', 'ADMINONLY'];

/** Runs the deploy script with no credentials at all, so anything that tried to reach Tencent would fail. */
function dryRun(args: string[]): DeployPlan {
  const env = { PATH: process.env.PATH!, HOME: process.env.HOME! } as unknown as NodeJS.ProcessEnv;
  const out = execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/deploy.ts', '--dry-run', '--json', ...args], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out);
}

describe.each(cities)('the deploy plan for %s', (id) => {
  let plan: DeployPlan;
  beforeAll(() => {
    plan = dryRun(['--city', id, '--env', 'gov-test-1a2b', '--admin', 'oAdmin-first']);
  }, 60_000);

  it('names the environment, the city and the first administrator', () => {
    expect(Object.keys(plan)).toEqual(expect.arrayContaining(['env', 'city', 'collections', 'storage', 'functions', 'admin']));
    const city = cityById(id);
    expect(plan).toMatchObject({ env: 'gov-test-1a2b', city: { id, name: city.name, regionCode: city.regionCode }, admin: 'oAdmin-first' });
    expect(plan.departments.map((d) => d._id)).toEqual(city.departments.map((d) => d.id));
  });

  it('creates every declared collection with its indexes and a permission', () => {
    expect(plan.collections.map((c) => c.name)).toEqual(COLLECTION_DECLARATIONS.map((c) => c.name));
    for (const declared of COLLECTION_DECLARATIONS) {
      const planned = plan.collections.find((c) => c.name === declared.name)!;
      expect(planned.indexes).toEqual(declared.indexes.map((i) => ({ name: i.name, keys: i.keys, unique: Boolean(i.unique) })));
      expect(planned.permission).toEqual(permissionOf(declared));
      if (typeof planned.permission === 'string') expect(SIMPLE_PERMISSIONS).toContain(planned.permission);
      else expect(planned.permission).toEqual({ read: expect.anything(), write: expect.anything() });
    }
  });

  it('applies the storage rule', () => {
    expect(plan.storage).toEqual({ rule: storageRule() });
  });

  it('deploys every function with its config.json, the city template id and every timer', () => {
    const rc = JSON.parse(readFileSync(path.join(root, 'cloudbaserc.json'), 'utf8')) as { functions: { name: string; runtime: string; memorySize: number }[] };
    expect(plan.functions.map((f) => f.name)).toEqual(functionNames());
    for (const fn of plan.functions) {
      const config = JSON.parse(readFileSync(path.join(root, 'cloudfunctions', fn.name, 'config.json'), 'utf8'));
      expect(fn.timeout).toBe(config.timeout);
      expect(fn.memorySize).toBe(config.memorySize ?? 256);
      expect(fn.memorySize).toBe(rc.functions.find((f) => f.name === fn.name)!.memorySize);
      expect(fn.triggers).toEqual(config.triggers ?? []);
      expect(fn.openapi).toEqual(config.permissions?.openapi ?? []);
    }
    const timers = plan.functions.flatMap((f) => f.triggers.map((t) => `${f.name}.${t.name}`));
    expect(timers).toEqual(expect.arrayContaining(['help.sla', 'policy.push', 'review.reminders']));
    expect(plan.functions.find((f) => f.name === 'policy')!.envVariables.POLICY_PUSH_TEMPLATE_ID).toBe(cityById(id).subscribeTemplates.policyMatch);
  });
});

it('a dry run without --json describes the plan in words, and an unknown city stops it', () => {
  const env = { PATH: process.env.PATH!, HOME: process.env.HOME! } as unknown as NodeJS.ProcessEnv;
  const words = execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/deploy.ts', '--dry-run', '--city', 'xiangyang'], { cwd: root, env, encoding: 'utf8' });
  expect(words).toContain('襄阳市（xiangyang，420600）');
  expect(words).toContain('定时触发器 sla');
  expect(() => dryRun(['--city', 'atlantis'])).toThrow(/没有城市「atlantis」/);
}, 60_000);
