import type { InboxItem, policyContracts } from '@shared/contracts/policy';
import { pushConfig } from '@shared/policy/push-config';
import { POLICY_CATEGORY_LABEL, type Policy } from '@shared/policy/policy';
import { iso } from '../../_runtime/read-all';
import { requireUser, type Handler } from '../../_runtime/router';
import { COLLECTIONS } from '../../collections';
import { requireEnterpriseMember } from '../access';
import type { DeliveryDoc } from '../store/deliveries';
import { loadEnterprise } from '../store/enterprises';
import { objectionsFor, objectionView, type ObjectionDoc } from '../store/objections';
import { findPolicy } from '../store/policies';
import { remainingGrants } from '../store/subscriptions';
import { policySummary } from '../views';

const CHANNEL_LABEL = { subscribe: '订阅消息', inbox: '站内消息' } as const;

export function inboxItem(doc: DeliveryDoc, policy: Policy, objection: ObjectionDoc | undefined): InboxItem {
  const channel = doc.channel ?? 'inbox';
  return {
    id: doc._id,
    creditCode: doc.creditCode,
    policy: policySummary(policy),
    summary: doc.summary,
    reasons: doc.reasons,
    grant: doc.grant,
    channel: { value: channel, label: CHANNEL_LABEL[channel] },
    fellBack: doc.fellBack,
    deliveredAt: iso(doc.deliveredAt) ?? iso(doc.createdAt)!,
    readAt: iso(doc.readAt),
    objection: objection ? objectionView(objection) : null,
    canObject: policy.mode === 'no_application' && !objection,
  };
}

/** The enterprise's policy messages, newest first: only what was delivered (not pending, not muted). */
export const listInbox: Handler<(typeof policyContracts)['inbox.list']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  await requireEnterpriseMember(ctx.db, user, input.creditCode, 'inbox');
  const enterprise = await loadEnterprise(ctx.db, input.creditCode);
  const _ = ctx.db.command;
  const where: Record<string, unknown> = { creditCode: input.creditCode, status: _.in(['sent', 'inbox']) };
  if (input.unreadOnly) where.readAt = null;
  const [{ data }, unread] = await Promise.all([
    ctx.db.collection(COLLECTIONS.policyDeliveries).where(where).orderBy('createdAt', 'desc').limit(input.limit).get(),
    ctx.db.collection(COLLECTIONS.policyDeliveries).where({ creditCode: input.creditCode, status: _.in(['sent', 'inbox']), readAt: null }).count(),
  ]);
  const docs = data as DeliveryDoc[];
  const objections = docs.length === 0 ? [] : await objectionsFor(ctx.db, { _id: _.in(docs.map((d) => d._id)) });
  const policies = new Map<string, Policy | null>();
  for (const id of new Set(docs.map((d) => d.policyId))) policies.set(id, await findPolicy(ctx.db, id));
  const items = docs.flatMap((doc) => {
    const policy = policies.get(doc.policyId);
    return policy ? [inboxItem(doc, policy, objections.find((o) => o._id === doc._id))] : [];
  });
  const { templateId } = pushConfig(process.env);
  return {
    items,
    unread: unread.total ?? 0,
    muted: (enterprise.mutedCategories ?? []).map((value) => ({ value, label: POLICY_CATEGORY_LABEL[value] })),
    subscription: { templateId, remaining: await remainingGrants(ctx.db, openid, templateId) },
  };
};
