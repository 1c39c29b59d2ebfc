/**
 * The SDK requests of recent function invocations (`GET /__emulator/requests?invocation=<requestId>`): which
 * actions an invocation sent and when each arrived and was answered, so a test can count round trips.
 */
export interface LoggedRequest {
  /** The invocation's requestId (as in the function logs), or null for requests from outside a function. */
  invocation: string | null;
  action: string;
  /** Milliseconds since the emulator started: arrival, and when the answer was sent. */
  startMs: number;
  endMs: number;
}

export class RequestLog {
  private readonly entries: LoggedRequest[] = [];
  /**
   * Simulated network latency before each SDK request is served (0 = none). With it, requests a function sends
   * together overlap in the log and requests sent one after another do not, so round trips can be counted.
   */
  latencyMs = 0;

  constructor(private readonly capacity: number) {}

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
  }

  list(invocation?: string): LoggedRequest[] {
    return invocation ? this.entries.filter((e) => e.invocation === invocation) : [...this.entries];
  }

  clear(): void {
    this.entries.length = 0;
    this.latencyMs = 0;
  }
}
