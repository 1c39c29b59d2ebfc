/**
 * Who is delivering a pending pair. Each run has a document in `policy_push_runs` with a lease it renews while it
 * lives and an end mark when it returns; each pending delivery it creates or takes names it (`claimedBy`). A later run
 * takes over a claim at once when the run that holds it ended or its lease ran out (killed by the function timeout),
 * instead of waiting a fixed time. The delivery document stays the idempotency key: every move from 'pending' is
 * conditional, and a subscribe message is marked as started (`sendStartedAt`) before it goes out, so a pair whose
 * send a killed run may have made goes to the inbox, never to WeChat a second time.
 */
import { randomUUID } from 'node:crypto';
import type { Database } from '../../_runtime/cloudbase';
import { COLLECTIONS } from '../../collections';
import type { DeliveryDoc } from '../store/deliveries';

/** A run renews its lease every third of this; a run silent for this long is taken to be gone. */
export const LEASE_MS = 10_000;
/** Ended runs are forgotten after a day. */
const KEEP_RUNS_MS = 24 * 3600_000;

/** A delivery as the push job sees it: who holds it, and whether its subscribe message may have gone out. */
export type ClaimedDelivery = DeliveryDoc & { claimedBy?: string | null; sendStartedAt?: Date | null };

interface RunDoc {
  _id: string;
  startedAt: Date;
  leaseUntil: Date;
  endedAt: Date | null;
}

export class RunLease {
  private readonly alive = new Map<string, boolean>();
  private timer: NodeJS.Timeout | null = null;

  private constructor(
    private readonly db: Database,
    readonly runId: string,
  ) {}

  /** Records a new run (and forgets runs that ended long ago), renewing its lease until `end`. */
  static async start(db: Database): Promise<RunLease> {
    const lease = new RunLease(db, `run-${Date.now().toString(36)}-${randomUUID().slice(0, 8)}`);
    const runs = db.collection(COLLECTIONS.policyPushRuns);
    await runs.where({ leaseUntil: db.command.lt(new Date(Date.now() - KEEP_RUNS_MS)) }).remove();
    await runs.add({ _id: lease.runId, startedAt: new Date(), leaseUntil: new Date(Date.now() + LEASE_MS), endedAt: null });
    lease.timer = setInterval(() => {
      // A renewal that fails is retried at the next tick; the lease is three ticks long.
      runs.doc(lease.runId).update({ leaseUntil: new Date(Date.now() + LEASE_MS) }).catch(() => undefined);
    }, LEASE_MS / 3);
    lease.timer.unref?.();
    return lease;
  }

  async end(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.db.collection(COLLECTIONS.policyPushRuns).doc(this.runId).update({ endedAt: new Date() });
  }

  /** Whether the run holding a claim still lives (its lease runs and it has not ended). Asked once per run id. */
  async holderAlive(runId: string): Promise<boolean> {
    if (runId === this.runId) return true;
    const known = this.alive.get(runId);
    if (known !== undefined) return known;
    const { data } = await this.db.collection(COLLECTIONS.policyPushRuns).doc(runId).get();
    const run = (data as RunDoc[] | undefined)?.[0];
    const alive = !!run && !run.endedAt && new Date(run.leaseUntil).getTime() > Date.now();
    this.alive.set(runId, alive);
    return alive;
  }

  /**
   * Takes a pending delivery from a run that is gone (or from nobody: a 45009 left for the next run, or a delivery
   * from before claims). Compare-and-set on the holder, so two runs never both take it.
   */
  async takeOver(doc: ClaimedDelivery): Promise<boolean> {
    const holder = doc.claimedBy ?? null;
    if (holder && (await this.holderAlive(holder))) return false;
    const res = await this.db
      .collection(COLLECTIONS.policyDeliveries)
      .where({ _id: doc._id, status: 'pending', claimedBy: holder, retryAfter: doc.retryAfter })
      .update({ claimedBy: this.runId });
    return (res.updated ?? 0) > 0;
  }

  /** Marks that this run is about to send the pair's subscribe message; false when the claim was taken from it. */
  async markSending(id: string, at: Date): Promise<boolean> {
    const res = await this.db.collection(COLLECTIONS.policyDeliveries).where({ _id: id, status: 'pending', claimedBy: this.runId }).update({ sendStartedAt: at });
    return (res.updated ?? 0) > 0;
  }

  /** Claims a muted delivery whose enterprise unmuted the category, to deliver it now. */
  async reopenMuted(id: string, now: Date): Promise<boolean> {
    const res = await this.db
      .collection(COLLECTIONS.policyDeliveries)
      .where({ _id: id, status: 'muted' })
      .update({ status: 'pending', retryAfter: now, claimedBy: this.runId, sendStartedAt: null });
    return (res.updated ?? 0) > 0;
  }

  /** Leaves the pair pending for the next run (WeChat asked to slow down): unclaimed, not sent. */
  async leaveForNextRun(id: string, changes: Partial<DeliveryDoc>): Promise<boolean> {
    const res = await this.db
      .collection(COLLECTIONS.policyDeliveries)
      .where({ _id: id, status: 'pending', claimedBy: this.runId })
      .update({ ...changes, claimedBy: null, sendStartedAt: null });
    return (res.updated ?? 0) > 0;
  }
}
