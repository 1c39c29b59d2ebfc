import type { Whoami } from '@/hooks/useWhoami';

export type EnterpriseLink = Whoami['enterprises'][number];

/**
 * The enterprise a page works on: the one named in the page's `code` query when the user represents it,
 * else the first one they represent. (The enterprise's id is its unified social credit code.)
 */
export function chosenEnterprise(me: Whoami, code: string | undefined): EnterpriseLink | null {
  const wanted = code?.toUpperCase();
  return me.enterprises.find((link) => link.enterpriseId === wanted) ?? me.enterprises[0] ?? null;
}

/** Whether the user may use the enterprise pages at all. */
export function representsAnEnterprise(me: Whoami): boolean {
  return me.enterprises.length > 0;
}

/** The RoleGate message for a citizen who has no enterprise yet. */
export const NO_ENTERPRISE_MESSAGE = '企业服务给企业的法定代表人或授权经办人使用。您还没有绑定企业：请由企业法定代表人授权后再来。';
