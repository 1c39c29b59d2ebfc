/** Everyone who uses the product holds one or more of these roles. */
export const ROLES = ['citizen', 'helper', 'coordinator', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  citizen: '群众/企业',
  helper: '帮办员',
  coordinator: '帮办调度',
  staff: '部门工作人员',
  admin: '管理员',
};

/** Who may call an action: named roles, or anyone at all (no login needed, e.g. the public 好差评 dashboard). */
export type Access = readonly Role[] | 'public';

export function hasAnyRole(held: readonly Role[], allowed: Access): boolean {
  if (allowed === 'public') return true;
  return allowed.some((role) => held.includes(role));
}
