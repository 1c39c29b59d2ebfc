/**
 * The push job (push.run, and the timer): for each open policy, a pass over the enterprises its pre-filter lets
 * through, in credit-code order; each one that qualifies (exact evaluation) gets a delivery document created, then
 * delivered (see deliver.ts). Exactly once: the document's _id is (policy, enterprise). Resumable: the position is
 * checkpointed after every page and when the run's budget (pairs, time) runs out. Muted categories get a 'muted'
 * document and no message; unmuting lets a later pass deliver it.
 */
import { beijingDate } from '@shared/calendar/working-days';
import type { PushRunResult } from '@shared/contracts/policy';
import { matchEligibility } from '@shared/policy/match';
import { buildPrefilter } from '@shared/policy/prefilter';
import { pushConfig, type PushConfig } from '@shared/policy/push-config';
import { newDelivery } from '@shared/policy/delivery';
import { deliveryId } from '@shared/policy/push-message';
import type { Policy } from '@shared/policy/policy';
import type { Database } from '../../_runtime/cloudbase';
import type { Logger } from '../../_runtime/logger';
import { loadCheckpoint, saveCheckpoint } from '../store/checkpoints';
import { claimForRetry, createDelivery, existingDeliveries, pendingDeliveries, settleDelivery, type DeliveryDoc } from '../store/deliveries';
import { enterprisePage, findEnterprise } from '../store/enterprises';
import { findPolicy, openPolicies } from '../store/policies';
import { toCloudbaseWhere } from '../store/prefilter-query';
import { deliver, type DeliverDeps, type DeliveryOutcome } from './deliver';
import { Pace } from './wechat';
import { memberRefusal } from '@shared/enterprise/binding';
import type { EnterpriseMember } from '../store/enterprises';

/** Who hears about a push: legal representatives, and agents authorised for the inbox whose authorisation holds. */
const recipients = (members: EnterpriseMember[], today: string) => members.filter((m) => memberRefusal(m, 'inbox', today) === null);

export interface PushRunOptions {
  policyId?: string;
  maxPairs?: number;
  /** Overrides the configuration (tests, bench). */
  config?: Partial<PushConfig>;
}

/** How long a run may be busy with a delivery before another run may retry it (above the function timeout). */
const CLAIM_MS = 120_000;

type Counts = Omit<PushRunResult, 'done' | 'checkpoint'>;

function tally(counts: Counts, outcome: DeliveryOutcome): void {
  if (outcome === 'subscribe') counts.subscribe += 1;
  if (outcome === 'inbox') counts.inbox += 1;
  if (outcome === 'fell_back') {
    counts.inbox += 1;
    counts.fellBack += 1;
  }
  if (outcome === 'retry_later') counts.retryLater += 1;
}

export async function runPush(db: Database, log: Logger, now: Date, options: PushRunOptions = {}): Promise<PushRunResult> {
  const config: PushConfig = { ...pushConfig(process.env), ...options.config };
  const today = beijingDate(now);
  const stopAt = Date.now() + config.timeBudgetMs;
  let budget = options.maxPairs ?? config.maxPairsPerRun;
  const counts: Counts = { examined: 0, created: 0, subscribe: 0, inbox: 0, fellBack: 0, retryLater: 0, muted: 0 };
  const deps: DeliverDeps = { db, config, pace: new Pace(config.ratePerSecond), now, throttled: false };
  const outOfTime = () => Date.now() >= stopAt;

  // 1. Deliveries an earlier run left pending (rate limited, or killed between create and send).
  const policyCache = new Map<string, Policy | null>();
  for (const doc of await pendingDeliveries(db, now, 1000, options.policyId)) {
    if (outOfTime()) break;
    if (!(await claimForRetry(db, doc, new Date(now.getTime() + CLAIM_MS)))) continue;
    if (!policyCache.has(doc.policyId)) policyCache.set(doc.policyId, await findPolicy(db, doc.policyId));
    const policy = policyCache.get(doc.policyId);
    const enterprise = await findEnterprise(db, doc.creditCode);
    if (!policy || !enterprise) continue;
    tally(counts, await deliver(deps, doc, recipients(enterprise.members ?? [], today), policy));
  }

  // 2. A pass per open policy, continuing from its checkpoint.
  const policies = (await openPolicies(db, today)).filter((p) => !options.policyId || p.id === options.policyId);
  for (const policy of policies) {
    const saved = await loadCheckpoint(db, policy.id);
    const sameVersion = saved?.version === policy.version;
    const finishedToday = sameVersion && saved.after === null && saved.completedOn === today;
    // The timer does each policy once a day; an explicit run for one policy re-checks it (nothing is sent twice).
    if (finishedToday && !options.policyId) continue;
    let after = sameVersion ? saved.after : null;
    const where = toCloudbaseWhere(db, buildPrefilter(policy.eligibility, { today, reach: 'qualifies' }));

    const keep = (position: string | null) =>
      saveCheckpoint(db, { _id: policy.id, version: policy.version, after: position, completedOn: sameVersion ? (saved?.completedOn ?? null) : null, updatedAt: new Date() });
    const pause = async (): Promise<PushRunResult> => {
      await keep(after);
      log.info('policy_push_paused', { policyId: policy.id, ...counts });
      return { ...counts, done: false, checkpoint: { policyId: policy.id, version: policy.version, after } };
    };

    for (;;) {
      if (budget <= 0 || outOfTime()) return pause();
      const page = await enterprisePage(db, where, after, Math.min(config.pageSize, budget));
      if (page.length === 0) break;
      const existing = await existingDeliveries(db, page.map((e) => deliveryId(policy.id, e._id)));
      for (const enterprise of page) {
        // The budget is checked per pair: a slow page must not carry the run past the function timeout.
        if (outOfTime()) return pause();
        counts.examined += 1;
        budget -= 1;
        after = enterprise._id;
        const result = matchEligibility(policy.eligibility, enterprise.profile, { today });
        if (result.outcome !== 'qualifies') continue;
        const muted = (enterprise.mutedCategories ?? []).includes(policy.category);
        const id = deliveryId(policy.id, enterprise._id);
        const known = existing.get(id);
        let delivery: DeliveryDoc;
        if (known) {
          // Already delivered (or pending a retry): never again. A muted one is delivered once it is unmuted.
          if (known.status !== 'muted' || muted) continue;
          if (!(await settleDelivery(db, id, 'muted', { status: 'pending', retryAfter: new Date(now.getTime() + CLAIM_MS) }))) continue;
          delivery = known;
        } else {
          const name = enterprise.name ?? enterprise.profile.name;
          delivery = newDelivery(policy, { creditCode: enterprise._id, name }, result, { muted, now, retryAfter: new Date(now.getTime() + CLAIM_MS) });
          if (!(await createDelivery(db, delivery))) continue;
          counts.created += 1;
          if (muted) {
            counts.muted += 1;
            continue;
          }
        }
        tally(counts, await deliver(deps, delivery, recipients(enterprise.members ?? [], today), policy));
      }
      await keep(after);
    }
    await saveCheckpoint(db, { _id: policy.id, version: policy.version, after: null, completedOn: today, updatedAt: new Date() });
  }
  if (counts.created + counts.retryLater > 0) log.info('policy_push_run', { ...counts });
  return { ...counts, done: true, checkpoint: null };
}
