import type { helpContracts } from '@shared/contracts/help';
import { AppError } from '@shared/errors';
import { authorizationProblem, authorizationText, AUTHORIZATION_SCOPE_LABELS } from '@shared/help/authorization';
import { stateLabel } from '@shared/help/states';
import { COLLECTIONS } from '../../collections';
import { recordAccess } from '../../_runtime/access-log';
import { readAll } from '../../_runtime/read-all';
import { requireUser, type Handler } from '../../_runtime/router';
import { loadHelper } from '../store/helpers';
import type { StoredHelpRequest } from '../store/types';

/** Window staff check the 委托书 a helper presents: who authorised whom, for what, until when, valid now. */
export const checkAuthorization: Handler<(typeof helpContracts)['authorizations.check']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const [doc] = await readAll<StoredHelpRequest>(ctx.db, COLLECTIONS.helpRequests, { number: input.number }, { max: 1 });
  const a = doc?.authorization;
  if (!doc || !a || !a.confirmedAt) throw new AppError('NOT_FOUND', '没有找到这份已签署的代办委托书，请核对帮办编号。');
  const now = new Date();
  const helper = doc.helper ? await loadHelper(ctx.db, doc.helper.openid) : null;
  const problem = authorizationProblem(a, now);
  await recordAccess(ctx.db, {
    subjectOpenid: doc.requesterOpenid,
    viewerOpenid: openid,
    viewerRoles: user.roles,
    fields: ['contact.name', 'authorization'],
    purpose: `窗口核验代办委托书（帮办 ${doc.number}）`,
  });
  ctx.log.info('help_authorization_checked', { number: doc.number, valid: problem === null });
  return {
    number: doc.number,
    state: doc.state,
    stateLabel: stateLabel(doc.state, doc.kind),
    principal: doc.contact.name,
    agent: doc.helper
      ? { name: helper?.identity.realName ?? doc.helper.name, status: helper?.status ?? null, organisation: helper?.organisation ?? null }
      : null,
    authorization: {
      matter: a.matter,
      scope: a.scope.map((s) => ({ value: s, label: AUTHORIZATION_SCOPE_LABELS[s] })),
      validUntil: a.validUntil,
      materials: a.materials,
      text: authorizationText(a, { principal: doc.contact.name, agent: doc.helper?.name ?? null, requestNumber: doc.number }),
      textVersion: a.textVersion,
      confirmedAt: a.confirmedAt.toISOString(),
      valid: problem === null && doc.state !== 'cancelled' && doc.state !== 'terminated',
      problem: problem ?? (doc.state === 'cancelled' || doc.state === 'terminated' ? '这件申请已撤销或终止，委托书不再有效。' : null),
    },
    checkedAt: now.toISOString(),
  };
};
