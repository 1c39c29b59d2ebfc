/** HTTP plumbing shared by the routes: bounded body reading, JSON replies, CORS. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../errors';

export const JSON_TYPE = 'application/json; charset=utf-8';

export const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, X-WX-OPENID, X-WX-APPID, X-WX-UNIONID, Authorization',
  'Access-Control-Max-Age': '600',
};

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
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError('INVALID_JSON', `request body is not valid JSON: ${(error as Error).message}`, 400);
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { ...CORS_HEADERS, 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendBytes(res: ServerResponse, status: number, body: Buffer, contentType: string, headOnly = false, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...CORS_HEADERS, 'Content-Type': contentType, 'Content-Length': body.length, ...headers });
  res.end(headOnly ? undefined : body);
}

/** The error shape of the HTTP helper endpoints (`/__client/*`, `/__emulator/*`). */
export function sendError(res: ServerResponse, error: unknown): void {
  if (error instanceof ApiError) {
    sendJson(res, error.status, { errCode: error.code, errMsg: error.message });
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
