import type { helpContracts } from '@shared/contracts/help';
import { AppError } from '@shared/errors';
import { REPLY_RATING_LABELS } from '@shared/feedback/feedback';
import { COLLECTIONS } from '../../collections';
import { requireUser, type Handler } from '../../_runtime/router';
import { requireViewer } from '../access';
import { stepAs } from '../steps';
import { loadRequest, notFound } from '../store/requests';
import type { StoredCallback } from '../store/types';
import { awaitingCallback, requestDetail } from '../views/request-view';

/** 事后回访: the coordinator calls the requester after 办结 or 终止; an unanswered call can be tried again. */
export const recordCallback: Handler<(typeof helpContracts)['requests.recordCallback']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const now = new Date();
  const { doc, viewers } = await requireViewer(ctx, await loadRequest(ctx.db, input.id));
  const coordinator = viewers.filter((v) => v.relation === 'coordinator');
  if (coordinator.length === 0) throw notFound();
  if ((doc.state === 'completed' || doc.state === 'terminated') && !awaitingCallback(doc)) {
    throw new AppError('CONFLICT', '这件申请已经回访过了。');
  }
  const summary = input.reached ? `已联系上，${REPLY_RATING_LABELS[input.satisfaction!]}` : '未联系上';
  const note = input.note ? `${summary}：${input.note}` : summary;
  const { step, viewer } = stepAs(doc, coordinator, { type: 'callback', note }, now);
  const callback: StoredCallback = {
    at: now,
    byOpenid: openid,
    byName: user.name,
    reached: input.reached,
    satisfaction: input.reached ? input.satisfaction! : null,
    note: input.note ?? null,
  };
  const _ = ctx.db.command;
  // Only while no successful callback is recorded: two coordinators calling back at once cannot both record one.
  const { updated } = (await ctx.db
    .collection(COLLECTIONS.helpRequests)
    .where({ _id: doc._id, state: doc.state, 'callbacks.reached': _.neq(true) })
    .update({ callbacks: _.push([callback]), timeline: _.push([step.entry]), updatedAt: now })) as { updated?: number };
  if (!updated) throw new AppError('CONFLICT', '这件申请已经回访过了。');
  ctx.log.info('help_callback_recorded', { number: doc.number, reached: input.reached });
  return requestDetail({ ...doc, callbacks: [...doc.callbacks, callback], timeline: [...doc.timeline, step.entry], updatedAt: now }, viewer, { reveal: false, now });
};
