import type { OutputOf } from '@shared/contract';
import type { api } from '@/api';
import { roleLabel } from '@/roles';

export type FoundUser = OutputOf<(typeof api.account)['users.find']>['items'][number];
export type AuditEntry = OutputOf<(typeof api.account)['audit.list']>['items'][number];

/** 「部门工作人员（税务局）、帮办员」: roles in words, the department beside the staff role. */
export function describeRoles(state: { roles: FoundUser['roles']; department: FoundUser['department'] }): string {
  return state.roles.map((role) => (role === 'staff' && state.department ? `${roleLabel(role)}（${state.department.name}）` : roleLabel(role))).join('、');
}

export const personName = (person: { name: string | null }) => person.name ?? '未填写姓名的用户';
