/** `functions.invokeFunction`: runs a function through the host. */
import { invalidParam } from '../errors';
import type { FunctionHost } from '../functions/host';
import { optionalString, requireString } from './params';
import type { ActionHandler } from './types';

export function functionActions(host: FunctionHost): Record<string, ActionHandler> {
  return {
    'functions.invokeFunction': async (ctx) => {
      const name = requireString(ctx.params, 'function_name');
      const raw = optionalString(ctx.params, 'request_data');
      let event: unknown = {};
      if (raw !== undefined) {
        try {
          event = JSON.parse(raw);
        } catch (error) {
          throw invalidParam(`request_data is not valid JSON: ${(error as Error).message}`);
        }
      }
      // a call from inside a function keeps the original caller (SOURCE gains ",scf", like the platform)
      const caller = ctx.caller;
      const json = await host.invoke(name, event, {
        identity: caller?.identity,
        source: caller ? `${caller.source ? `${caller.source},` : ''}scf` : undefined,
      });
      return { data: { response_data: json } };
    },
  };
}
