import type { helpContracts } from '@shared/contracts/help';
import { requireUser, type Handler } from '../../_runtime/router';
import { requireViewer } from '../access';
import { takeStep } from '../steps';
import { loadRequest } from '../store/requests';
import { requestDetail } from '../views/request-view';

export const cancelRequest: Handler<(typeof helpContracts)['requests.cancel']> = async (input, ctx) => {
  requireUser(ctx);
  const { doc, viewers } = await requireViewer(ctx, await loadRequest(ctx.db, input.id));
  const requester = viewers.filter((v) => v.relation === 'requester');
  const { doc: written, viewer } = await takeStep(ctx, doc, requester.length > 0 ? requester : viewers, { type: 'cancel', reason: input.reason ?? null });
  return requestDetail(written, viewer, { reveal: false, now: new Date() });
};
