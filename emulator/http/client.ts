/**
 * `/__client/*`: what the H5 app and the weapp test harness use instead of the mini-program's wx.cloud.*
 * (which talks to WeChat, not to us). The caller is whoever `X-WX-OPENID` says (absent = anonymous).
 * Storage and database access here is client-side access: the declared rules apply (see ../security).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, Codes, storagePermissionDenied } from '../errors';
import { isPlainObject } from '../database/ejson';
import type { FunctionHost, Identity } from '../functions/host';
import type { AccessRule } from '../security/rules';
import { UrlSigner } from '../security/signing';
import { mayReadFile, mayWriteFile } from '../security/storage-access';
import { ALLOWED_UPLOAD_TYPE_NAMES, checkUpload } from '../security/upload-types';
import { normalizeCloudPath, type FileStore } from '../storage';
import type { Subscriptions } from '../subscriptions';
import { sendFile } from './file-response';
import { baseUrlOf, decodePathSegment, headerValue, readBody, readJson, requireMethod, sendJson } from './util';

export interface ClientDeps {
  host: FunctionHost;
  files: FileStore;
  signer: UrlSigner;
  /** The storage bucket's rule for client access. */
  storageRule: AccessRule;
  /** `POST /__client/database` (wx.cloud.database()). */
  database: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  subscriptions: Subscriptions;
  appId: string;
  maxUploadBytes: number;
  bodyLimit: number;
  fallbackBaseUrl: () => string;
}

const OPENID = /^[A-Za-z0-9_\-.@:]{1,128}$/;

export function identityOf(req: IncomingMessage, appId: string): Identity {
  const openid = headerValue(req, 'x-wx-openid');
  if (openid !== undefined && !OPENID.test(openid)) {
    throw new ApiError(Codes.INVALID_PARAM, 'X-WX-OPENID must be 1-128 characters of letters, digits, _ - . @ :', 400);
  }
  const unionid = headerValue(req, 'x-wx-unionid');
  const clientIp = req.socket.remoteAddress?.replace(/^::ffff:/, '');
  return { openid, appid: headerValue(req, 'x-wx-appid') ?? appId, unionid, clientIp };
}

const FUNCTION_ERRCODES: Record<string, number> = {
  [Codes.FUNCTION_NOT_FOUND]: -501000,
  [Codes.FUNCTIONS_EXECUTE_FAIL]: -504002,
  [Codes.FUNCTIONS_TIME_LIMIT_EXCEEDED]: -504003,
};

