/** `/__emulator/*`: health, inspection and test controls (outbox, grants, faults, timers, logs, export). */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, Codes } from '../errors';
import { isPlainObject } from '../database/ejson';
import type { DocumentStore } from '../database/store';
import type { FunctionHost } from '../functions/host';
import type { TimerScheduler } from '../functions/timers';
import type { LogBuffer } from '../logbuffer';
import type { RequestLog } from '../request-log';
import type { Subscriptions } from '../subscriptions';
import { decodePathSegment, readJson, requireMethod, sendJson } from './util';

export interface ControlDeps {
  envId: string;
  startedAt: number;
  host: FunctionHost;
  timers: TimerScheduler;
  store: DocumentStore;
  subscriptions: Subscriptions;
  logs: LogBuffer;
  requests: RequestLog;
  contractsFile?: string;
  seedDir?: string;
  bodyLimit: number;
  exportData: () => unknown;
  /** The client access level of a collection (ADMINONLY when undeclared). */
  aclOf: (collection: string) => string;
}

function serveJsonFile(res: ServerResponse, file: string | undefined, what: string, hint: string): void {
  if (!file || !existsSync(file)) {
    throw new ApiError('NOT_FOUND', `no ${what}: ${file ? `${file} does not exist` : 'none configured'} (${hint})`, 404);
  }
  const text = readFileSync(file, 'utf8');
  try {
    JSON.parse(text);
  } catch (error) {
    throw new ApiError('INVALID_FILE', `${file} is not valid JSON: ${(error as Error).message}`, 500);
  }
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

export function createControlRoute(deps: ControlDeps) {
  return async function control(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const rest = url.pathname.slice('/__emulator/'.length).replace(/\/+$/, '');
    const q = url.searchParams;

    if (rest === 'health') {
      requireMethod(req, 'GET', 'HEAD');
      return sendJson(res, 200, {
        ok: true,
        envId: deps.envId,
        functions: deps.host.names(),
        uptimeSeconds: Math.round((Date.now() - deps.startedAt) / 1000),
      });
    }
    if (rest === 'contracts') {
      requireMethod(req, 'GET');
      return serveJsonFile(res, deps.contractsFile, 'contracts file', 'start the emulator with --contracts <file>');
    }
    if (rest === 'personas') {
      requireMethod(req, 'GET');
      return serveJsonFile(res, deps.seedDir ? path.join(deps.seedDir, 'personas.json') : undefined, 'personas file', 'put personas.json in the seed directory');
    }
    if (rest === 'logs') {
      requireMethod(req, 'GET');
      const limit = q.get('limit') ? Number(q.get('limit')) : 200;
      if (!Number.isInteger(limit) || limit < 1) throw new ApiError(Codes.INVALID_PARAM, 'limit must be a positive integer', 400);
      return sendJson(res, 200, { lines: deps.logs.recent({ source: q.get('fn') ?? undefined, limit }) });
    }
    if (rest === 'requests') {
      requireMethod(req, 'GET', 'POST', 'DELETE');
      if (req.method === 'DELETE') {
        deps.requests.clear();
        return sendJson(res, 200, { ok: true });
      }
      if (req.method === 'POST') {
        const body = await readJson(req, deps.bodyLimit);
        const latencyMs = isPlainObject(body) ? body.latencyMs : undefined;
        if (typeof latencyMs !== 'number' || !Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > 5000) throw new ApiError(Codes.INVALID_PARAM, 'body must be {latencyMs: integer 0-5000}', 400);
        deps.requests.latencyMs = latencyMs;
        return sendJson(res, 200, { ok: true, latencyMs });
      }
      return sendJson(res, 200, { requests: deps.requests.list(q.get('invocation') ?? undefined) });
    }
    if (rest === 'outbox') {
      requireMethod(req, 'GET', 'DELETE');
      if (req.method === 'DELETE') {
        deps.subscriptions.clearOutbox();
        return sendJson(res, 200, { ok: true });
      }
      return sendJson(res, 200, { messages: deps.subscriptions.outbox(q.get('touser') ?? undefined) });
    }
    if (rest === 'subscriptions') {
      requireMethod(req, 'GET');
      const openid = q.get('openid') ?? undefined;
      const grants = deps.subscriptions.grants(openid);
      if (openid) {
        return sendJson(res, 200, { openid, grants: Object.fromEntries(grants.map((g) => [g.templateId, g.remaining])) });
      }
      return sendJson(res, 200, { grants });
    }
    if (rest === 'faults') {
      requireMethod(req, 'GET', 'POST', 'DELETE');
      if (req.method === 'GET') return sendJson(res, 200, { faults: deps.subscriptions.faults() });
      if (req.method === 'DELETE') {
        deps.subscriptions.clearFaults();
        return sendJson(res, 200, { ok: true });
      }
      const body = await readJson(req, deps.bodyLimit);
      if (!isPlainObject(body)) throw new ApiError(Codes.INVALID_PARAM, 'body must be {errcode, count, templateId?, errmsg?}', 400);
      const { errcode, count = 1, templateId, errmsg } = body;
      if (typeof errcode !== 'number' || !Number.isInteger(errcode) || errcode === 0) throw new ApiError(Codes.INVALID_PARAM, 'errcode must be a non-zero integer (e.g. 45009, 40037, 47003, 43101)', 400);
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > 10_000) throw new ApiError(Codes.INVALID_PARAM, 'count must be an integer 1-10000', 400);
      if (templateId !== undefined && (typeof templateId !== 'string' || !templateId)) throw new ApiError(Codes.INVALID_PARAM, 'templateId must be a non-empty string', 400);
      if (errmsg !== undefined && typeof errmsg !== 'string') throw new ApiError(Codes.INVALID_PARAM, 'errmsg must be a string', 400);
      const fault = deps.subscriptions.addFault({ errcode, count, templateId, errmsg });
      return sendJson(res, 200, { ok: true, fault });
    }
    if (rest === 'timers') {
      requireMethod(req, 'GET');
      return sendJson(res, 200, { timers: deps.timers.list() });
    }
    if (rest.startsWith('timers/')) {
      requireMethod(req, 'POST');
      const parts = rest.split('/');
      if (parts.length !== 3 || !parts[1] || !parts[2]) throw new ApiError(Codes.INVALID_PARAM, 'use POST /__emulator/timers/<function>/<triggerName>', 404);
      const result = await deps.timers.fireNow(decodePathSegment(parts[1]), decodePathSegment(parts[2]));
      return sendJson(res, 200, { ok: true, result: JSON.parse(result) });
    }
    if (rest === 'collections') {
      requireMethod(req, 'GET');
      return sendJson(res, 200, {
        collections: deps.store.collectionNames().map((name) => ({ name, count: deps.store.documents(name).length, indexes: deps.store.indexes(name), acl: deps.aclOf(name) })),
      });
    }
    if (rest === 'export') {
      requireMethod(req, 'GET');
      return sendJson(res, 200, deps.exportData());
    }
    throw new ApiError(
      'NOT_FOUND',
      `no control endpoint /__emulator/${rest} (health, contracts, personas, logs, requests, outbox, subscriptions, faults, timers, collections, export)`,
      404,
    );
  };
}
