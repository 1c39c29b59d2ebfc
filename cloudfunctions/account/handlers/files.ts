/** The one door to an upload path: the server picks where each file goes, under the caller's openid. */
import type { accountContracts } from '@shared/contracts/account';
import { requireUser, type Handler } from '../../_runtime/router';
import { uploadPathFor } from '../../_runtime/files';
import { enforceRateLimit } from '../../_runtime/rate-limit';

export const prepareUpload: Handler<(typeof accountContracts)['files.prepareUpload']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  // Every upload starts here, so the per-person upload limit lives here too.
  await enforceRateLimit(ctx, 'uploads', { requestId: null });
  return { items: input.extensions.map((extension) => ({ cloudPath: uploadPathFor(input.area, openid, extension) })) };
};
