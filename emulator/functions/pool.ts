/**
 * Per-function pool of worker processes. A worker runs ONE invocation at a time and is reused (warm
 * starts); up to `size` workers run in parallel, further calls queue. A timed-out worker is killed and
 * replaced; a crashed one is replaced; neither affects the emulator.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Codes } from '../errors';
import type { LogLine } from '../logbuffer';
import type { FunctionDefinition } from './registry';

export type Outcome = { ok: true; json: string } | { ok: false; code: string; message: string };

export interface Job {
  requestId: string;
  event: unknown;
  context: Record<string, unknown>;
  env: Record<string, string>;
  resolve: (outcome: Outcome) => void;
}

export interface PoolOptions {
  size: number;
  workerScript: string;
  /** Process environment of a new worker (before per-invocation variables). */
  workerEnv: (def: FunctionDefinition) => Record<string, string>;
  log: (entry: Omit<LogLine, 'at'>) => void;
}

interface Worker {
  proc: ChildProcess;
  version: number;
  state: 'starting' | 'idle' | 'busy' | 'dead';
  job?: Job;
  timer?: NodeJS.Timeout;
  lastRequestId?: string;
  stderrTail: string[];
}

const INIT_TIMEOUT_MIN_SECONDS = 15;

export class FunctionPool {
  private readonly workers: Worker[] = [];
  private readonly queue: Job[] = [];
  private closed = false;

  constructor(
    private readonly name: string,
    private readonly load: () => FunctionDefinition | undefined,
    private readonly options: PoolOptions,
  ) {}

  submit(job: Job): void {
    if (this.closed) {
      job.resolve({ ok: false, code: Codes.FUNCTIONS_EXECUTE_FAIL, message: 'the emulator is shutting down' });
      return;
    }
    this.queue.push(job);
    this.pump();
  }

  get busyCount(): number {
    return this.workers.filter((w) => w.state === 'busy').length;
  }

  get workerCount(): number {
    return this.workers.filter((w) => w.state !== 'dead').length;
  }

  private pump(): void {
    if (this.closed || this.queue.length === 0) return;
    let def: FunctionDefinition | undefined;
    try {
      def = this.load();
    } catch (error) {
      this.failQueue(Codes.FUNCTIONS_EXECUTE_FAIL, (error as Error).message);
      return;
    }
    if (!def) {
      this.failQueue(Codes.FUNCTION_NOT_FOUND, `function ${this.name} not found`);
      return;
    }
    // a rebuilt bundle: idle workers holding the old code go away
    for (const worker of this.workers) {
      if (worker.version !== def.version && worker.state === 'idle') this.kill(worker);
    }
    while (this.queue.length > 0) {
      const idle = this.workers.find((w) => w.state === 'idle');
      if (idle) {
        this.run(idle, this.queue.shift()!, def);
        continue;
      }
      const live = this.workers.filter((w) => w.state !== 'dead').length;
      const starting = this.workers.filter((w) => w.state === 'starting').length;
      if (live < this.options.size && starting < this.queue.length) {
        this.spawn(def);
        continue;
      }
      break;
    }
  }

  private failQueue(code: string, message: string): void {
    for (const job of this.queue.splice(0)) job.resolve({ ok: false, code, message });
  }

