import type { Whoami } from '@/hooks/useWhoami';

/** Policy pages are for department staff (the functions check the role again on every call). */
export function isStaff(me: Whoami): boolean {
  return me.roles.includes('staff');
}

export const STAFF_ONLY_MESSAGE = '惠企政策的发布和送达报告只给部门工作人员使用。如需开通，请联系本单位管理员。';

/** Today in Beijing, as YYYY-MM-DD (what the eligibility wording counts years from). */
export function todayInBeijing(): string {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}
