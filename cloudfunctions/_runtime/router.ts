import type { z } from 'zod';
import { callEnvelopeSchema, type Contract, type FunctionName, type ParsedInputOf } from '@shared/contract';
import { CONTRACT_VERSION } from '@shared/contracts/version';
import { AppError, DEFAULT_ERROR_MESSAGES, type ApiResult } from '@shared/errors';
import { hasAnyRole, type Role } from '@shared/roles';
import { parseOrThrow } from '@shared/validation';
import { callerOpenid, database, isTimerRun, type Database } from './cloudbase';
import { createLogger, type Logger } from './logger';
import { ensureUser, type UserRecord } from './users';

export interface HandlerContext {
  /** The caller per the platform; null only on public actions called without a WeChat identity. */
  openid: string | null;
  user: UserRecord | null;
  /** True when this very call created the account (first visit). */
  userCreated: boolean;
  roles: Role[];
  requestId: string | null;
  db: Database;
  log: Logger;
  /** What the handler's early reads answered (withEarlyReads), started together with the account read. */
  early: Promise<unknown> | null;
}

export type Handler<C extends Contract> = (input: ParsedInputOf<C>, ctx: HandlerContext) => Promise<z.input<C['output']>>;

export type Handlers<G extends Record<string, Contract>> = { [A in keyof G]: Handler<G[A]> };

/** Reads a handler may start while the router reads the caller's account; they must not write anything. */
type EarlyReads<C extends Contract, E> = (input: ParsedInputOf<C>, caller: { openid: string | null; db: Database }) => Promise<E>;

/**
 * A handler whose first reads need only the input and the caller's openid: they go out together with the
 * account read (one round trip, not two). The handler gets their answer after the role check passed.
 */
export function withEarlyReads<C extends Contract, E>(
  early: EarlyReads<C, E>,
  handle: (input: ParsedInputOf<C>, ctx: HandlerContext, early: E) => Promise<z.input<C['output']>>,
): Handler<C> {
  const handler = async (input: ParsedInputOf<C>, ctx: HandlerContext) =>
    handle(input, ctx, await ((ctx.early as Promise<E> | null) ?? early(input, { openid: ctx.openid, db: ctx.db })));
  return Object.assign(handler, { early });
}

function earlyReadsOf(handler: unknown): EarlyReads<Contract, unknown> | undefined {
  return (handler as { early?: EarlyReads<Contract, unknown> }).early;
}

/** A signed-in caller (handlers of non-public actions can rely on these being present). */
export function requireUser(ctx: HandlerContext): { openid: string; user: UserRecord } {
  if (!ctx.openid || !ctx.user) throw new AppError('UNAUTHENTICATED');
  return { openid: ctx.openid, user: ctx.user };
}

/** What a timer trigger's run gets: the database and a logger, no caller. */
export interface TimerContext {
  db: Database;
  log: Logger;
  now: Date;
  triggerName: string;
}
export type TimerJobs = Record<string, (ctx: TimerContext) => Promise<unknown>>;

interface TimerEvent {
  Type: 'Timer';
  TriggerName: string;
  Time?: string;
}

function isTimerEvent(event: unknown): event is TimerEvent {
  return typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer';
}

/**
 * Turns a group of contracts and their handlers into a CloudBase `main`. Each call goes:
 * envelope → contract → identity (platform only) → role check → input validation → handler → output
 * validation → `{ ok: true, data }`. Anything thrown becomes `{ ok: false, error }`; nothing escapes.
 */
export function createFunction<G extends Record<string, Contract>>(fn: FunctionName, contracts: G, handlers: Handlers<G>, timers: TimerJobs = {}) {
  return async function main(event: unknown, context: unknown): Promise<ApiResult<unknown>> {
    return { ...(await answer(event, context)), contractVersion: CONTRACT_VERSION };
  };

  async function answer(event: unknown, context: unknown): Promise<ApiResult<unknown>> {
    const log = createLogger({ fn });
    let action = '(unknown)';
    try {
      // A timer trigger is the platform calling, never a user: only when the runtime says so (TRIGGER_SRC).
      if (isTimerEvent(event) && isTimerRun()) {
        action = `timer:${event.TriggerName}`;
        const job = timers[event.TriggerName];
        if (!job) throw new AppError('NOT_FOUND', `没有名为「${event.TriggerName}」的定时任务。`);
        const data = await job({ db: database(), log, now: new Date(), triggerName: event.TriggerName });
        return { ok: true, data };
      }
      const envelope = parseOrThrow(callEnvelopeSchema, event, '请求格式');
      action = envelope.action;
      // A mini-program older than these functions is told to update before anything else happens.
      if (envelope.clientVersion !== undefined && envelope.clientVersion < CONTRACT_VERSION) {
        throw new AppError('UPGRADE_REQUIRED', undefined, { clientVersion: envelope.clientVersion, contractVersion: CONTRACT_VERSION });
      }
      const contract = Object.prototype.hasOwnProperty.call(contracts, action) ? contracts[action] : undefined;
      if (!contract) {
        throw new AppError('NOT_FOUND', `没有名为「${action}」的业务操作，请升级小程序到最新版本后重试。`, { action });
      }

      const openid = callerOpenid(context);
      if (!openid && contract.roles !== 'public') throw new AppError('UNAUTHENTICATED');

      const db = database();
      const handler = handlers[action as keyof G] as Handler<Contract>;
      // A valid input lets the handler's early reads go out with the account read; errors still come in order.
      const parsed = contract.input.safeParse(envelope.payload ?? {});
      const earlyReads = earlyReadsOf(handler);
      const early = parsed.success && earlyReads ? earlyReads(parsed.data, { openid, db }) : null;
      early?.catch(() => undefined); // refused before the handler awaits it: not an unhandled rejection
      let user: UserRecord | null = null;
      let userCreated = false;
      if (openid) ({ user, created: userCreated } = await ensureUser(db, openid));
      const roles = user?.roles ?? [];
      if (!hasAnyRole(roles, contract.roles)) {
        throw new AppError('FORBIDDEN', undefined, { required: contract.roles });
      }

      const input = parsed.success ? parsed.data : parseOrThrow(contract.input, envelope.payload ?? {});
      const ctx: HandlerContext = { openid, user, userCreated, roles, requestId: envelope.requestId ?? null, db, log, early };
      const output = await handler(input, ctx);
      // Validating the answer strips anything the contract does not name (e.g. unmasked fields) before it leaves.
      const data = contract.output.parse(output);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code !== 'VALIDATION_FAILED') log.warn('refused', { action, code: error.code });
        return { ok: false, error: error.toBody() };
      }
      const incident = Math.random().toString(36).slice(2, 10);
      log.error('unhandled', { action, incident, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `${DEFAULT_ERROR_MESSAGES.INTERNAL}（编号 ${incident}）`, details: { incident } },
      };
    }
  }
}
