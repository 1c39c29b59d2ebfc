import { cityConfig } from '@shared/config/city';
import type { helpContracts } from '@shared/contracts/help';
import { AppError } from '@shared/errors';
import { mismatches } from '@shared/help/matching';
import { deadlinesOnOwnership } from '@shared/help/sla';
import { requireUser, type Handler } from '../../_runtime/router';
import { matchRequest, requireViewer } from '../access';
import { stepAs } from '../steps';
import { loadHelper, matchProfile } from '../store/helpers';
import { commitOrConflict, loadRequest } from '../store/requests';
import { requestDetail } from '../views/request-view';

/** The coordinator assigns an open request, or reassigns an owned one, to a verified helper who fits it. */
export const assignRequest: Handler<(typeof helpContracts)['requests.assign']> = async (input, ctx) => {
  requireUser(ctx);
  const now = new Date();
  const { doc, viewers } = await requireViewer(ctx, await loadRequest(ctx.db, input.id));
  const helper = await loadHelper(ctx.db, input.helperOpenid);
  if (!helper) throw new AppError('NOT_FOUND', '没有找到这位帮办员，请从帮办员名单中选择。');
  const misfits = mismatches(matchProfile(helper), matchRequest(doc));
  if (misfits.length > 0) throw new AppError('CONFLICT', `不能派给这位帮办员：${misfits.join('；')}。`, { mismatches: misfits });

  const coordinator = viewers.filter((v) => v.relation === 'coordinator');
  const assignee = { openid: helper._id, name: helper.identity.realName };
  const { step, viewer } = stepAs(doc, coordinator, { type: 'assign', helper: assignee, note: input.note ?? null }, now);
  const fields = {
    helper: { ...assignee, team: helper.team, via: 'assigned' as const, since: now },
    pastHelpers: doc.helper ? [...doc.pastHelpers, doc.helper.openid] : doc.pastHelpers,
    escalation: null,
    overdue: null,
    ...deadlinesOnOwnership(doc.kind, doc.window, now, cityConfig().help),
  };
  const written = await commitOrConflict(ctx.db, doc, step, fields, now);
  ctx.log.info('help_request_assigned', { number: doc.number, helper: helper._id, reassigned: Boolean(doc.helper) });
  return requestDetail(written, viewer, { reveal: false, now });
};
