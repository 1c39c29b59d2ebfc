/**
 * The push job (push.run, and the timer): for each open policy, a pass over the enterprises its pre-filter lets
 * through, in credit-code order; each one that qualifies (exact evaluation) gets one delivery document, created as it
 * is delivered (see deliver.ts). Exactly once: the document's _id is (policy, enterprise). Resumable: the position is
 * checkpointed after every page and when the run's budget (pairs, time) runs out; the pairs a killed run had
 * claimed are taken over by the next run as soon as its lease has run out (claims.ts). Deliveries overlap (up to
 * IN_FLIGHT at once) while subscribe messages keep to R a second across runs (pacer.ts). Muted categories get a
 * 'muted' document and no message; unmuting lets a later pass deliver it.
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
import { createDelivery, existingDeliveries, pendingDeliveries } from '../store/deliveries';
import { enterprisePage, findEnterprise } from '../store/enterprises';
import { findPolicy, openPolicies } from '../store/policies';
import { toCloudbaseWhere } from '../store/prefilter-query';
import { RunLease, type ClaimedDelivery } from './claims';
import { deliverClaimed, deliverNew, type DeliverDeps, type DeliveryOutcome } from './deliver';
import { FirstAnswer } from './first-answer';
import { InFlight } from './in-flight';
import { InOrder, type Place } from './in-order';
import { Pacer } from './pacer';
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

/**
 * Deliveries a run works on at once. Subscribe messages still start at most R a second (the pacer); the rest of each
 * delivery (database writes, WeChat's answer) overlaps with the next ones, so that latency does not lower the rate.
 */
const IN_FLIGHT = 16;

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
  const lease = await RunLease.start(db);
  const pacer = new Pacer(db, config.ratePerSecond);
  const inFlight = new InFlight(IN_FLIGHT);
  try {
    return await pushPass({ db, log, now, options, config, lease, pacer, inFlight });
  } finally {
    // Every delivery started has finished (or failed) before the instants and the claims are given back.
    await inFlight.drain().catch(() => undefined);
    try {
      await pacer.release();
      await lease.end();
    } catch (error) {
      // The next run still finds the claims (by lease) and the window (by reservation): nothing is lost.
      log.warn('policy_push_release_failed', { runId: lease.runId, error: String(error) });
    }
  }
}

interface PassContext {
  db: Database;
  log: Logger;
  now: Date;
  options: PushRunOptions;
  config: PushConfig;
  lease: RunLease;
  pacer: Pacer;
  inFlight: InFlight;
}

async function pushPass({ db, log, now, options, config, lease, pacer, inFlight }: PassContext): Promise<PushRunResult> {
  const today = beijingDate(now);
  const stopAt = Date.now() + config.timeBudgetMs;
  let budget = options.maxPairs ?? config.maxPairsPerRun;
  const counts: Counts = { examined: 0, created: 0, subscribe: 0, inbox: 0, fellBack: 0, retryLater: 0, muted: 0 };
  const deps: DeliverDeps = { db, config, pacer, lease, firstAnswer: new FirstAnswer(), now, throttled: false };
  const outOfTime = () => Date.now() >= stopAt;
  // Each delivery takes its place in the send order as it starts, and leaves it on every path.
  const order = new InOrder();
  const start = (task: (place: Place) => Promise<void>) => {
    const place = order.place();
    return inFlight.start(() => task(place).finally(place.leave));
  };

  // 1. Deliveries an earlier run left pending (rate limited, or claimed by a run that is gone).
  const policies = new Map<string, Promise<Policy | null>>();
  const policyOf = (id: string) => policies.get(id) ?? policies.set(id, findPolicy(db, id)).get(id)!;
  for (const doc of (await pendingDeliveries(db, now, 1000, options.policyId)) as ClaimedDelivery[]) {
    if (outOfTime()) break;
    if (!(await lease.takeOver(doc))) continue;
    await start(async (place) => {
      const [policy, enterprise] = await Promise.all([policyOf(doc.policyId), findEnterprise(db, doc.creditCode)]);
      if (!policy || !enterprise) return;
      tally(counts, await deliverClaimed(deps, place, doc, recipients(enterprise.members ?? [], today), policy));
    });
  }
  await inFlight.drain();

  // 2. A pass per open policy, continuing from its checkpoint.
  const open = (await openPolicies(db, today)).filter((p) => !options.policyId || p.id === options.policyId);
  for (const policy of open) {
    const saved = await loadCheckpoint(db, policy.id);
    const sameVersion = saved?.version === policy.version;
    const finishedToday = sameVersion && saved.after === null && saved.completedOn === today;
    // The timer does each policy once a day; an explicit run for one policy re-checks it (nothing is sent twice).
    if (finishedToday && !options.policyId) continue;
    let after = sameVersion ? saved.after : null;
    const where = toCloudbaseWhere(db, buildPrefilter(policy.eligibility, { today, reach: 'qualifies' }));

    // Saved only once every delivery of the page exists: a run killed later leaves none of them behind unclaimed.
    const keep = async (position: string | null) => {
      await inFlight.drain();
      await saveCheckpoint(db, { _id: policy.id, version: policy.version, after: position, completedOn: sameVersion ? (saved?.completedOn ?? null) : null, updatedAt: new Date() });
    };
    const pause = async (): Promise<PushRunResult> => {
      await keep(after);
      log.info('policy_push_paused', { policyId: policy.id, runId: lease.runId, ...counts });
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
        const members = recipients(enterprise.members ?? [], today);
        if (known) {
          // Already delivered (or pending a retry): never again. A muted one is delivered once it is unmuted.
          if (known.status !== 'muted' || muted) continue;
          await start(async (place) => {
            if (!(await lease.reopenMuted(id, now))) return;
            tally(counts, await deliverClaimed(deps, place, { ...known, sendStartedAt: null }, members, policy));
          });
          continue;
        }
        const name = enterprise.name ?? enterprise.profile.name;
        const draft: ClaimedDelivery = newDelivery(policy, { creditCode: enterprise._id, name }, result, { muted, now, retryAfter: now });
        if (muted) {
          if (await createDelivery(db, draft)) {
            counts.created += 1;
            counts.muted += 1;
          }
          continue;
        }
        await start(async (place) => {
          const outcome = await deliverNew(deps, place, draft, members, policy);
          if (outcome !== 'exists') counts.created += 1;
          tally(counts, outcome);
        });
      }
      await keep(after);
    }
    await inFlight.drain();
    await saveCheckpoint(db, { _id: policy.id, version: policy.version, after: null, completedOn: today, updatedAt: new Date() });
  }
  if (counts.created + counts.retryLater > 0) log.info('policy_push_run', { runId: lease.runId, ...counts });
  return { ...counts, done: true, checkpoint: null };
}
