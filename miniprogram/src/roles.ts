import { ROLE_LABELS, type Role } from '@shared/roles';
import type { Whoami } from './hooks/useWhoami';
import { ROUTES, type Route } from './routes';

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

export const RELATION_LABELS: Record<Whoami['enterprises'][number]['relation'], string> = {
  legal_representative: '法定代表人',
  agent: '授权经办人',
};

export interface Workbench {
  key: 'enterprise' | 'helper' | 'staff';
  title: string;
  description: string;
  route: Route;
}

/** The workbenches (subpackages) this user may open, from who they are. */
export function workbenchesFor(me: Pick<Whoami, 'roles' | 'enterprises'>): Workbench[] {
  const list: Workbench[] = [];
  if (me.enterprises.length > 0) {
    list.push({ key: 'enterprise', title: '企业服务', description: '惠企政策、企业办事、经办人授权', route: ROUTES.enterprise });
  }
  if (me.roles.includes('helper')) {
    list.push({ key: 'helper', title: '帮办工作台', description: '接单、上门服务、服务记录', route: ROUTES.helper });
  }
  if (me.roles.some((role) => role === 'staff' || role === 'coordinator' || role === 'admin')) {
    list.push({ key: 'staff', title: '工作台', description: staffWorkbenchHint(me.roles), route: ROUTES.staff });
  }
  return list;
}

function staffWorkbenchHint(roles: readonly Role[]): string {
  const parts: string[] = [];
  if (roles.includes('staff')) parts.push('部门审批');
  if (roles.includes('coordinator')) parts.push('帮办调度');
  if (roles.includes('admin')) parts.push('系统管理');
  return parts.join('、');
}
