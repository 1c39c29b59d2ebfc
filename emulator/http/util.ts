/** HTTP plumbing shared by the routes: bounded body reading, JSON parsing with a depth limit, JSON replies. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../errors';
import { MAX_JSON_DEPTH, jsonDepth } from '../json-depth';

export const JSON_TYPE = 'application/json; charset=utf-8';

/** JSON.parse with the depth limit; both failures are INVALID_JSON 400. */
export function parseJsonText(text: string, what = 'request body'): unknown {
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw new ApiError('INVALID_JSON', `${what} is nested deeper than ${MAX_JSON_DEPTH} levels`, 400);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError('INVALID_JSON', `${what} is not valid JSON: ${(error as Error).message}`, 400);
  }
}

/** Reads the whole body; answers 413 (ApiError) past `limit` bytes without buffering the rest. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      req.resume();
      reject(tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        chunks.length = 0;
        reject(tooLarge(limit));
        req.resume(); // discard the rest so the connection stays usable
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!failed) reject(error);
    });
  });
}

function tooLarge(limit: number): ApiError {
  return new ApiError('PAYLOAD_TOO_LARGE', `request body exceeds the limit of ${formatBytes(limit)}`, 413);
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB` : `${bytes} bytes`;
}

export async function readJson(req: IncomingMessage, limit: number, { emptyAs }: { emptyAs?: unknown } = {}): Promise<unknown> {
  const body = await readBody(req, limit);
  const text = body.toString('utf8');
  if (text.trim() === '' && emptyAs !== undefined) return emptyAs;
  return parseJsonText(text);
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** The error shape of the HTTP helper endpoints (`/__client/*`, `/__emulator/*`). */
export function sendError(res: ServerResponse, error: unknown): void {
  if (error instanceof ApiError) {
    if (error.wxErrCode !== undefined) sendJson(res, error.status, { errCode: error.wxErrCode, code: error.code, errMsg: error.message });
    else sendJson(res, error.status, { errCode: error.code, errMsg: error.message });
    return;
  }
  sendJson(res, 500, { errCode: 'INTERNAL_ERROR', errMsg: error instanceof Error ? error.message : String(error) });
}

export function requireMethod(req: IncomingMessage, ...allowed: string[]): void {
  if (!allowed.includes(req.method ?? '')) {
    throw new ApiError('METHOD_NOT_ALLOWED', `${req.method} is not allowed here (use ${allowed.join(' or ')})`, 405);
  }
}

/** `http://host:port` as the client reached us (for URLs we hand out); falls back to the bound address. */
export function baseUrlOf(req: IncomingMessage, fallback: string): string {
  const host = req.headers.host;
  if (host && /^[A-Za-z0-9.\-:[\]]+$/.test(host)) return `http://${host}`;
  return fallback;
}

export function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  const single = Array.isArray(value) ? value[0] : value;
  return single && single.length > 0 ? single : undefined;
}

export function decodePathSegment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new ApiError('INVALID_PATH', `malformed percent-encoding in "${text}"`, 400);
  }
}
