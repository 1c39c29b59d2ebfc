/**
 * The `policy_deliveries` document: one per (policy, enterprise), _id = deliveryId(policyId, creditCode). Built here
 * (pure) so the push job and the demo seed write the same shape.
 */
import type { MatchResult } from './match';
import type { Policy, PolicyCategory, PolicyMode } from './policy';
import { deliveryId, grantNotice, qualifyingReasons, type GrantNotice } from './push-message';

export const DELIVERY_STATUSES = ['pending', 'sent', 'inbox', 'muted'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
export type DeliveryChannelValue = 'subscribe' | 'inbox';

export interface DeliveryDoc<D = Date> {
  _id: string;
  policyId: string;
  policyVersion: number;
  creditCode: string;
  enterpriseName: string;
  category: PolicyCategory;
  mode: PolicyMode;
  status: DeliveryStatus;
  channel: DeliveryChannelValue | null;
  /** A subscribe message was refused (43101 / other WeChat errors) and the item went to the inbox instead. */
  fellBack: boolean;
  /** The WeChat error of the last refused attempt. */
  lastError: number | null;
  attempts: number;
  /** A pending delivery may be retried by a later run from this instant (a live run finishes well before it). */
  retryAfter: D;
  /** Why it qualifies, as the inbox shows it (frozen at delivery: the message is what was said then). */
  summary: string;
  reasons: string[];
  grant: GrantNotice | null;
  createdAt: D;
  deliveredAt: D | null;
  readAt: D | null;
}

/** A new delivery for a qualifying pair, 'pending' (or 'muted' when the enterprise muted the category). */
export function newDelivery(
  policy: Policy,
  enterprise: { creditCode: string; name: string },
  result: MatchResult,
  options: { muted: boolean; now: Date; retryAfter: Date },
): DeliveryDoc {
  return {
    _id: deliveryId(policy.id, enterprise.creditCode),
    policyId: policy.id,
    policyVersion: policy.version,
    creditCode: enterprise.creditCode,
    enterpriseName: enterprise.name,
    category: policy.category,
    mode: policy.mode,
    status: options.muted ? 'muted' : 'pending',
    channel: null,
    fellBack: false,
    lastError: null,
    attempts: 0,
    retryAfter: options.retryAfter,
    summary: result.summary,
    reasons: qualifyingReasons(result),
    grant: grantNotice(policy),
    createdAt: options.now,
    deliveredAt: null,
    readAt: null,
  };
}
