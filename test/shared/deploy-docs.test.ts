/**
 * Every command DEPLOY.md names in a ```bash block, run in dry-run mode: the deploy with --dry-run --json (its
 * plan must match the command's --env, --city and --admin), the mini-program build as config/deployment.ts (what
 * the build would bake in), `npm ci` as `npm ci --dry-run` on a copy of the manifest and lock. A command this
 * test does not know how to dry-run fails it, so the page cannot name a command nobody checked.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DeployPlan } from '../../scripts/lib/deploy-plan';

const root = path.resolve(__dirname, '../..');
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');

interface Command {
  text: string;
  env: Record<string, string>;
  argv: string[];
}

/** The commands of every bash block: continuation lines joined, comments dropped, leading VAR=value split off. */
function documentedCommands(markdown: string): Command[] {
  const blocks = [...markdown.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((block) =>
    block
      .replace(/\\\n/g, ' ')
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean)
      .map((text) => {
        const tokens = text.split(/\s+/);
        const env: Record<string, string> = {};
        while (tokens[0] && /^[A-Z_][A-Z0-9_]*=/.test(tokens[0])) {
          const [key, ...value] = tokens.shift()!.split('=');
          env[key!] = value.join('=');
        }
        return { text, env, argv: tokens };
      }),
  );
}

function optionOf(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
}

const baseEnv = { PATH: process.env.PATH!, HOME: process.env.HOME! };

function dryRun(command: Command): void {
  const [program, ...rest] = command.argv;
  const env = { ...baseEnv, ...command.env } as unknown as NodeJS.ProcessEnv;
  if (program === 'npm' && rest[0] === 'run' && rest[1] === 'deploy') {
    const args = rest.slice(rest[2] === '--' ? 3 : 2);
    if (args.includes('--dry-run') && !args.includes('--json')) {
      expect(execFileSync(process.execPath, [tsx, 'scripts/deploy.ts', ...args], { cwd: root, env, encoding: 'utf8' })).toContain('部署计划');
      return;
    }
    const out = execFileSync(process.execPath, [tsx, 'scripts/deploy.ts', ...args.filter((a) => a !== '--dry-run' && a !== '--json'), '--dry-run', '--json'], { cwd: root, env, encoding: 'utf8' });
    const plan = JSON.parse(out) as DeployPlan;
    expect(plan.city.id).toBe(optionOf(args, 'city') ?? 'demo');
    expect(plan.env).toBe(optionOf(args, 'env') ?? null);
    expect(plan.admin).toBe(optionOf(args, 'admin') ?? null);
    expect(plan.functions.length).toBeGreaterThan(0);
    return;
  }
  if (program === 'npm' && rest[0] === 'run' && (rest[1] === 'build:weapp' || rest[1] === 'build:h5')) {
    const out = execFileSync(process.execPath, [tsx, 'config/deployment.ts'], { cwd: root, env, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ city: command.env.CITY ?? 'demo', cloudEnv: command.env.CLOUD_ENV ?? 'local-env' });
    return;
  }
  if (program === 'npm' && rest[0] === 'ci' && rest.length === 1) {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'deploy-docs-ci-'));
    try {
      for (const file of ['package.json', 'package-lock.json']) copyFileSync(path.join(root, file), path.join(scratch, file));
      const out = execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund', '--offline'], { cwd: scratch, env, encoding: 'utf8' });
      expect(out).toMatch(/added \d+ packages/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    return;
  }
  throw new Error(`DEPLOY.md names a command this test cannot dry-run: ${command.text}`);
}

const commands = documentedCommands(readFileSync(path.join(root, 'DEPLOY.md'), 'utf8'));

it('DEPLOY.md deploys with the one deploy command, builds the mini-program with CITY and CLOUD_ENV, installs with npm ci', () => {
  expect(commands.some((c) => c.argv.slice(0, 3).join(' ') === 'npm run deploy' && optionOf(c.argv, 'env') && optionOf(c.argv, 'city'))).toBe(true);
  expect(commands.some((c) => c.argv.join(' ') === 'npm run build:weapp' && c.env.CITY && c.env.CLOUD_ENV)).toBe(true);
  expect(commands.some((c) => c.argv.join(' ') === 'npm ci')).toBe(true);
});

it.each(commands.map((c) => [c.text, c] as const))('%s', (_text, command) => {
  dryRun(command);
}, 60_000);
