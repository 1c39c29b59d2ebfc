/**
 * Puts one city's edition into a real CloudBase environment (DEPLOY.md):
 *   TENCENTCLOUD_SECRETID=… TENCENTCLOUD_SECRETKEY=… npm run deploy -- --env <envId> --city <id> [--admin <openid>] [--hosting]
 * builds the functions for the city; creates every declared collection and index; applies each collection's
 * permission and the storage rule; creates or updates each function with its configuration and timer triggers;
 * writes the city's departments; grants the first administrator; uploads the H5 build to static hosting when
 * asked. Each step checks before it changes, so running it again changes nothing that is already right.
 *   npm run deploy -- --dry-run [--json] --city <id>   prints the plan and contacts nothing.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildFunctions } from './build-functions';
import { argValue, resolveCity } from './lib/city-arg';
import { deployPlan, type DeployPlan } from './lib/deploy-plan';

const root = path.resolve(__dirname, '..');

function describe(plan: DeployPlan): string[] {
  return [
    `部署计划：${plan.city.name}（${plan.city.id}，${plan.city.regionCode}）→ 环境 ${plan.env ?? '（未指定）'}`,
    `1. 构建云函数：CITY=${plan.city.id} → dist/functions`,
    `2. 数据库集合 ${plan.collections.length} 个（含索引和权限）：${plan.collections.map((c) => `${c.name}[${typeof c.permission === 'string' ? c.permission : 'CUSTOM'}]`).join(', ')}`,
    `3. 云存储安全规则：${JSON.stringify(plan.storage.rule)}`,
    ...plan.functions.map((f, i) => `${i === 0 ? "4." : "  "} 云函数 ${f.name}：${f.runtime}，超时 ${f.timeout}s，内存 ${f.memorySize}MB${f.triggers.map((t) => `，定时触发器 ${t.name}「${t.config}」`).join('')}`),
    `5. 部门 ${plan.departments.length} 个写入 departments 集合`,
    `6. 管理员：${plan.admin ?? '（不设置，用 --admin <openid>）'}`,
    `7. 静态网站托管：${plan.hosting ? '上传 dist/h5' : '不上传（用 --hosting）'}`,
  ];
}

function run(command: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} 失败（退出码 ${result.status}）`);
}

async function main() {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const json = args.includes('--json');
  const city = resolveCity(args);
  const env = argValue(args, 'env') ?? process.env.TCB_ENV_ID ?? null;
  const plan = deployPlan({ env, city, admin: argValue(args, 'admin') ?? null, hosting: args.includes('--hosting') });

  if (dryRun) {
    console.log(json ? JSON.stringify(plan, null, 2) : describe(plan).join('\n'));
    return;
  }
  if (!plan.env) throw new Error('请用 --env <环境ID> 指明要部署到的云开发环境（云开发控制台 → 环境 ID）');
  const secretId = process.env.TENCENTCLOUD_SECRETID;
  const secretKey = process.env.TENCENTCLOUD_SECRETKEY;
  if (!secretId || !secretKey) throw new Error('请设置 TENCENTCLOUD_SECRETID 和 TENCENTCLOUD_SECRETKEY（腾讯云 访问管理 → API 密钥）');

  describe(plan).forEach((line) => console.log(line));
  const functionsDir = path.join(root, 'dist', 'functions');
  await buildFunctions(city, functionsDir);
  if (plan.hosting) run('npm', ['run', 'build:h5'], { CITY: city, CLOUD_ENV: plan.env });
  const { applyPlan } = await import('./lib/deploy-apply');
  await applyPlan(plan, { credentials: { secretId, secretKey }, functionsDir, h5Dir: path.join(root, 'dist', 'h5'), report: (line) => console.log(`  ${line}`) });
  console.log(`已部署${plan.city.name}到环境 ${plan.env}。`);
}

main().catch((error) => {
  console.error(`部署失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
