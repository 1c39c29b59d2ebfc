/**
 * CloudBase access rules for client-side access (the mini-program's wx.cloud.*): the four basic levels
 * READONLY / PRIVATE / ADMINWRITE / ADMINONLY and CUSTOM security rules whose `read` / `write` are
 * booleans or one of the owner / signed-in expressions below. The admin side (`/admin`, i.e. functions and
 * scripts) is never restricted, as on CloudBase.
 */
import { isPlainObject } from '../database/ejson';

export type BasicAcl = 'READONLY' | 'PRIVATE' | 'ADMINWRITE' | 'ADMINONLY';
export const BASIC_ACLS: readonly BasicAcl[] = ['READONLY', 'PRIVATE', 'ADMINWRITE', 'ADMINONLY'];

/**
 * What one operation is allowed: everyone, nobody, any signed-in caller, or only the creator of the
 * document / file (its `_openid` / owner).
 */
export type Grant = 'all' | 'none' | 'signed-in' | 'owner';

export interface AccessRule {
  /** As declared (for messages and the collections listing). */
  acl: BasicAcl | 'CUSTOM';
  read: Grant;
  write: Grant;
}

const BASIC: Record<BasicAcl, Pick<AccessRule, 'read' | 'write'>> = {
  READONLY: { read: 'all', write: 'owner' },
  PRIVATE: { read: 'owner', write: 'owner' },
  ADMINWRITE: { read: 'all', write: 'none' },
  ADMINONLY: { read: 'none', write: 'none' },
};

/** The default when nothing is declared: only the admin side touches it (CloudBase's safest level). */
export const ADMIN_ONLY: AccessRule = { acl: 'ADMINONLY', ...BASIC.ADMINONLY };

/** Owner expressions for documents (`doc._openid`) and files (`resource.openid`), either way round. */
const OWNER_EXPRESSIONS = [/^doc\._openid\s*==\s*auth\.(openid|uid)$/, /^auth\.(openid|uid)\s*==\s*doc\._openid$/, /^resource\.openid\s*==\s*auth\.(openid|uid)$/, /^auth\.(openid|uid)\s*==\s*resource\.openid$/];

function grantOf(value: unknown, where: string): Grant {
  if (value === undefined || value === false) return 'none'; // a missing operation defaults to false
  if (value === true) return 'all';
  if (typeof value === 'string') {
    const expression = value.trim();
    if (expression === 'true') return 'all';
    if (expression === 'false') return 'none';
    if (expression === 'auth != null') return 'signed-in';
    if (OWNER_EXPRESSIONS.some((re) => re.test(expression))) return 'owner';
  }
  throw new Error(
    `${where}: security-rule expression ${JSON.stringify(value)} is not emulated (use true, false, "auth != null", "doc._openid == auth.openid" or "resource.openid == auth.openid")`,
  );
}

/** Reads a declaration: `{acl: 'ADMINONLY'}`, `{acl: 'CUSTOM', rule: {read, write}}`, or absent (admin-only). */
export function parseAccessRule(raw: unknown, where: string): AccessRule {
  if (raw === undefined || raw === null) return ADMIN_ONLY;
  if (!isPlainObject(raw) || typeof raw.acl !== 'string') throw new Error(`${where}: a permission must be {acl: ${BASIC_ACLS.join('|')}|CUSTOM, rule?}`);
  const acl = raw.acl.toUpperCase();
  if ((BASIC_ACLS as readonly string[]).includes(acl)) return { acl: acl as BasicAcl, ...BASIC[acl as BasicAcl] };
  if (acl === 'CUSTOM') {
    if (!isPlainObject(raw.rule)) throw new Error(`${where}: a CUSTOM permission needs rule: {read, write}`);
    return { acl: 'CUSTOM', read: grantOf(raw.rule.read, `${where} read`), write: grantOf(raw.rule.write, `${where} write`) };
  }
  throw new Error(`${where}: unknown permission level "${raw.acl}" (${BASIC_ACLS.join(', ')} or CUSTOM)`);
}

/** Whether `caller` (undefined = not signed in) may act at all under `grant`; 'owner' still needs the owner check. */
export function mayAttempt(grant: Grant, caller: string | undefined): boolean {
  if (grant === 'all') return true;
  if (grant === 'none') return false;
  return caller !== undefined;
}
