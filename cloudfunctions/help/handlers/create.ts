import { createHash } from 'node:crypto';
import { beijingDate } from '@shared/calendar/working-days';
import { cityConfig } from '@shared/config/city';
import type { helpContracts } from '@shared/contracts/help';
import { AppError } from '@shared/errors';
import { AUTHORIZATION_TEXT_VERSION } from '@shared/help/authorization';
import { DISABILITY_NEED_CONSENT } from '@shared/help/kinds';
import { submitEntry, SYSTEM_ACTOR, transition, type Actor } from '@shared/help/machine';
import { helpRequestNumber } from '@shared/help/number';
import { FINAL_STATES } from '@shared/help/states';
import { COLLECTIONS } from '../../collections';
import { enforceRateLimit } from '../../_runtime/rate-limit';
import { requireUser, type Handler, type HandlerContext } from '../../_runtime/router';
import { resolveCreateInput } from '../resolve-input';
import { loadRequest, machineRequest } from '../store/requests';
import type { StoredHelpRequest } from '../store/types';
import { requestDetail } from '../views/request-view';

type Create = (typeof helpContracts)['requests.create'];

/** A retried submit (same envelope requestId from the same person) lands on the same document id. */
function idempotentId(openid: string, requestId: string | null): string | null {
  return requestId ? `hr-${createHash('sha256').update(`${openid}\u0000${requestId}`).digest('hex').slice(0, 24)}` : null;
}

function isDuplicateWrite(error: unknown): boolean {
  return /DUPLICATE/i.test(String((error as { code?: unknown })?.code ?? '')) || /duplicate key/i.test(String((error as Error)?.message));
}

async function refuseWhenTooManyActive(ctx: HandlerContext, openid: string): Promise<void> {
  const _ = ctx.db.command;
  const max = cityConfig().help.maxActiveRequestsPerPerson;
  const { total } = (await ctx.db
    .collection(COLLECTIONS.helpRequests)
    .where({ requesterOpenid: openid, state: _.nin([...FINAL_STATES]) })
    .count()) as { total: number };
  if (total >= max) throw new AppError('RATE_LIMITED', `您已有${max}件帮办申请在办理中，请等办结或撤销一件后再申请。`);
}

const view = (doc: StoredHelpRequest, actor: Actor) => requestDetail(doc, { relation: 'requester', actor }, { reveal: false, now: new Date() });

export const createRequest: Handler<Create> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const now = new Date();
  const actor: Actor = { role: 'requester', openid, name: user.name ?? input.contact.name };
  const id = idempotentId(openid, ctx.requestId);
  if (id) {
    const existing = await loadRequest(ctx.db, id);
    if (existing) return view(existing, actor);
  }
  const resolved = resolveCreateInput(input, user, now);
  await refuseWhenTooManyActive(ctx, openid);
  await enforceRateLimit(ctx, 'helpRequests', { now });

  const draft: Omit<StoredHelpRequest, '_id'> = {
    number: helpRequestNumber(beijingDate(now)),
    requesterOpenid: openid,
    enterprise: resolved.enterprise,
    kind: input.kind,
    about: resolved.about,
    description: input.description || null,
    window: resolved.window,
    regionCode: resolved.region.code,
    regionPath: resolved.region.path,
    regionName: resolved.region.name,
    streetAddress: input.streetAddress ?? null,
    contact: { name: input.contact.name, phone: input.contact.phone },
    beneficiary: input.forSomeoneElse
      ? { ...input.forSomeoneElse, consent: { method: input.forSomeoneElse.consent.method, note: input.forSomeoneElse.consent.note ?? null, recordedAt: now } }
      : null,
    specialNeeds: input.specialNeeds,
    language: input.language ?? null,
    disabilityConsent: input.specialNeeds.includes('disability') ? { ...DISABILITY_NEED_CONSENT, at: now } : null,
    authorization: input.authorization ? { ...input.authorization, textVersion: AUTHORIZATION_TEXT_VERSION, confirmedAt: null, confirmations: [] } : null,
    state: 'submitted',
    version: 0,
    helper: null,
    pastHelpers: [],
    openedAt: null,
    startBy: null,
    dueAt: null,
    startedAt: null,
    completedAt: null,
    ratingInvitedAt: null,
    endedAt: null,
    endReason: null,
    escalation: null,
    overdue: null,
    callbacks: [],
    timeline: [submitEntry(actor, now, null)],
    createdAt: now,
    updatedAt: now,
  };
  // 受理 is immediate: a request that passed validation is accepted for service (受理单) and, unless it is 代办
  // awaiting its 委托书, open to helpers from now.
  const received = transition(machineRequest({ ...draft, _id: '' }), { type: 'receive' }, SYSTEM_ACTOR, now);
  if (!received.ok) throw new AppError('INTERNAL');
  const doc: Omit<StoredHelpRequest, '_id'> = {
    ...draft,
    state: received.state,
    version: 1,
    openedAt: input.kind === 'proxy' ? null : now,
    timeline: [...draft.timeline, received.entry],
  };

  let stored: StoredHelpRequest;
  try {
    const { id: newId } = (await ctx.db.collection(COLLECTIONS.helpRequests).add(id ? { _id: id, ...doc } : doc)) as { id: string };
    stored = { ...doc, _id: id ?? newId };
  } catch (error) {
    if (!id || !isDuplicateWrite(error)) throw error;
    const existing = await loadRequest(ctx.db, id);
    if (!existing) throw error;
    return view(existing, actor);
  }
  ctx.log.info('help_request_created', { number: stored.number, kind: stored.kind, region: stored.regionCode, needs: stored.specialNeeds });
  return view(stored, actor);
};
