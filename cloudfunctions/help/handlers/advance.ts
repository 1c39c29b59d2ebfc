import type { helpContracts } from '@shared/contracts/help';
import { requireUser, type Handler } from '../../_runtime/router';
import { requireViewer } from '../access';
import { takeStep } from '../steps';
import { loadRequest } from '../store/requests';
import { requestDetail } from '../views/request-view';

/** The owning helper's steps, a coordinator's 终止, anyone's 补充说明: the machine decides which relation takes it. */
export const advanceRequest: Handler<(typeof helpContracts)['requests.advance']> = async (input, ctx) => {
  requireUser(ctx);
  const { doc, viewers } = await requireViewer(ctx, await loadRequest(ctx.db, input.id));
  const { doc: written, viewer } = await takeStep(ctx, doc, viewers, { type: input.event, note: input.note ?? null, reason: input.reason ?? null });
  return requestDetail(written, viewer, { reveal: false, now: new Date() });
};
