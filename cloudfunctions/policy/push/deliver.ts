/**
 * One (enterprise, policy) delivery: a subscribe message to a bound member who has a grant left, else the inbox.
 * WeChat's answers: 0 sent; 43101 (no grant after all) → inbox; 45009 (slow down) → stays pending for the next run,
 * grant given back, and the rest of the run sends no more subscribe messages (they wait too; sends already on their
 * way when the answer came may meet 45009 as well and wait the same way); anything else → inbox.
 * The delivery document already exists (status 'pending', claimed by this run); every move from 'pending' is
 * conditional, so two runs never both deliver it. A pair whose subscribe message a gone run may have sent
 * (`sendStartedAt`) goes to the inbox: never two messages for one pair.
 */
import type { PushConfig } from '@shared/policy/push-config';
import { INBOX_PAGE, subscribeMessageData } from '@shared/policy/push-message';
import type { Policy } from '@shared/policy/policy';
import type { Database } from '../../_runtime/cloudbase';
import { settleDelivery } from '../store/deliveries';
import type { EnterpriseMember } from '../store/enterprises';
import { clearGrants, remainingGrants, returnGrant, takeGrant } from '../store/subscriptions';
import type { ClaimedDelivery, RunLease } from './claims';
import type { FirstAnswer } from './first-answer';
import type { Place } from './in-order';
import type { Pacer } from './pacer';
import { sendSubscribeMessage } from './wechat';

export type DeliveryOutcome = 'subscribe' | 'inbox' | 'fell_back' | 'retry_later' | 'lost_race';

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

type Delivery = Pick<ClaimedDelivery, '_id' | 'attempts' | 'sendStartedAt'>;

/** `place`: this delivery's place in the send order (left here as soon as it has its instant or will not send). */
export async function deliver(deps: DeliverDeps, place: Place, delivery: Delivery, members: EnterpriseMember[], policy: Policy): Promise<DeliveryOutcome> {
  const { db, config, lease, now } = deps;
  const attempts = (delivery.attempts ?? 0) + 1;
  const toInbox = async (fellBack: boolean, lastError: number | null): Promise<DeliveryOutcome> => {
    const done = await settleDelivery(db, delivery._id, 'pending', { status: 'inbox', channel: 'inbox', fellBack, lastError, attempts, deliveredAt: new Date() });
    return done ? (fellBack ? 'fell_back' : 'inbox') : 'lost_race';
  };
  const leaveForNextRun = async (changes: Partial<ClaimedDelivery>): Promise<DeliveryOutcome> =>
    (await lease.leaveForNextRun(delivery._id, { retryAfter: now, ...changes })) ? 'retry_later' : 'lost_race';

  // A run that is gone may have sent it: the inbox shows it, WeChat is not asked again.
  if (delivery.sendStartedAt) {
    place.leave();
    return toInbox(false, null);
  }
  if (deps.throttled && (await anyGrant(db, members, config.templateId))) {
    // WeChat asked us to slow down: keep it for the next run rather than spend the grant on another refusal.
    place.leave();
    return leaveForNextRun({});
  }
  let recipient: string | null = null;
  for (const member of members) {
    if (await takeGrant(db, member.openid, config.templateId)) {
      recipient = member.openid;
      break;
    }
  }
  if (!recipient) {
    place.leave();
    return toInbox(false, null);
  }
  if (!(await lease.markSending(delivery._id, new Date()))) {
    // Another run took this pair over (this one was thought gone): it delivers it.
    place.leave();
    await returnGrant(db, recipient, config.templateId);
    return 'lost_race';
  }

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
    return leaveForNextRun({});
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
    return leaveForNextRun({ attempts, lastError: errcode });
  }
  if (errcode === NO_GRANT) await clearGrants(db, recipient, config.templateId);
  return toInbox(true, errcode);
}

async function anyGrant(db: Database, members: EnterpriseMember[], templateId: string): Promise<boolean> {
  for (const member of members) if ((await remainingGrants(db, member.openid, templateId)) > 0) return true;
  return false;
}
