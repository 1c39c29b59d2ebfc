/**
 * One (enterprise, policy) delivery: a subscribe message to a bound member who has a grant left, else the inbox.
 * WeChat's answers: 0 sent; 43101 (no grant after all) → inbox; 45009 (slow down) → stays pending for the next run,
 * grant given back, and the rest of the run sends no more subscribe messages (they wait too; sends already on their
 * way when the answer came may meet 45009 as well and wait the same way); anything else → inbox.
 *
 * Exactly once: the delivery document (_id = policy~enterprise) is the idempotency key. A new pair's document is
 * created only once it is known where it goes: straight as 'inbox', or 'pending' claimed by this run and marked as
 * being sent (`sendStartedAt`) before the message goes out. Every later move from 'pending' is conditional. A pair
 * whose message a gone run may have sent goes to the inbox: never two messages for one pair. (Each write counts:
 * the database commits them one by one, so a subscribe message costs three — grant, create, settle.)
 */
import type { PushConfig } from '@shared/policy/push-config';
import { INBOX_PAGE, subscribeMessageData } from '@shared/policy/push-message';
import type { Policy } from '@shared/policy/policy';
import type { Database } from '../../_runtime/cloudbase';
import { createDelivery, settleDelivery } from '../store/deliveries';
import type { EnterpriseMember } from '../store/enterprises';
import { clearGrants, remainingGrants, returnGrant, takeGrant } from '../store/subscriptions';
import type { ClaimedDelivery, RunLease } from './claims';
import type { FirstAnswer } from './first-answer';
import type { Place } from './in-order';
import type { Pacer } from './pacer';
import { sendSubscribeMessage } from './wechat';

/** 'exists': another run created this pair first (it delivers it). */
export type DeliveryOutcome = 'subscribe' | 'inbox' | 'fell_back' | 'retry_later' | 'lost_race' | 'exists';

export const NO_GRANT = 43101;
export const RATE_LIMITED = 45009;

export interface DeliverDeps {
  db: Database;
  config: PushConfig;
  pacer: Pacer;
  lease: RunLease;
  firstAnswer: FirstAnswer;
  now: Date;
  /** Set once WeChat answered 45009 in this run: no more subscribe messages until the next run. */
  throttled: boolean;
}

/**
 * A qualifying pair without a document yet. `place`: its place in the send order (left as soon as it has its
 * instant or will not send).
 */
export async function deliverNew(deps: DeliverDeps, place: Place, draft: ClaimedDelivery, members: EnterpriseMember[], policy: Policy): Promise<DeliveryOutcome> {
  const { db, config, lease, now } = deps;
  if (deps.throttled && (await anyGrant(db, members, config.templateId))) {
    // WeChat asked us to slow down: keep it for the next run rather than spend the grant on another refusal.
    place.leave();
    return (await createDelivery(db, { ...draft, claimedBy: null } as ClaimedDelivery)) ? 'retry_later' : 'exists';
  }
  const recipient = await takeAnyGrant(db, members, config.templateId);
  if (!recipient) {
    place.leave();
    const inbox = { ...draft, status: 'inbox', channel: 'inbox', attempts: 1, deliveredAt: new Date(), claimedBy: null } as ClaimedDelivery;
    return (await createDelivery(db, inbox)) ? 'inbox' : 'exists';
  }
  if (!(await createDelivery(db, { ...draft, claimedBy: lease.runId, sendStartedAt: new Date() } as ClaimedDelivery))) {
    place.leave();
    await returnGrant(db, recipient, config.templateId);
    return 'exists';
  }
  return send(deps, place, draft, recipient, policy);
}

/** A pending pair this run has claimed (left by an earlier run, or muted until now). */
export async function deliverClaimed(deps: DeliverDeps, place: Place, delivery: ClaimedDelivery, members: EnterpriseMember[], policy: Policy): Promise<DeliveryOutcome> {
  const { db, config, lease } = deps;
  // A run that is gone may have sent it: the inbox shows it, WeChat is not asked again.
  if (delivery.sendStartedAt) {
    place.leave();
    return toInbox(db, delivery._id, (delivery.attempts ?? 0) + 1, false, null);
  }
  if (deps.throttled && (await anyGrant(db, members, config.templateId))) {
    place.leave();
    return leaveForNextRun(deps, delivery, {});
  }
  const recipient = await takeAnyGrant(db, members, config.templateId);
  if (!recipient) {
    place.leave();
    return toInbox(db, delivery._id, (delivery.attempts ?? 0) + 1, false, null);
  }
  if (!(await lease.markSending(delivery._id, new Date()))) {
    // Another run took this pair over (this one was thought gone): it delivers it.
    place.leave();
    await returnGrant(db, recipient, config.templateId);
    return 'lost_race';
  }
  return send(deps, place, delivery, recipient, policy);
}

/** Sends the subscribe message at this run's next instant (in order) and records the outcome. */
async function send(deps: DeliverDeps, place: Place, delivery: ClaimedDelivery, recipient: string, policy: Policy): Promise<DeliveryOutcome> {
  const { db, config } = deps;
  const attempts = (delivery.attempts ?? 0) + 1;
  await place.ready;
  const answered = await deps.firstAnswer.turn();
  let startedAt: number;
  try {
    const instant = deps.pacer.acquire();
    // Instants are handed out in the order asked for: the next delivery may ask now.
    place.leave();
    startedAt = await instant;
  } catch (error) {
    answered(false);
    throw error;
  }
  if (deps.throttled) {
    answered(false);
    await returnGrant(db, recipient, config.templateId);
    return leaveForNextRun(deps, delivery, {});
  }
  const errcode = await sendSubscribeMessage({ touser: recipient, templateId: config.templateId, page: INBOX_PAGE, data: subscribeMessageData(policy) });
  if (errcode === RATE_LIMITED) deps.throttled = true;
  answered(true);
  if (errcode === 0) {
    // Recorded at the instant the send started: what the rate is measured on.
    const done = await settleDelivery(db, delivery._id, 'pending', { status: 'sent', channel: 'subscribe', attempts, lastError: null, deliveredAt: new Date(startedAt) });
    return done ? 'subscribe' : 'lost_race';
  }
  if (errcode === RATE_LIMITED) {
    await returnGrant(db, recipient, config.templateId);
    return leaveForNextRun(deps, delivery, { attempts, lastError: errcode });
  }
  if (errcode === NO_GRANT) await clearGrants(db, recipient, config.templateId);
  return toInbox(db, delivery._id, attempts, true, errcode);
}

async function toInbox(db: Database, id: string, attempts: number, fellBack: boolean, lastError: number | null): Promise<DeliveryOutcome> {
  const done = await settleDelivery(db, id, 'pending', { status: 'inbox', channel: 'inbox', fellBack, lastError, attempts, deliveredAt: new Date() });
  return done ? (fellBack ? 'fell_back' : 'inbox') : 'lost_race';
}

async function leaveForNextRun(deps: DeliverDeps, delivery: ClaimedDelivery, changes: Partial<ClaimedDelivery>): Promise<DeliveryOutcome> {
  return (await deps.lease.leaveForNextRun(delivery._id, { retryAfter: deps.now, ...changes })) ? 'retry_later' : 'lost_race';
}

async function takeAnyGrant(db: Database, members: EnterpriseMember[], templateId: string): Promise<string | null> {
  for (const member of members) if (await takeGrant(db, member.openid, templateId)) return member.openid;
  return null;
}

async function anyGrant(db: Database, members: EnterpriseMember[], templateId: string): Promise<boolean> {
  for (const member of members) if ((await remainingGrants(db, member.openid, templateId)) > 0) return true;
  return false;
}
