/**
 * Who may touch each collection and the storage bucket from the client side (wx.cloud.database(),
 * wx.cloud.uploadFile …), in CloudBase's own vocabulary. Functions use the admin SDK and are never
 * restricted: these rules only decide what a mini-program can do without going through a function.
 *
 * Basic levels (the console's 数据库权限 / 云存储权限, `tcb permission set --level …`):
 * - READONLY   所有用户可读，仅创建者及管理员可写
 * - PRIVATE    仅创建者及管理员可读写
 * - ADMINWRITE 所有用户可读，仅管理员可写
 * - ADMINONLY  仅管理员可读写（客户端无权限）
 * or CUSTOM with a security-rule JSON (`{"read": …, "write": …}`).
 *
 * The default is ADMINONLY: every collection is reached only through functions, which check identity and
 * role. A collection needs an entry in COLLECTION_PERMISSIONS only to be opened up, so new collections in
 * collections.ts are admin-only without touching this file.
 */
export type BasicAcl = 'READONLY' | 'PRIVATE' | 'ADMINWRITE' | 'ADMINONLY';

/** A CloudBase security rule: each operation true, false or an expression such as "auth != null". */
export interface SecurityRule {
  read?: boolean | string;
  write?: boolean | string;
}

export type Permission = { acl: BasicAcl } | { acl: 'CUSTOM'; rule: SecurityRule };

export const DEFAULT_COLLECTION_PERMISSION: Permission = { acl: 'ADMINONLY' };

/**
 * Exceptions to the admin-only default, by collection name. None opens anything up: every collection goes through
 * functions. A few are named here only to say they must stay admin-only whatever the default becomes.
 */
export const COLLECTION_PERMISSIONS: Readonly<Record<string, Permission>> = {
  // Who changed whose roles: written only by account → users.setRoles, read only through audit.list (admins).
  role_audit_log: { acl: 'ADMINONLY' },
};

export function collectionPermission(name: string): Permission {
  return Object.prototype.hasOwnProperty.call(COLLECTION_PERMISSIONS, name) ? COLLECTION_PERMISSIONS[name] : DEFAULT_COLLECTION_PERMISSION;
}

/**
 * Storage: a client reads, overwrites and deletes only the files it uploaded itself (仅创建者及管理员可读写);
 * staff see other people's files only through a function that checks access and hands out a short-lived URL.
 */
export const STORAGE_PERMISSION: Permission = {
  acl: 'CUSTOM',
  rule: { read: 'resource.openid == auth.openid', write: 'resource.openid == auth.openid' },
};
