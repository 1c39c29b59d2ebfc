import { cityConfig } from '@shared/config/city';
import type { helpContracts } from '@shared/contracts/help';
import { AppError } from '@shared/errors';
import { AUTHORIZATION_TEXT_VERSION, validUntilProblem } from '@shared/help/authorization';
import { requireUser, type Handler } from '../../_runtime/router';
import { requireViewer } from '../access';
import { stepAs } from '../steps';
import { commitOrConflict, loadRequest } from '../store/requests';
import { requestDetail } from '../views/request-view';

/** The requester signs the 委托书 (opening a 代办 request to helpers) or renews it (续办委托书). */
export const confirmAuthorization: Handler<(typeof helpContracts)['requests.confirmAuthorization']> = async (input, ctx) => {
  requireUser(ctx);
  const now = new Date();
  const { doc, viewers } = await requireViewer(ctx, await loadRequest(ctx.db, input.id));
  if (!doc.authorization) throw new AppError('CONFLICT', `这件申请是${doc.kind === 'home_visit' ? '上门' : '帮办'}服务，不需要委托书。`);
  const validUntil = input.validUntil ?? doc.authorization.validUntil;
  const problem = validUntilProblem(validUntil, now, cityConfig().help.maxAuthorizationDays);
  if (problem) throw new AppError('VALIDATION_FAILED', problem, { fields: [{ path: 'validUntil', message: problem }] });

  const type = doc.state === 'received' ? 'authorize' : 'renewAuthorization';
  const requester = viewers.filter((v) => v.relation === 'requester');
  const { step, viewer } = stepAs(doc, requester.length > 0 ? requester : viewers, { type, note: `有效期至${validUntil}` }, now);
  const authorization = {
    ...doc.authorization,
    validUntil,
    textVersion: AUTHORIZATION_TEXT_VERSION,
    confirmedAt: now,
    confirmations: [...doc.authorization.confirmations, { at: now, validUntil, textVersion: AUTHORIZATION_TEXT_VERSION }],
  };
  const written = await commitOrConflict(ctx.db, doc, step, { authorization, openedAt: type === 'authorize' ? now : doc.openedAt }, now);
  ctx.log.info('help_authorization_signed', { number: doc.number, renewal: type === 'renewAuthorization', validUntil });
  return requestDetail(written, viewer, { reveal: false, now });
};