  private spawn(def: FunctionDefinition): void {
    const proc = fork(this.options.workerScript, [], {
      cwd: def.dir,
      env: this.options.workerEnv(def) as NodeJS.ProcessEnv,
      execArgv: [`--max-old-space-size=${Math.round(def.config.memorySize)}`],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      serialization: 'json',
    });
    const worker: Worker = { proc, version: def.version, state: 'starting', stderrTail: [] };
    this.workers.push(worker);
    const lines = (stream: NodeJS.ReadableStream | null, name: 'stdout' | 'stderr') => {
      if (!stream) return;
      createInterface({ input: stream }).on('line', (line) => {
        if (name === 'stderr') {
          worker.stderrTail.push(line);
          if (worker.stderrTail.length > 20) worker.stderrTail.shift();
        }
        this.options.log({ source: this.name, stream: name, requestId: worker.lastRequestId, line });
      });
    };
    lines(proc.stdout, 'stdout');
    lines(proc.stderr, 'stderr');

    const initSeconds = Math.max(INIT_TIMEOUT_MIN_SECONDS, def.config.timeout);
    worker.timer = setTimeout(() => {
      this.options.log({ source: this.name, stream: 'emulator', line: `worker did not load within ${initSeconds} s; killed` });
      this.queue.shift()?.resolve({ ok: false, code: Codes.FUNCTIONS_EXECUTE_FAIL, message: `function ${this.name} did not load within ${initSeconds} s` });
      this.kill(worker);
    }, initSeconds * 1000);

    proc.on('message', (message: { type: string; id?: string; ok?: boolean; json?: string; fatal?: boolean; error?: { name: string; message: string; stack?: string } }) => {
      if (message.type === 'ready') {
        clearTimeout(worker.timer);
        if (worker.state === 'starting') worker.state = 'idle';
        this.pump();
      } else if (message.type === 'init-error') {
        clearTimeout(worker.timer);
        const text = message.error?.stack ?? message.error?.message ?? 'unknown error';
        this.options.log({ source: this.name, stream: 'emulator', line: `failed to load: ${text}` });
        this.queue.shift()?.resolve({ ok: false, code: Codes.FUNCTIONS_EXECUTE_FAIL, message: `function ${this.name} failed to load: ${text}` });
        this.kill(worker);
      } else if (message.type === 'result' && worker.job && message.id === worker.job.requestId) {
        const job = worker.job;
        clearTimeout(worker.timer);
        worker.job = undefined;
        if (message.ok) job.resolve({ ok: true, json: message.json ?? 'null' });
        else job.resolve({ ok: false, code: Codes.FUNCTIONS_EXECUTE_FAIL, message: formatError(message.error) });
        if (message.fatal) {
          worker.state = 'dead';
        } else {
          worker.state = 'idle';
          const current = this.safeVersion();
          if (this.closed || (current !== undefined && current !== worker.version)) this.kill(worker);
        }
        this.pump();
      }
    });

    proc.on('exit', (code, signal) => {
      clearTimeout(worker.timer);
      const wasStarting = worker.state === 'starting';
      worker.state = 'dead';
      this.workers.splice(this.workers.indexOf(worker), 1);
      if (worker.job) {
        const tail = worker.stderrTail.slice(-5).join('\n');
        worker.job.resolve({
          ok: false,
          code: Codes.FUNCTIONS_EXECUTE_FAIL,
          message: `function ${this.name} process exited (${signal ?? `code ${code}`}) during the invocation${tail ? `:\n${tail}` : ''}`,
        });
        worker.job = undefined;
      } else if (wasStarting && !this.closed) {
        this.queue.shift()?.resolve({ ok: false, code: Codes.FUNCTIONS_EXECUTE_FAIL, message: `function ${this.name} process exited while loading (${signal ?? `code ${code}`})` });
      }
      if (!this.closed) this.pump();
    });
    proc.on('error', (error) => {
      this.options.log({ source: this.name, stream: 'emulator', line: `worker error: ${error.message}` });
    });
    proc.send({ type: 'init', entry: def.entry });
  }

  private safeVersion(): number | undefined {
    try {
      return this.load()?.version;
    } catch {
      return undefined;
    }
  }

  private run(worker: Worker, job: Job, def: FunctionDefinition): void {
    worker.state = 'busy';
    worker.job = job;
    worker.lastRequestId = job.requestId;
    const seconds = def.config.timeout;
    worker.timer = setTimeout(() => {
      if (worker.job !== job) return;
      worker.job = undefined;
      job.resolve({ ok: false, code: Codes.FUNCTIONS_TIME_LIMIT_EXCEEDED, message: `Invoking task timed out after ${seconds} seconds` });
      this.options.log({ source: this.name, stream: 'emulator', requestId: job.requestId, line: `timed out after ${seconds} s; worker killed` });
      this.kill(worker);
    }, seconds * 1000);
    worker.proc.send({ type: 'invoke', id: job.requestId, event: job.event, context: job.context, env: job.env });
  }

  private kill(worker: Worker): void {
    if (worker.state === 'dead' && worker.proc.exitCode !== null) return;
    worker.state = 'dead';
    clearTimeout(worker.timer);
    try {
      worker.proc.kill('SIGKILL');
    } catch {
      // already gone
    }
  }

  /** Kills every worker; pending and queued invocations fail. */
  async close(): Promise<void> {
    this.closed = true;
    this.failQueue(Codes.FUNCTIONS_EXECUTE_FAIL, 'the emulator is shutting down');
    const exits = this.workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.proc.exitCode !== null || w.proc.signalCode !== null) return resolve();
          w.proc.once('exit', () => resolve());
          this.kill(w);
        }),
    );
    await Promise.all(exits);
  }
}

function formatError(error: { name: string; message: string; stack?: string } | undefined): string {
  if (!error) return 'unknown error';
  return error.stack ?? `${error.name}: ${error.message}`;
}
