/**
 * `POST /__client/database`: what `wx.cloud.database()` does from the mini-program, i.e. database access
 * WITHOUT a function in between. The body is the same `{action, collectionName, query, data, …}` as on
 * `/admin`; the caller is `X-WX-OPENID`. Each collection's declared rule decides, as on CloudBase:
 * ADMINONLY refuses everything, ADMINWRITE refuses writes, PRIVATE / READONLY / owner expressions limit the
 * operation to documents whose `_openid` is the caller's, and a client insert is stamped with the caller's
 * `_openid` (a client cannot choose it). Refusals are DATABASE_PERMISSION_DENIED (-502003), nothing written.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, Codes, databasePermissionDenied } from '../errors';
import { isPlainObject, type Doc } from '../database/ejson';
import { newRequestId } from '../ids';
import type { ActionHandler } from '../actions/types';
import { mayAttempt, type AccessRule } from '../security/rules';
import { identityOf } from './client';
import { baseUrlOf, parseJsonText, readJson, requireMethod, sendJson } from './util';

export interface ClientDatabaseDeps {
  envId: string;
  appId: string;
  actions: Record<string, ActionHandler>;
  ruleOf: (collection: string) => AccessRule;
  bodyLimit: number;
  fallbackBaseUrl: () => string;
}

const READS: Record<string, string> = {
  'database.getDocument': 'collection.get',
  'database.calculateDocument': 'collection.count',
  'database.aggregateDocuments': 'collection.aggregate',
};
const WRITES: Record<string, string> = {
  'database.insertDocument': 'collection.add',
  'database.modifyDocument': 'collection.update',
  'database.modifyAndReturnDoc': 'collection.update',
  'database.removeDocument': 'collection.remove',
};
/** Stages that would read another collection, past its own rule. */
const CROSS_COLLECTION_STAGES = ['$lookup', '$graphLookup', '$unionWith'];

/** EJSON arrives as text or as an object; the rule rewrites work on the object form. */
function asObject(value: unknown, what: string): Doc {
  if (value === undefined || value === null || value === '') return {};
  if (isPlainObject(value)) return value;
  if (typeof value === 'string') {
    const parsed = parseJsonText(value, what);
    if (isPlainObject(parsed)) return parsed;
  }
  throw new ApiError(Codes.INVALID_PARAM, `${what} must be an EJSON object`, 400);
}

/** Narrows a query to the caller's own documents. */
function ownOnly(query: Doc, openid: string): Doc {
  return '_openid' in query ? { $and: [query, { _openid: openid }] } : { ...query, _openid: openid };
}

function mentionsOpenid(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(mentionsOpenid);
  if (!isPlainObject(value)) return false;
  return Object.entries(value).some(([key, inner]) => key === '_openid' || key.startsWith('_openid.') || mentionsOpenid(inner));
}

export function createClientDatabaseRoute(deps: ClientDatabaseDeps) {
  return async function clientDatabase(req: IncomingMessage, res: ServerResponse): Promise<void> {
    requireMethod(req, 'POST');
    const identity = identityOf(req, deps.appId);
    const caller = identity.openid;
    const body = await readJson(req, deps.bodyLimit);
    if (!isPlainObject(body) || typeof body.action !== 'string') throw new ApiError(Codes.INVALID_PARAM, 'body must be {action: "database.getDocument" | …, collectionName, …}', 400);
    const params: Record<string, unknown> = { ...body };
    const action = body.action;
    const api = READS[action] ?? WRITES[action] ?? action;
    if (!READS[action] && !WRITES[action]) {
      throw databasePermissionDenied(api, `${action} is only available on the admin side (cloud functions)`);
    }
    if (params.transactionId !== undefined) throw databasePermissionDenied(api, 'transactions are only available on the admin side (cloud functions)');
    const collection = params.collectionName;
    if (typeof collection !== 'string' || collection === '') throw new ApiError(Codes.INVALID_PARAM, 'missing collectionName', 400);

    const rule = deps.ruleOf(collection);
    const isRead = READS[action] !== undefined;
    const grant = isRead ? rule.read : rule.write;
    if (!mayAttempt(grant, caller)) {
      throw databasePermissionDenied(api, `collection "${collection}" is ${rule.acl}: clients may not ${isRead ? 'read' : 'write'} it${caller ? '' : ' without signing in'}`);
    }

    if (action === 'database.aggregateDocuments') {
      const stages = Array.isArray(params.stages) ? params.stages : [];
      if (stages.some((s) => isPlainObject(s) && CROSS_COLLECTION_STAGES.includes(String(s.stageKey)))) {
        throw databasePermissionDenied(api, `${CROSS_COLLECTION_STAGES.join(' / ')} are only available on the admin side`);
      }
      if (grant === 'owner') params.stages = [{ stageKey: '$match', stageValue: JSON.stringify({ _openid: caller }) }, ...stages];
    } else if (action === 'database.insertDocument') {
      // CloudBase stamps every client insert with the caller's openid; a client cannot set it itself
      const raw = typeof params.data === 'string' ? [params.data] : params.data;
      if (!Array.isArray(raw)) throw new ApiError(Codes.INVALID_PARAM, 'data must be an array of EJSON documents', 400);
      params.data = raw.map((item, i) => ({ ...asObject(item, `data[${i}]`), _openid: caller ?? null }));
    } else {
      if (grant === 'owner') params.query = ownOnly(asObject(params.query, 'query'), caller as string);
      if (!isRead) {
        const data = asObject(params.data, 'data');
        if (mentionsOpenid(data)) throw databasePermissionDenied(api, 'the creator (_openid) of a document cannot be changed');
        if (params.merge === false) params.data = { ...data, _openid: caller ?? null };
      }
    }

    const requestId = newRequestId();
    try {
      const reply = await deps.actions[action]({ envId: deps.envId, requestId, baseUrl: baseUrlOf(req, deps.fallbackBaseUrl()), caller: undefined, params });
      sendJson(res, 200, { requestId, ...(reply as Record<string, unknown>) });
    } catch (error) {
      if (error instanceof ApiError) sendJson(res, error.status >= 400 ? error.status : 400, { errCode: error.code, code: error.code, errMsg: `${api}:fail ${error.message}`, requestId });
      else throw error;
    }
  };
}
