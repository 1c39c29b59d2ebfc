/**
 * One (enterprise, policy) delivery: a subscribe message to a bound member who has a grant left, else the inbox.
 * WeChat's answers: 0 sent; 43101 (no grant after all) → inbox; 45009 (slow down) → stays pending for the next run,
 * grant given back, and the rest of the run sends no more subscribe messages (they wait too); anything else → inbox.
 * The delivery document already exists (status 'pending'); every move
 * from 'pending' is conditional, so two runs never both deliver it.
 */
import type { PushConfig } from '@shared/policy/push-config';
import { INBOX_PAGE, subscribeMessageData } from '@shared/policy/push-message';
import type { Policy } from '@shared/policy/policy';
import type { Database } from '../../_runtime/cloudbase';
import { settleDelivery, type DeliveryDoc } from '../store/deliveries';
import type { EnterpriseMember } from '../store/enterprises';
import { clearGrants, remainingGrants, returnGrant, takeGrant } from '../store/subscriptions';
import { sendSubscribeMessage, type Pace } from './wechat';

export type DeliveryOutcome = 'subscribe' | 'inbox' | 'fell_back' | 'retry_later' | 'lost_race';

export const NO_GRANT = 43101;
export const RATE_LIMITED = 45009;

export interface DeliverDeps {
  db: Database;
  config: PushConfig;
  pace: Pace;
  now: Date;
  /** Set once WeChat answered 45009 in this run: no more subscribe messages until the next run. */
  throttled: boolean;
}

export async function deliver(deps: DeliverDeps, delivery: Pick<DeliveryDoc, '_id' | 'attempts'>, members: EnterpriseMember[], policy: Policy): Promise<DeliveryOutcome> {
  const { db, config, now } = deps;
  const attempts = (delivery.attempts ?? 0) + 1;
  const toInbox = async (fellBack: boolean, lastError: number | null): Promise<DeliveryOutcome> => {
    const done = await settleDelivery(db, delivery._id, 'pending', { status: 'inbox', channel: 'inbox', fellBack, lastError, attempts, deliveredAt: now });
    return done ? (fellBack ? 'fell_back' : 'inbox') : 'lost_race';
  };

  if (deps.throttled && (await anyGrant(db, members, config.templateId))) {
    // WeChat asked us to slow down: keep it for the next run rather than spend the grant on another refusal.
    await settleDelivery(db, delivery._id, 'pending', { retryAfter: now });
    return 'retry_later';
  }
  let recipient: string | null = null;
  for (const member of members) {
    if (await takeGrant(db, member.openid, config.templateId)) {
      recipient = member.openid;
      break;
    }
  }
  if (!recipient) return toInbox(false, null);

  await deps.pace.wait();
  const errcode = await sendSubscribeMessage({ touser: recipient, templateId: config.templateId, page: INBOX_PAGE, data: subscribeMessageData(policy) });
  if (errcode === 0) {
    const done = await settleDelivery(db, delivery._id, 'pending', { status: 'sent', channel: 'subscribe', attempts, lastError: null, deliveredAt: now });
    return done ? 'subscribe' : 'lost_race';
  }
  if (errcode === RATE_LIMITED) {
    deps.throttled = true;
    await returnGrant(db, recipient, config.templateId);
    await settleDelivery(db, delivery._id, 'pending', { attempts, lastError: errcode, retryAfter: now });
    return 'retry_later';
  }
  if (errcode === NO_GRANT) await clearGrants(db, recipient, config.templateId);
  return toInbox(true, errcode);
}

async function anyGrant(db: Database, members: EnterpriseMember[], templateId: string): Promise<boolean> {
  for (const member of members) if ((await remainingGrants(db, member.openid, templateId)) > 0) return true;
  return false;
}
