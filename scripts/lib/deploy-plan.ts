/**
 * The whole deployment as data: what `npm run deploy` creates or corrects in a CloudBase environment, computed
 * from the code's declarations and contacting nothing (`--dry-run --json` prints it; a test holds it against the
 * declarations). permissionOf() and storageRule() are the one place the deploy reads access rules, from their
 * declaration in cloudfunctions/security-rules.ts (the same file the local CloudBase enforces).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COLLECTION_DECLARATIONS, type CollectionDeclaration } from '../../cloudfunctions/collections';
import { collectionPermission, STORAGE_PERMISSION } from '../../cloudfunctions/security-rules';
import { cityById } from '../../shared/config/city';
import { functionConfigFor, functionNames } from '../build-functions';

const root = path.resolve(__dirname, '../..');

/** CloudBase's simple permissions (简易权限) by name. */
export type AclTag = 'READONLY' | 'PRIVATE' | 'ADMINWRITE' | 'ADMINONLY';
/** A custom security rule (安全规则): `read` / `write` expressions, as the console's JSON editor takes them. */
export interface SecurityRule {
  read: string | boolean;
  write: string | boolean;
  [operation: string]: string | boolean;
}
export type CollectionPermission = AclTag | SecurityRule;

/** Functions reach the database with admin rights; clients get nothing unless a collection declares more. */
export const DEFAULT_PERMISSION: AclTag = 'ADMINONLY';
/** Each person reads and writes only the files they uploaded. */
export const DEFAULT_STORAGE_RULE: SecurityRule = { read: 'resource.openid == auth.openid', write: 'resource.openid == auth.openid' };

/** A collection's declared permission (cloudfunctions/security-rules.ts; ADMINONLY unless opened up there). */
export function permissionOf(collection: CollectionDeclaration): CollectionPermission {
  const declared = collectionPermission(collection.name);
  if (declared.acl !== 'CUSTOM') return declared.acl;
  return { read: declared.rule.read ?? false, write: declared.rule.write ?? false };
}

/** The storage bucket's declared rule (creator-only). */
export function storageRule(): SecurityRule {
  if (STORAGE_PERMISSION.acl !== 'CUSTOM') return DEFAULT_STORAGE_RULE;
  return { read: STORAGE_PERMISSION.rule.read ?? false, write: STORAGE_PERMISSION.rule.write ?? false };
}

export interface CloudbaseRcFunction {
  name: string;
  runtime: string;
  handler: string;
  installDependency?: boolean;
  ignore?: string[];
}

export interface PlannedFunction {
  name: string;
  runtime: string;
  handler: string;
  timeout: number;
  memorySize: number;
  envVariables: Record<string, string>;
  triggers: { name: string; type: 'timer'; config: string }[];
  openapi: string[];
}

export interface DeployPlan {
  env: string | null;
  city: { id: string; name: string; regionCode: string };
  collections: { name: string; indexes: { name: string; keys: { field: string; direction: 1 | -1 }[]; unique: boolean }[]; permission: CollectionPermission }[];
  storage: { rule: SecurityRule };
  functions: PlannedFunction[];
  /** Rows written into the departments collection (from cities/<id>.json). */
  departments: { _id: string; name: string; address: string; phone: string; hours: string }[];
  /** The openid given the admin role, or null. */
  admin: string | null;
  /** Whether the H5 build is uploaded to static hosting. */
  hosting: boolean;
}

/** cloudbaserc.json: the runtime and handler of each function (shared with the CLI, `tcb fn deploy`). */
function rcFunctions(): Map<string, CloudbaseRcFunction> {
  const rc: { functions: CloudbaseRcFunction[] } = JSON.parse(readFileSync(path.join(root, 'cloudbaserc.json'), 'utf8'));
  return new Map(rc.functions.map((f) => [f.name, f]));
}

export function deployPlan(options: { env: string | null; city: string; admin?: string | null; hosting?: boolean }): DeployPlan {
  const city = cityById(options.city);
  const rc = rcFunctions();
  return {
    env: options.env,
    city: { id: city.id, name: city.name, regionCode: city.regionCode },
    collections: COLLECTION_DECLARATIONS.map((collection) => ({
      name: collection.name,
      indexes: collection.indexes.map((index) => ({ name: index.name, keys: index.keys, unique: Boolean(index.unique) })),
      permission: permissionOf(collection),
    })),
    storage: { rule: storageRule() },
    functions: functionNames().map((name) => {
      const config = functionConfigFor(name, city);
      const declared = rc.get(name);
      if (!declared) throw new Error(`cloudbaserc.json 里没有云函数 ${name}`);
      return {
        name,
        runtime: declared.runtime,
        handler: declared.handler,
        timeout: config.timeout,
        memorySize: config.memorySize,
        envVariables: config.envVariables,
        triggers: config.triggers,
        openapi: config.permissions.openapi,
      };
    }),
    departments: city.departments.map((d) => ({ _id: d.id, name: d.name, address: d.address, phone: d.phone, hours: d.hours })),
    admin: options.admin ?? null,
    hosting: Boolean(options.hosting),
  };
}
