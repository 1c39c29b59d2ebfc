/**
 * Timer triggers from each function's config.json, fired on their cron schedule (Beijing time) with the
 * event a CloudBase timer delivers: {Type:'Timer', TriggerName, Time, Message}.
 */
import { ApiError, Codes } from '../errors';
import type { FunctionHost } from './host';
import { nextFire, parseCron, type CronExpression } from './cron';
import type { TimerTrigger } from './registry';

export interface TimerInfo {
  functionName: string;
  triggerName: string;
  cron: string;
  nextFireAt: string | null;
  error?: string;
}

interface Scheduled {
  functionName: string;
  trigger: TimerTrigger;
  cron?: CronExpression;
  error?: string;
  next: number | null;
  handle?: NodeJS.Timeout;
}

const RESCAN_MS = 5000;
/** setTimeout's maximum delay; longer waits are chained. */
const MAX_DELAY = 2 ** 31 - 1;

export function timerEvent(trigger: TimerTrigger, at: Date): Record<string, string> {
  return { Type: 'Timer', TriggerName: trigger.name, Time: at.toISOString().replace(/\.\d{3}Z$/, 'Z'), Message: trigger.argument ?? '' };
}

export class TimerScheduler {
  private scheduled: Scheduled[] = [];
  private running = false;
  private rescan?: NodeJS.Timeout;
  private signature = '';

  constructor(
    private readonly host: FunctionHost,
    private readonly info: (line: string) => void,
  ) {}

  /** Reads every function's triggers and arms them; re-reads them every few seconds (rebuilt functions). */
  start(): void {
    this.running = true;
    this.armAll();
    this.rescan = setInterval(() => {
      if (this.currentSignature() !== this.signature) {
        this.info('timer triggers changed; re-reading them');
        for (const s of this.scheduled) clearTimeout(s.handle);
        this.armAll();
      }
    }, RESCAN_MS);
    this.rescan.unref?.();
  }

  private currentSignature(): string {
    return this.host.registry
      .all()
      .flatMap((def) => def.config.triggers.map((t) => `${def.name}/${t.name}=${t.config}`))
      .join('|');
  }

  private armAll(): void {
    this.signature = this.currentSignature();
    this.scheduled = [];
    for (const def of this.host.registry.all()) {
      for (const trigger of def.config.triggers) {
        const entry: Scheduled = { functionName: def.name, trigger, next: null };
        try {
          entry.cron = parseCron(trigger.config);
        } catch (error) {
          entry.error = (error as Error).message;
          this.info(`timer ${def.name}/${trigger.name} disabled: ${entry.error}`);
        }
        this.scheduled.push(entry);
        this.arm(entry);
      }
    }
  }

  private arm(entry: Scheduled): void {
    if (!this.running || !entry.cron) return;
    entry.next = nextFire(entry.cron, Date.now());
    if (entry.next === null) return;
    const wait = () => {
      const delay = entry.next! - Date.now();
      entry.handle = setTimeout(
        () => {
          if (!this.running) return;
          if (entry.next! > Date.now()) return wait();
          const at = new Date(entry.next!);
          this.arm(entry);
          this.fire(entry.functionName, entry.trigger, at).catch((error) => {
            this.info(`timer ${entry.functionName}/${entry.trigger.name} failed: ${(error as Error).message}`);
          });
        },
        Math.max(0, Math.min(delay, MAX_DELAY)),
      );
      entry.handle.unref?.();
    };
    wait();
  }

  list(): TimerInfo[] {
    const armed = new Map(this.scheduled.map((s) => [`${s.functionName}/${s.trigger.name}`, s]));
    const out: TimerInfo[] = [];
    for (const def of this.host.registry.all()) {
      for (const trigger of def.config.triggers) {
        const s = armed.get(`${def.name}/${trigger.name}`);
        let error = s?.error;
        if (!s) {
          try {
            parseCron(trigger.config);
          } catch (e) {
            error = (e as Error).message;
          }
        }
        out.push({
          functionName: def.name,
          triggerName: trigger.name,
          cron: trigger.config,
          nextFireAt: s?.next ? new Date(s.next).toISOString() : null,
          ...(error ? { error } : {}),
        });
      }
    }
    return out;
  }

  /** Fires one trigger now (also used by `POST /__emulator/timers/<fn>/<trigger>`). */
  async fireNow(functionName: string, triggerName: string): Promise<string> {
    const def = this.host.registry.get(functionName);
    if (!def) throw new ApiError(Codes.FUNCTION_NOT_FOUND, `function "${functionName}" not found`, 404);
    const trigger = def.config.triggers.find((t) => t.name === triggerName);
    if (!trigger) {
      const names = def.config.triggers.map((t) => t.name);
      throw new ApiError(Codes.INVALID_PARAM, `function "${functionName}" has no timer trigger "${triggerName}"${names.length ? ` (has: ${names.join(', ')})` : ''}`, 404);
    }
    return this.fire(functionName, trigger, new Date());
  }

  private async fire(functionName: string, trigger: TimerTrigger, at: Date): Promise<string> {
    this.info(`timer ${functionName}/${trigger.name} fired`);
    return this.host.invoke(functionName, timerEvent(trigger, at), { trigger: 'timer', source: 'wx_trigger' });
  }

  stop(): void {
    this.running = false;
    clearInterval(this.rescan);
    for (const s of this.scheduled) clearTimeout(s.handle);
  }
}
