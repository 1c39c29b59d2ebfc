/**
 * Puts a DeployPlan into a real CloudBase environment with the management SDK (@cloudbase/manager-node, what
 * the CloudBase CLI itself uses) and the server SDK for the two data rows. Every step reads first and changes
 * only what differs, so a second run over a correct environment changes nothing.
 * Not exercised here: no Tencent host is reachable from the workplace (DEPLOY.md says what was verified).
 */
import tcb from '@cloudbase/node-sdk';
import CloudBase from '@cloudbase/manager-node';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { CollectionPermission, DeployPlan, PlannedFunction, SecurityRule } from './deploy-plan';

type Manager = InstanceType<typeof CloudBase>;
export type Report = (line: string) => void;

export interface Credentials {
  secretId: string;
  secretKey: string;
}

/** How a permission travels in ModifySafeRule / DescribeSafeRule: a simple tag, or CUSTOM with the rule as JSON. */
function aclOf(permission: CollectionPermission): { AclTag: string; Rule?: string } {
  return typeof permission === 'string' ? { AclTag: permission } : { AclTag: 'CUSTOM', Rule: JSON.stringify(permission) };
}

function sameRule(stored: string | null | undefined, wanted: string | undefined): boolean {
  if (!wanted) return true;
  try {
    return JSON.stringify(JSON.parse(stored ?? 'null')) === JSON.stringify(JSON.parse(wanted));
  } catch {
    return false;
  }
}

async function ensureCollections(manager: Manager, plan: DeployPlan, report: Report) {
  const env = plan.env!;
  for (const collection of plan.collections) {
    const { IsCreated } = (await manager.database.createCollectionIfNotExists(collection.name)) as { IsCreated?: boolean };
    const missing = [];
    for (const index of collection.indexes) {
      const { Exists } = await manager.database.checkIndexExists(collection.name, index.name);
      if (!Exists) {
        missing.push({
          IndexName: index.name,
          MgoKeySchema: { MgoIsUnique: index.unique, MgoIndexKeys: index.keys.map((key) => ({ Name: key.field, Direction: String(key.direction) })) },
        });
      }
    }
    if (missing.length > 0) await manager.database.updateCollection(collection.name, { CreateIndexes: missing } as never);
    const wanted = aclOf(collection.permission);
    const current = (await manager.commonService().call({ Action: 'DescribeSafeRule', Param: { EnvId: env, CollectionName: collection.name } })) as { AclTag?: string; Rule?: string | null };
    const permissionRight = current.AclTag === wanted.AclTag && sameRule(current.Rule, wanted.Rule);
    if (!permissionRight) await manager.commonService().call({ Action: 'ModifySafeRule', Param: { EnvId: env, CollectionName: collection.name, ...wanted } });
    const changes = [IsCreated ? 'created' : null, missing.length ? `${missing.length} index(es) created` : null, permissionRight ? null : `permission → ${wanted.AclTag}`].filter(Boolean);
    report(`collection ${collection.name}: ${changes.length ? changes.join(', ') : 'unchanged'}`);
  }
}

async function ensureStorageRule(manager: Manager, plan: DeployPlan, report: Report) {
  const { EnvInfo } = await manager.env.getEnvInfo();
  const bucket = EnvInfo.Storages?.[0]?.Bucket;
  if (!bucket) throw new Error('这个环境还没有开通云存储：请在云开发控制台开通后再部署');
  const wanted = aclOf(plan.storage.rule as SecurityRule);
  const current = (await manager.commonService().call({ Action: 'DescribeStorageSafeRule', Param: { EnvId: plan.env, Bucket: bucket } })) as { AclTag?: string; Rule?: string | null };
  if (current.AclTag === wanted.AclTag && sameRule(current.Rule, wanted.Rule)) return report('storage rule: unchanged');
  await manager.commonService().call({ Action: 'ModifyStorageSafeRule', Param: { EnvId: plan.env, Bucket: bucket, ...wanted } });
  report('storage rule: updated');
}

/** The bundle's fingerprint, kept in the function's environment so the next run can tell whether the code changed. */
export function bundleHash(functionsDir: string, name: string): string {
  const hash = createHash('sha256');
  for (const file of ['index.js', 'package.json']) hash.update(readFileSync(path.join(functionsDir, name, file)));
  return hash.digest('hex').slice(0, 16);
}

async function functionDetail(manager: Manager, name: string) {
  try {
    return await manager.functions.getFunctionDetail(name);
  } catch (error) {
    if (/ResourceNotFound|not ?found|不存在/i.test(String((error as { code?: string }).code ?? '') + String((error as Error).message))) return null;
    throw error;
  }
}

/** SCF reports a timer's schedule as `{"cron":"…"}` (GetFunction) or as the bare expression: compare the cron. */
function cronOf(desc: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(desc ?? '');
    return typeof parsed?.cron === 'string' ? parsed.cron : desc;
  } catch {
    return desc;
  }
}

