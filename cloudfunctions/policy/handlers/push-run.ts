import type { policyContracts } from '@shared/contracts/policy';
import type { Handler, TimerContext } from '../../_runtime/router';
import { runPush } from '../push/run';

/** An administrator starts a run by hand (e.g. right after publishing); `maxPairs` bounds it. */
export const pushRun: Handler<(typeof policyContracts)['push.run']> = async (input, ctx) =>
  runPush(ctx.db, ctx.log, new Date(), { policyId: input.policyId, maxPairs: input.maxPairs });

/** The timer: every open policy not yet done today, continuing any checkpoint. */
export const pushTimer = async (ctx: TimerContext) => runPush(ctx.db, ctx.log, ctx.now);
