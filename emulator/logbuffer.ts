/** Keeps the last N log lines (function output and emulator events) for `GET /__emulator/logs`. */
export interface LogLine {
  at: string;
  source: string;
  stream: 'stdout' | 'stderr' | 'emulator';
  requestId?: string;
  line: string;
}

export class LogBuffer {
  private readonly lines: LogLine[] = [];

  constructor(
    private readonly capacity: number,
    private readonly sink: ((line: string) => void) | undefined,
  ) {}

  add(entry: Omit<LogLine, 'at'>): void {
    const line: LogLine = { at: new Date().toISOString(), ...entry };
    this.lines.push(line);
    if (this.lines.length > this.capacity) this.lines.splice(0, this.lines.length - this.capacity);
    if (this.sink) {
      try {
        this.sink(`[${entry.source}] ${entry.line}`);
      } catch {
        // a failing log sink must never take the emulator down
      }
    }
  }

  /** Emulator's own events. */
  info(line: string): void {
    this.add({ source: 'emulator', stream: 'emulator', line });
  }

  recent(filter: { source?: string; limit?: number } = {}): LogLine[] {
    const selected = filter.source ? this.lines.filter((l) => l.source === filter.source) : this.lines;
    const limit = filter.limit && filter.limit > 0 ? filter.limit : selected.length;
    return selected.slice(-limit);
  }
}