export function createClientRoute(deps: ClientDeps) {
  const callFunction = async (req: IncomingMessage, res: ServerResponse, name: string) => {
    requireMethod(req, 'POST');
    const identity = identityOf(req, deps.appId);
    const data = await readJson(req, deps.bodyLimit, { emptyAs: {} });
    if (!isPlainObject(data)) throw new ApiError(Codes.INVALID_PARAM, 'the body must be a JSON object (the callFunction data)', 400);
    // like wx.cloud.callFunction, the platform adds the caller to the event
    const event = { ...data, userInfo: { appId: identity.appid, ...(identity.openid ? { openId: identity.openid } : {}) } };
    try {
      const json = await deps.host.invoke(name, event, { identity, source: 'wx_client' });
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json) });
      res.end(json);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const errCode = FUNCTION_ERRCODES[error.code] ?? -501001;
      sendJson(res, error.status >= 400 ? error.status : 500, { errCode, code: error.code, errMsg: `cloud.callFunction:fail ${errCode} ${error.message}` });
    }
  };

  const upload = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    requireMethod(req, 'POST', 'PUT');
    const identity = identityOf(req, deps.appId);
    const raw = url.searchParams.get('cloudPath');
    if (!raw) throw new ApiError(Codes.INVALID_PARAM, 'missing ?cloudPath=… (where to store the file)', 400);
    const cloudPath = normalizeCloudPath(raw);
    if (!mayWriteFile(deps.storageRule, identity.openid, deps.files.get(cloudPath))) {
      req.resume();
      throw storagePermissionDenied('cloud.uploadFile', identity.openid ? `${cloudPath} belongs to someone else` : 'sign in first (X-WX-OPENID)');
    }
    const body = await readBody(req, deps.maxUploadBytes);
    const checked = checkUpload(cloudPath, req.headers['content-type'], body);
    if ('problem' in checked) {
      throw new ApiError('STORAGE_FILE_TYPE_NOT_ALLOWED', `cloud.uploadFile:fail ${checked.problem}. Only ${ALLOWED_UPLOAD_TYPE_NAMES.join(', ')} can be uploaded.`, 415);
    }
    const stored = deps.files.put(cloudPath, body, checked.type, identity.openid ?? null);
    sendJson(res, 200, { fileID: deps.files.fileIdFor(stored.path), statusCode: 200, errMsg: 'cloud.uploadFile:ok' });
  };

  const download = (req: IncomingMessage, res: ServerResponse, url: URL) => {
    requireMethod(req, 'GET', 'HEAD');
    const identity = identityOf(req, deps.appId);
    const fileID = url.searchParams.get('fileID');
    if (!fileID) throw new ApiError(Codes.INVALID_PARAM, 'missing ?fileID=cloud://…', 400);
    const file = deps.files.get(deps.files.pathOf(fileID));
    if (!file) throw new ApiError(Codes.STORAGE_FILE_NONEXIST, `file not found: ${fileID}`, 404);
    if (!mayReadFile(deps.storageRule, identity.openid, file)) throw storagePermissionDenied('cloud.downloadFile', 'only the uploader may download this file');
    sendFile(res, file, req.method === 'HEAD');
  };

  const fileListOf = async (req: IncomingMessage): Promise<unknown[]> => {
    requireMethod(req, 'POST');
    const body = await readJson(req, deps.bodyLimit);
    if (!isPlainObject(body) || !Array.isArray(body.fileList)) throw new ApiError(Codes.INVALID_PARAM, 'body must be {fileList: [fileID, …]}', 400);
    if (body.fileList.length > 50) throw new ApiError(Codes.INVALID_PARAM, 'at most 50 files per call', 400);
    return body.fileList;
  };

  const tempUrls = async (req: IncomingMessage, res: ServerResponse) => {
    const identity = identityOf(req, deps.appId);
    const list = await fileListOf(req);
    const base = baseUrlOf(req, deps.fallbackBaseUrl());
    const fileList = list.map((item) => {
      const fileID = isPlainObject(item) ? item.fileID : item;
      const maxAge = UrlSigner.clampMaxAge(isPlainObject(item) ? item.maxAge : undefined);
      try {
        const path = deps.files.pathOf(fileID);
        const file = deps.files.get(path);
        if (!file) return { fileID, tempFileURL: '', maxAge, status: -1, errMsg: 'STORAGE_FILE_NONEXIST' };
        if (!mayReadFile(deps.storageRule, identity.openid, file)) return { fileID, tempFileURL: '', maxAge, status: -503002, errMsg: 'STORAGE_EXCEED_AUTHORITY' };
        return { fileID, tempFileURL: `${deps.files.downloadUrl(base, path)}?${deps.signer.downloadQuery(path, maxAge)}`, maxAge, status: 0, errMsg: 'ok' };
      } catch (error) {
        return { fileID, tempFileURL: '', maxAge, status: -1, errMsg: (error as Error).message };
      }
    });
    sendJson(res, 200, { fileList, errMsg: 'cloud.getTempFileURL:ok' });
  };

  const deleteFiles = async (req: IncomingMessage, res: ServerResponse) => {
    const identity = identityOf(req, deps.appId);
    const list = await fileListOf(req);
    const fileList = list.map((fileID) => {
      try {
        const path = deps.files.pathOf(fileID);
        const file = deps.files.get(path);
        if (file && !mayWriteFile(deps.storageRule, identity.openid, file)) return { fileID, status: -503002, errMsg: 'STORAGE_EXCEED_AUTHORITY' };
        const ok = deps.files.delete(path);
        return { fileID, status: ok ? 0 : -1, errMsg: ok ? 'ok' : 'STORAGE_FILE_NONEXIST' };
      } catch (error) {
        return { fileID, status: -1, errMsg: (error as Error).message };
      }
    });
    sendJson(res, 200, { fileList, errMsg: 'cloud.deleteFile:ok' });
  };

  const subscribe = async (req: IncomingMessage, res: ServerResponse) => {
    requireMethod(req, 'POST');
    // wx.requestSubscribeMessage failures carry a numeric errCode and an errMsg
    const fail = (status: number, errCode: number, reason: string) => sendJson(res, status, { errCode, errMsg: `requestSubscribeMessage:fail ${reason}` });
    const identity = identityOf(req, deps.appId);
    if (!identity.openid) return fail(401, -1, 'a signed-in user is required (header X-WX-OPENID)');
    const body = await readJson(req, deps.bodyLimit);
    if (!isPlainObject(body) || !Array.isArray(body.tmplIds) || body.tmplIds.length === 0) {
      return fail(400, 20001, 'tmplIds must be a non-empty array of template ids');
    }
    const tmplIds = body.tmplIds;
    if (!tmplIds.every((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= 128)) {
      return fail(400, 20001, 'every tmplId must be a non-empty string');
    }
    if (tmplIds.length > 3) return fail(400, 20003, 'at most 3 template ids per request');
    const decisions = body.decisions ?? {};
    if (!isPlainObject(decisions) || !Object.values(decisions).every((d) => d === 'accept' || d === 'reject')) {
      return fail(400, 20001, "decisions must map template ids to 'accept' | 'reject'");
    }
    const result = deps.subscriptions.grant(identity.openid, tmplIds, decisions as Record<string, 'accept' | 'reject'>);
    sendJson(res, 200, { errMsg: 'requestSubscribeMessage:ok', ...result });
  };

  return async function client(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const rest = url.pathname.slice('/__client/'.length);
    if (rest.startsWith('functions/')) {
      const name = decodePathSegment(rest.slice('functions/'.length));
      if (!name || name.includes('/')) throw new ApiError(Codes.INVALID_PARAM, 'use /__client/functions/<name>', 404);
      return callFunction(req, res, name);
    }
    switch (rest) {
      case 'upload':
        return upload(req, res, url);
      case 'download':
        return download(req, res, url);
      case 'temp-urls':
        return tempUrls(req, res);
      case 'delete-files':
        return deleteFiles(req, res);
      case 'subscribe':
        return subscribe(req, res);
      case 'database':
        return deps.database(req, res);
      default:
        throw new ApiError('NOT_FOUND', `no client endpoint /__client/${rest} (functions/<name>, database, upload, download, temp-urls, delete-files, subscribe)`, 404);
    }
  };
}