async function ensureFunction(manager: Manager, fn: PlannedFunction, functionsDir: string, report: Report) {
  const envVariables = { ...fn.envVariables, BUNDLE_SHA256: bundleHash(functionsDir, fn.name) };
  const func = { name: fn.name, runtime: fn.runtime, handler: fn.handler, timeout: fn.timeout, memorySize: fn.memorySize, envVariables, installDependency: true, ignore: ['node_modules'], triggers: fn.triggers };
  const detail = await functionDetail(manager, fn.name);
  if (!detail) {
    await manager.functions.createFunction({ func, functionRootPath: functionsDir, force: false });
    return report(`function ${fn.name}: created with ${fn.triggers.length} trigger(s)`);
  }
  const stored = Object.fromEntries((detail.Environment?.Variables ?? []).map((v: { Key: string; Value: string }) => [v.Key, v.Value]));
  const changes: string[] = [];
  if (stored.BUNDLE_SHA256 !== envVariables.BUNDLE_SHA256) {
    await manager.functions.updateFunctionCode({ func, functionRootPath: functionsDir });
    await manager.functions.waitFunctionActive(fn.name);
    changes.push('code');
  }
  const configRight =
    detail.Timeout === fn.timeout &&
    detail.MemorySize === fn.memorySize &&
    detail.Runtime === fn.runtime &&
    JSON.stringify(Object.entries(stored).sort()) === JSON.stringify(Object.entries(envVariables).sort());
  if (!configRight) {
    await manager.functions.updateFunctionConfig(func);
    await manager.functions.waitFunctionActive(fn.name);
    changes.push('configuration');
  }
  const triggers = new Map((detail.Triggers ?? []).filter((t) => t.Type === 'timer').map((t) => [t.TriggerName, cronOf(t.TriggerDesc)]));
  for (const trigger of fn.triggers) {
    const current = triggers.get(trigger.name);
    if (current === trigger.config) continue;
    if (current !== undefined) await manager.functions.deleteFunctionTrigger(fn.name, trigger.name);
    await manager.functions.createFunctionTriggers(fn.name, [trigger]);
    changes.push(`timer ${trigger.name} (${trigger.config})`);
  }
  report(`function ${fn.name}: ${changes.length ? `updated ${changes.join(', ')}` : 'unchanged'}`);
}

/** The city's departments and the first administrator, written only where the stored row differs. */
async function ensureRows(plan: DeployPlan, credentials: Credentials, report: Report) {
  const db = tcb.init({ env: plan.env!, ...credentials }).database();
  const departments = db.collection('departments');
  let written = 0;
  for (const { _id, ...row } of plan.departments) {
    const stored = ((await departments.doc(_id).get()).data as Record<string, unknown>[] | undefined)?.[0];
    if (stored && Object.entries(row).every(([key, value]) => stored[key] === value)) continue;
    await departments.doc(_id).set(row);
    written += 1;
  }
  report(`departments: ${written ? `${written} written` : 'unchanged'}`);
  if (!plan.admin) return;
  const users = db.collection('users');
  const user = ((await users.doc(plan.admin).get()).data as { roles?: string[] }[] | undefined)?.[0];
  if (user?.roles?.includes('admin')) return report(`admin ${plan.admin}: unchanged`);
  const now = new Date();
  if (user) await users.doc(plan.admin).update({ roles: [...(user.roles ?? []), 'admin'], updatedAt: now });
  else await users.doc(plan.admin).set({ name: null, roles: ['admin'], department: null, enterprises: [], createdAt: now, updatedAt: now });
  report(`admin ${plan.admin}: granted`);
}

function localFiles(dir: string, prefix = ''): { localPath: string; cloudPath: string }[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? localFiles(full, `${prefix}${entry}/`) : [{ localPath: full, cloudPath: `${prefix}${entry}` }];
  });
}

/** Uploads the files of the H5 build whose content differs from what hosting holds (COS ETag = MD5 of the file). */
async function ensureHosting(manager: Manager, h5Dir: string, report: Report) {
  const stored = new Map((await manager.hosting.listFiles()).map((f) => [f.Key, String((f as { ETag?: string }).ETag ?? '').replace(/"/g, '')]));
  const changed = localFiles(h5Dir).filter((file) => stored.get(file.cloudPath) !== createHash('md5').update(readFileSync(file.localPath)).digest('hex'));
  if (changed.length > 0) await manager.hosting.uploadFiles({ files: changed });
  report(`hosting: ${changed.length ? `${changed.length} file(s) uploaded` : 'unchanged'}`);
}

export async function applyPlan(plan: DeployPlan, options: { credentials: Credentials; functionsDir: string; h5Dir: string; report: Report }) {
  const manager = new CloudBase({ ...options.credentials, envId: plan.env! });
  await ensureCollections(manager, plan, options.report);
  await ensureStorageRule(manager, plan, options.report);
  for (const fn of plan.functions) await ensureFunction(manager, fn, options.functionsDir, options.report);
  await ensureRows(plan, options.credentials, options.report);
  if (plan.hosting) await ensureHosting(manager, options.h5Dir, options.report);
}
