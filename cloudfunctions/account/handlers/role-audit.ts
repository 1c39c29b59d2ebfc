import { departmentName } from '@shared/departments';
import type { Role } from '@shared/roles';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';

export interface RoleState {
  roles: Role[];
  department: string | null;
}

/** One change of someone's roles as stored in `role_audit_log`: written once, never updated. */
export interface RoleAuditRecord {
  _id: string;
  at: Date;
  byOpenid: string;
  byName: string | null;
  targetOpenid: string;
  targetName: string | null;
  before: RoleState;
  after: RoleState;
  reason: string | null;
}

export async function recordRoleChange(db: Database, entry: Omit<RoleAuditRecord, '_id'>): Promise<void> {
  await db.collection(COLLECTIONS.roleAudit).add(entry);
}

export const departmentView = (id: string | null) => (id ? { id, name: departmentName(id) } : null);

export const sameRoles = (a: RoleState, b: RoleState) =>
  a.department === b.department && a.roles.length === b.roles.length && a.roles.every((role) => b.roles.includes(role));
