import { cityConfig } from '@shared/config/city';
import type { helpContracts } from '@shared/contracts/help';
import { AppError } from '@shared/errors';
import { TAKEN_MESSAGE, transition, type Actor } from '@shared/help/machine';
import { helperMatches } from '@shared/help/matching';
import { deadlinesOnOwnership } from '@shared/help/sla';
import { requireUser, type Handler } from '../../_runtime/router';
import { matchRequest } from '../access';
import { matchProfile, requireVerifiedHelper } from '../store/helpers';
import { commitStep, loadRequest, machineRequest, notFound, throwRefusal } from '../store/requests';
import { requestDetail } from '../views/request-view';

/**
 * A helper takes an open request. The write is conditional on the version read, so when many helpers accept at
 * once exactly one write succeeds; every other one is told the request has been taken.
 */
export const acceptRequest: Handler<(typeof helpContracts)['requests.accept']> = async (input, ctx) => {
  const { openid } = requireUser(ctx);
  const helper = await requireVerifiedHelper(ctx.db, openid);
  const doc = await loadRequest(ctx.db, input.id);
  // Outside the helper's areas or skills the request does not exist for them (same answer as requests.get).
  if (!doc || !helperMatches(matchProfile(helper), matchRequest(doc))) throw notFound();

  const now = new Date();
  const actor: Actor = { role: 'helper', openid, name: helper.identity.realName };
  const step = transition(machineRequest(doc), { type: 'accept' }, actor, now);
  if (!step.ok) throwRefusal(step);

  const fields = {
    helper: { openid, name: helper.identity.realName, team: helper.team, via: 'accepted' as const, since: now },
    escalation: null,
    overdue: null,
    ...deadlinesOnOwnership(doc.kind, doc.window, now, cityConfig().help),
  };
  const written = await commitStep(ctx.db, doc, step, fields, now);
  if (!written) {
    const current = await loadRequest(ctx.db, doc._id);
    ctx.log.info('help_accept_lost_race', { number: doc.number, helper: openid });
    if (current?.helper && current.helper.openid !== openid) throw new AppError('CONFLICT', TAKEN_MESSAGE);
    if (current?.state === 'cancelled') throw new AppError('CONFLICT', '申请人已撤销这件申请。');
    throw new AppError('CONFLICT', '这件申请刚刚有了变化，请刷新后查看。');
  }
  ctx.log.info('help_request_accepted', { number: doc.number, helper: openid });
  return requestDetail(written, { relation: 'helper', actor }, { reveal: false, now });
};
