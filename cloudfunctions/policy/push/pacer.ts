/**
 * Keeps subscribe messages at or under R per second across every run, while sends overlap (several in flight).
 * Send instants are reserved in the shared pacer document (pacer-store.ts) a batch at a time, 1/R apart, so runs
 * that overlap or follow each other share one grid; sends start at their instants, not one after the other's answer,
 * so a send's latency does not eat into the rate. As a last guard, a send never starts less than a second after the
 * send R before it (this run's or, as recorded in the document, an earlier run's).
 */
import type { Database } from '../../_runtime/cloudbase';
import { mergeRecent, updatePacer } from './pacer-store';

/**
 * How late a send may start after its reserved instant. A later start gives the instant up: on the shared grid a
 * late send beside another run's on-time ones could make R + 1 in one second. The grid is spaced so that R
 * consecutive instants span a second plus this tolerance, so sends started within it never exceed R a second.
 */
const LATE_TOLERANCE_MS = 10;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until the clock reads `at` (timers may fire a little early) and answers the instant it does. */
async function waitUntil(at: number): Promise<number> {
  for (;;) {
    const now = Date.now();
    if (now >= at) return now;
    await sleep(at - now);
  }
}

export class Pacer {
  private readonly interval: number;
  private readonly window: number;
  /** Instants reserved for this run and not used yet, ascending. */
  private readonly slots: number[] = [];
  /** Start instants of the last sends (this run's and, from the document, earlier runs'), ascending. */
  private starts: number[] = [];
  /** This run's start instants not yet written to the document. */
  private unwritten: number[] = [];
  /** The last instant this run reserved; the document still ends there unless another run reserved after it. */
  private reservedUntil = 0;
  private reserving: Promise<void> | null = null;
  private failure: unknown = null;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly rate: number,
  ) {
    this.interval = (1000 + LATE_TOLERANCE_MS) / rate;
    this.window = Math.max(1, Math.floor(rate));
  }

  /** Instants reserved per write: a quarter of a second's worth. */
  private get batch(): number {
    return Math.max(1, Math.ceil(this.rate / 4));
  }

  /** Waits for this send's instant; answers it (milliseconds since the epoch). Callers start in the order they asked. */
  acquire(): Promise<number> {
    const mine = this.turn.then(() => this.next());
    this.turn = mine.catch(() => undefined);
    return mine;
  }

  /** Gives back the instants this run reserved and did not use, and records its last sends for the next run. */
  async release(): Promise<void> {
    await this.turn;
    await this.reserving;
    if (this.reservedUntil === 0) return;
    const written = this.unwritten.splice(0);
    const mineUntil = this.reservedUntil;
    await updatePacer(this.db, (state) => {
      const recent = mergeRecent(state.recent, written, this.window);
      // Back to the last send that started, unless another run reserved after this one (its instants lie beyond ours).
      const reservedUntil = state.reservedUntil === mineUntil ? Math.min(mineUntil, recent.at(-1) ?? 0) : state.reservedUntil;
      return { reservedUntil, recent };
    });
    this.slots.length = 0;
    this.reservedUntil = 0;
  }

  private async next(): Promise<number> {
    for (;;) {
      if (this.failure) throw this.failure;
      // An instant already gone by more than the tolerance (nothing was ready to send then) is not used late.
      const now = Date.now();
      while (this.slots.length > 0 && this.slots[0]! < now - LATE_TOLERANCE_MS) this.slots.shift();
      if (this.slots.length <= this.batch / 2) this.reserveAhead();
      if (this.slots.length === 0) {
        await this.reserving;
        continue;
      }
      const slot = this.slots.shift()!;
      const earlier = this.starts.length >= this.window ? this.starts[this.starts.length - this.window]! + 1000 : 0;
      if (earlier > slot + LATE_TOLERANCE_MS) continue;
      const started = await waitUntil(Math.max(slot, earlier));
      // The clock was late (a busy process): give the instant up and take the next.
      if (started > slot + LATE_TOLERANCE_MS) continue;
      this.starts.push(started);
      this.unwritten.push(started);
      if (this.starts.length > this.window) this.starts.splice(0, this.starts.length - this.window);
      return started;
    }
  }

  private reserveAhead(): void {
    if (this.reserving) return;
    this.reserving = this.reserve()
      .catch((error: unknown) => {
        this.failure = error;
      })
      .finally(() => {
        this.reserving = null;
      });
  }

  private async reserve(): Promise<void> {
    const written = this.unwritten.splice(0);
    const count = this.batch;
    const step = Math.ceil(this.interval);
    let reserved: number[] = [];
    const state = await updatePacer(this.db, (current) => {
      const first = Math.max(Date.now(), current.reservedUntil + step);
      // Whole milliseconds; any R consecutive instants span at least a second.
      reserved = Array.from({ length: count }, (_, i) => first + Math.ceil(i * this.interval));
      return { reservedUntil: reserved.at(-1)!, recent: mergeRecent(current.recent, written, this.window) };
    });
    this.reservedUntil = state.reservedUntil;
    this.slots.push(...reserved);
    // What the document knows (including our own written sends) plus what started while we were writing.
    this.starts = mergeRecent(state.recent, this.unwritten, this.window);
  }
}
