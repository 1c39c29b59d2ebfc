import { ROLES, type Role } from '@shared/roles';
import type { Database } from './cloudbase';
import { COLLECTIONS } from '../collections';

export interface EnterpriseLink {
  enterpriseId: string;
  name: string;
  relation: 'legal_representative' | 'agent';
}

/** A person as stored in `users` (document _id = openid). */
export interface UserRecord {
  _id: string;
  name: string | null;
  roles: Role[];
  /** Staff always belong to one department. */
  department: string | null;
  enterprises: EnterpriseLink[];
  createdAt: Date;
  updatedAt: Date;
}

function normaliseRoles(value: unknown): Role[] {
  const roles = Array.isArray(value) ? value.filter((r): r is Role => (ROLES as readonly string[]).includes(r)) : [];
  return roles.length > 0 ? roles : ['citizen'];
}

/**
 * CloudBase stamps `_openid` on every document a client (wx.cloud.database()) creates; functions never
 * write it. A users document carrying it was not written by us, so it grants nothing.
 */
function writtenByAClient(doc: Record<string, unknown>): boolean {
  return Object.prototype.hasOwnProperty.call(doc, '_openid');
}

function toUser(doc: Record<string, unknown>): UserRecord {
  const trusted = !writtenByAClient(doc);
  return {
    _id: String(doc._id),
    name: typeof doc.name === 'string' ? doc.name : null,
    roles: trusted ? normaliseRoles(doc.roles) : ['citizen'],
    department: trusted && typeof doc.department === 'string' ? doc.department : null,
    enterprises: trusted && Array.isArray(doc.enterprises) ? (doc.enterprises as EnterpriseLink[]) : [],
    createdAt: doc.createdAt instanceof Date ? doc.createdAt : new Date(0),
    updatedAt: doc.updatedAt instanceof Date ? doc.updatedAt : new Date(0),
  };
}

/**
 * The caller's account; a first call from an unknown openid creates it as a citizen.
 * `set` on the openid-keyed document makes two simultaneous first calls converge on one account.
 *
 * Roles, department and enterprises decide what a caller may do, so the document they come from must be one
 * no client could have written. That holds because `users` is admin-only (cloudfunctions/security-rules.ts:
 * every collection defaults to ADMINONLY, and users has no exception): the mini-program cannot read or write
 * it with wx.cloud.database(), only functions can, and they write roles only through the admin actions.
 * As a second line, a document carrying `_openid` — the stamp CloudBase puts on client-created documents —
 * grants nothing beyond citizen (test/integration/client-access.test.ts).
 */
export async function ensureUser(db: Database, openid: string): Promise<{ user: UserRecord; created: boolean }> {
  const users = db.collection(COLLECTIONS.users);
  const found = await users.doc(openid).get();
  const existing = (found.data as Record<string, unknown>[] | undefined)?.[0];
  if (existing) return { user: toUser(existing), created: false };

  const now = new Date();
  const fresh = { name: null, roles: ['citizen'], department: null, enterprises: [], createdAt: now, updatedAt: now };
  await users.doc(openid).set(fresh);
  return { user: toUser({ _id: openid, ...fresh }), created: true };
}
