/**
 * Who may act for an enterprise (issue 11): a legal representative bound by proof of identity (or a 市场监管
 * approval), and 经办人 named by the legal representative with a scope and an expiry date. Pure: the functions
 * pass in today's Beijing date.
 */
import type { CalendarDate } from './calendar-date';

export const AGENT_SCOPES = ['inbox', 'profile', 'apply'] as const;
export type AgentScope = (typeof AGENT_SCOPES)[number];
export const AGENT_SCOPE_LABEL: Record<AgentScope, string> = {
  inbox: '政策消息（查看、已读、屏蔽类别）',
  profile: '修改企业档案',
  apply: '申请与异议（免申即享异议等）',
};

export const BINDING_REQUEST_STATUSES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export type BindingRequestStatus = (typeof BINDING_REQUEST_STATUSES)[number];
export const BINDING_REQUEST_STATUS_LABEL: Record<BindingRequestStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  refused: '未通过',
  withdrawn: '已撤回',
};

/** One person bound to an enterprise, as kept in the enterprise document's `members`. */
export interface EnterpriseMemberRecord {
  openid: string;
  relation: 'legal_representative' | 'agent';
  /** Agents only: what they may do. Legal representatives may do everything. */
  scopes?: AgentScope[];
  /** Agents only: the last day (Beijing, inclusive) the authorisation holds. */
  expiresOn?: CalendarDate;
  name?: string | null;
  boundAt?: Date | string;
}

/** What an action needs: 'read' is the enterprise's profile and the 政策计算器 (every bound person). */
export type EnterpriseNeed = 'read' | AgentScope;

/** Why a member may not do something now; null when they may. */
export function memberRefusal(member: EnterpriseMemberRecord, need: EnterpriseNeed, today: CalendarDate): 'expired' | 'scope' | null {
  if (member.relation === 'legal_representative') return null;
  if (member.expiresOn && member.expiresOn < today) return 'expired';
  if (need === 'read') return null;
  return (member.scopes ?? []).includes(need) ? null : 'scope';
}

/** Name and 身份证号 as a person states them vs. as a register records them (ignoring spaces and the case of X). */
export function sameIdentity(a: { name: string; idNumber: string }, b: { name: string; idNumber: string }): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '').toUpperCase();
  return norm(a.name) === norm(b.name) && norm(a.idNumber) === norm(b.idNumber) && norm(a.name) !== '';
}

/** One-time authorisation codes: 8 characters without look-alikes (0/O, 1/I/L), valid for three days. */
export const AUTH_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const AUTH_CODE_LENGTH = 8;
export const AUTH_CODE_VALID_HOURS = 72;
