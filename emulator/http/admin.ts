/**
 * `POST /admin?env=…&seqId=…`: the SDK's action protocol. Replies are HTTP 200 with `{requestId, …}` or
 * `{code, message, requestId}` (the SDK throws the latter as an error carrying `code`). Only a body that
 * cannot be an SDK request at all (not JSON, no action) gets a 400.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, Codes } from '../errors';
import { newRequestId } from '../ids';
import { isPlainObject } from '../database/ejson';
import { INVOCATION_QUERY_PARAM, type FunctionHost } from '../functions/host';
import { RawReply, type ActionHandler } from '../actions/types';
import { parseMultipart } from './multipart';
import { MAX_JSON_DEPTH, jsonDepth } from '../json-depth';
import { baseUrlOf, readBody, sendJson } from './util';
import type { RequestLog } from '../request-log';

export interface AdminDeps {
  envId: string;
  actions: Record<string, ActionHandler>;
  host: FunctionHost;
  bodyLimit: number;
  fallbackBaseUrl: () => string;
  info: (line: string) => void;
  /** Records each request's action, invocation and timing for `GET /__emulator/requests`. */
  requests?: RequestLog;
  now?: () => number;
}

export function createAdminRoute(deps: AdminDeps) {
  return async function admin(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const requestId = newRequestId();
    const logged = { action: '(unparsed)', invocation: null as string | null, startMs: deps.now?.() ?? 0 };
    if (deps.requests) res.once('finish', () => deps.requests!.add({ ...logged, endMs: deps.now?.() ?? 0 }));
    const fail = (status: number, code: string, message: string) => sendJson(res, status, { code, message, requestId });
    if (req.method !== 'POST') return fail(405, Codes.INVALID_PARAM, `${req.method} /admin is not supported: the SDK protocol is POST with a JSON body {action, …}`);

    let params: Record<string, unknown>;
    try {
      const body = await readBody(req, deps.bodyLimit);
      const type = req.headers['content-type'] ?? '';
      if (/^multipart\/form-data/i.test(type)) {
        params = parseMultipart(body, type);
      } else {
        const text = body.toString('utf8');
        if (jsonDepth(text) > MAX_JSON_DEPTH) return fail(400, Codes.INVALID_PARAM, `request body is nested deeper than ${MAX_JSON_DEPTH} levels`);
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          return fail(400, Codes.INVALID_PARAM, `request body is not valid JSON: ${(error as Error).message}`);
        }
        if (!isPlainObject(parsed)) return fail(400, Codes.INVALID_PARAM, 'request body must be a JSON object {action, …}');
        params = parsed;
      }
    } catch (error) {
      if (error instanceof ApiError) return fail(error.status, Codes.INVALID_PARAM, error.message);
      throw error;
    }

    const action = params.action;
    if (typeof action !== 'string' || action.length === 0) return fail(400, Codes.INVALID_PARAM, 'missing "action" (e.g. "database.getDocument")');

    const env = url.searchParams.get('env') || (typeof params.envName === 'string' ? params.envName : '');
    if (env && env !== deps.envId) {
      return fail(200, Codes.INVALID_ENV, `this emulator serves env "${deps.envId}", the request is for env "${env}" (check init({env}) / TCB_ENV)`);
    }

    const handler = Object.prototype.hasOwnProperty.call(deps.actions, action) ? deps.actions[action] : undefined;
    if (!handler) return fail(200, Codes.INVALID_ACTION, `action "${action}" is not emulated`);

    const caller = deps.host.invocation(url.searchParams.get(INVOCATION_QUERY_PARAM) ?? undefined);
    logged.action = action;
    logged.invocation = caller?.requestId ?? null;
    if (deps.requests?.latencyMs) await new Promise((resolve) => setTimeout(resolve, deps.requests!.latencyMs));
    try {
      const reply = await handler({
        envId: deps.envId,
        requestId,
        baseUrl: baseUrlOf(req, deps.fallbackBaseUrl()),
        caller,
        params,
      });
      if (reply instanceof RawReply) {
        res.writeHead(200, { 'Content-Type': reply.contentType, 'Content-Length': reply.body.length });
        res.end(reply.body);
        return;
      }
      sendJson(res, 200, { requestId, ...reply });
    } catch (error) {
      if (error instanceof ApiError) return fail(200, error.code, error.message);
      deps.info(`action ${action} failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fail(200, Codes.SYS_ERR, `internal emulator error in ${action}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}
