import type { policyContracts } from '@shared/contracts/policy';
import { AppError } from '@shared/errors';
import { parseDeliveryId } from '@shared/policy/push-message';
import { getById } from '../../_runtime/read-all';
import { requireUser, type Handler } from '../../_runtime/router';
import { COLLECTIONS } from '../../collections';
import { requireEnterpriseMember } from '../access';
import type { DeliveryDoc } from '../store/deliveries';

/** Marks a message read; the first reading time stays. */
export const markRead: Handler<(typeof policyContracts)['inbox.markRead']> = async (input, ctx) => {
  const { user } = requireUser(ctx);
  await requireEnterpriseMember(ctx.db, user, parseDeliveryId(input.id).creditCode, 'inbox');
  const doc = await getById<DeliveryDoc>(ctx.db, COLLECTIONS.policyDeliveries, input.id);
  if (!doc || (doc.status !== 'sent' && doc.status !== 'inbox')) throw new AppError('NOT_FOUND', '没有找到这条政策消息。');
  if (doc.readAt) return { id: doc._id, readAt: doc.readAt.toISOString() };
  const now = new Date();
  await ctx.db.collection(COLLECTIONS.policyDeliveries).where({ _id: doc._id, readAt: null }).update({ readAt: now });
  const after = await getById<DeliveryDoc>(ctx.db, COLLECTIONS.policyDeliveries, input.id);
  return { id: doc._id, readAt: (after?.readAt ?? now).toISOString() };
};
