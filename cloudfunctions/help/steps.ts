/** Taking a step on a request as whichever of the caller's relations may take it, and writing it. */
import type { HelpEvent, HelpEventType, Refusal, Step } from '@shared/help/machine';
import { transition } from '@shared/help/machine';
import type { HandlerContext } from '../_runtime/router';
import type { Viewer } from './access';
import { commitOrConflict, machineRequest, throwRefusal, type StepFields } from './store/requests';
import type { StoredHelpRequest } from './store/types';

/** What a step changes besides the state, the owner and the timeline. */
export function fieldsFor(type: HelpEventType, doc: StoredHelpRequest, event: HelpEvent, now: Date): StepFields {
  switch (type) {
    case 'start':
      return { startedAt: doc.startedAt ?? now };
    case 'complete':
      // 办结 invites the requester to rate (the 好差评 capability reads ratingInvitedAt).
      return { completedAt: now, ratingInvitedAt: now, endedAt: now };
    case 'terminate':
    case 'cancel':
      return { endedAt: now, endReason: event.reason?.trim() || null };
    default:
      return {};
  }
}

/** The first of the caller's relations for which the machine allows the step, or the most specific refusal. */
export function stepAs(doc: StoredHelpRequest, viewers: Viewer[], event: HelpEvent, now: Date): { step: Step; viewer: Viewer } {
  let first: Refusal | null = null;
  for (const viewer of viewers) {
    const result = transition(machineRequest(doc), event, viewer.actor, now);
    if (result.ok) return { step: result, viewer };
    first ??= result;
  }
  throwRefusal(first ?? { ok: false, code: 'FORBIDDEN', message: '您不能办理这件申请。' });
}

/** Applies a step that needs nothing beyond `fieldsFor`, logs it, and returns the request as written. */
export async function takeStep(
  ctx: HandlerContext,
  doc: StoredHelpRequest,
  viewers: Viewer[],
  event: HelpEvent,
): Promise<{ doc: StoredHelpRequest; viewer: Viewer }> {
  const now = new Date();
  const { step, viewer } = stepAs(doc, viewers, event, now);
  const written = await commitOrConflict(ctx.db, doc, step, fieldsFor(event.type, doc, event, now), now);
  ctx.log.info('help_request_step', { number: doc.number, event: event.type, state: step.state, by: viewer.actor.role });
  return { doc: written, viewer };
}
