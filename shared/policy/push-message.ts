/**
 * What a push says: the delivery id that makes it unique, the reasons an enterprise qualifies, the 免申即享 notice
 * ("what will be granted, and when"), and the subscribe-message fields within WeChat's length limits (domain.md §5).
 * Pure, so the push job, the seed and the tests build exactly the same words.
 */
import type { MatchResult } from './match';
import { describeAmount, POLICY_MODE_LABEL, type Policy } from './policy';

/**
 * One delivery per enterprise and policy, whatever the version: the id is the dedup key, so creating the document
 * before sending is what makes a re-run (or a run racing another) never send twice.
 */
export function deliveryId(policyId: string, creditCode: string): string {
  return `${policyId}~${creditCode}`;
}

export function parseDeliveryId(id: string): { policyId: string; creditCode: string } {
  const at = id.lastIndexOf('~');
  return { policyId: id.slice(0, at), creditCode: id.slice(at + 1) };
}

/** The sentences of the criteria the enterprise meets. */
export function qualifyingReasons(result: MatchResult): string[] {
  return result.criteria.filter((c) => c.verdict === 'met').map((c) => c.text);
}

export interface GrantNotice {
  what: string;
  when: string;
}

/** 免申即享 only: what the enterprise will receive without applying, and when; null for other modes. */
export function grantNotice(policy: Pick<Policy, 'mode' | 'benefit' | 'payoutBy' | 'issuingDepartment'>): GrantNotice | null {
  if (policy.mode !== 'no_application') return null;
  const amount = policy.benefit.amount ? `（${describeAmount(policy.benefit.amount)}）` : '';
  const when = policy.payoutBy
    ? `${policy.issuingDepartment}联审并公示后，于 ${policy.payoutBy} 前直接发放，无需申请`
    : `${policy.issuingDepartment}联审并公示后直接发放，无需申请；发放时间以公示为准`;
  return { what: `${policy.benefit.text}${amount}`, when };
}

/** Cuts to at most `max` characters (by code point), marking the cut with '…'. */
export function fitText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The subscribe-message keywords of the policy template: thing1 policy title, thing2 benefit, phrase3 mode,
 * thing4 a hint. `thing` ≤ 20 characters, `phrase` ≤ 5 (WeChat rejects longer values with 47003).
 */
export function subscribeMessageData(policy: Pick<Policy, 'title' | 'benefit' | 'mode'>): Record<string, { value: string }> {
  return {
    thing1: { value: fitText(policy.title, 20) },
    thing2: { value: fitText(policy.benefit.text, 20) },
    phrase3: { value: POLICY_MODE_LABEL[policy.mode] },
    thing4: { value: policy.mode === 'no_application' ? '无需申请，可查看发放说明' : '点击查看符合条件的原因' },
  };
}

/** The page a subscribe message opens: the enterprise's inbox. */
export const INBOX_PAGE = 'packages/enterprise/pages/index/index';
