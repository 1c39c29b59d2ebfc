/**
 * `/__cos/<path>`: the object-storage side. PUT stores bytes (what the SDK does with the upload URL from
 * getUploadMetadata), GET/HEAD serve them (the tempFileURL). Errors are COS-style XML, which the SDK parses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../errors';
import { newRequestId } from '../ids';
import { normalizeCloudPath, type FileStore } from '../storage';
import { CORS_HEADERS, formatBytes, readBody, sendBytes } from './util';

function cosError(res: ServerResponse, status: number, code: string, message: string, resource: string): void {
  const xml = `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n  <Code>${code}</Code>\n  <Message>${escapeXml(message)}</Message>\n  <Resource>${escapeXml(resource)}</Resource>\n  <RequestId>${newRequestId()}</RequestId>\n  <TraceId>${newRequestId()}</TraceId>\n</Error>`;
  res.writeHead(status, { ...CORS_HEADERS, 'Content-Type': 'application/xml' });
  res.end(xml);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function decodeOnce(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export function createCosRoute(files: FileStore, maxUploadBytes: number) {
  return async function cos(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const raw = url.pathname.slice('/__cos/'.length);
    const decoded = decodeOnce(raw);
    if (decoded === undefined) return cosError(res, 400, 'InvalidURI', 'malformed percent-encoding in the object key', raw);
    let key: string;
    try {
      key = normalizeCloudPath(decoded);
    } catch (error) {
      return cosError(res, 400, 'InvalidURI', (error as Error).message, raw);
    }

    if (req.method === 'PUT') {
      let body: Buffer;
      try {
        body = await readBody(req, maxUploadBytes);
      } catch (error) {
        if (error instanceof ApiError && error.status === 413) {
          return cosError(res, 400, 'EntityTooLarge', `Your proposed upload exceeds the maximum allowed object size (${formatBytes(maxUploadBytes)} in the emulator)`, key);
        }
        throw error;
      }
      files.put(key, body, req.headers['content-type'], null);
      res.writeHead(200, { ...CORS_HEADERS, ETag: `"${body.length.toString(16)}"`, 'Content-Length': 0 });
      res.end();
      return;
    }

    if (req.method === 'GET' || req.method === 'HEAD') {
      let file = files.get(key);
      // the SDK runs encodeURI() over tempFileURL before fetching it, so the key may arrive encoded twice
      if (!file && key.includes('%')) {
        const twice = decodeOnce(key);
        if (twice !== undefined) file = files.get(twice);
      }
      if (!file) return cosError(res, 404, 'NoSuchKey', 'The specified key does not exist.', key);
      sendBytes(res, 200, file.data, file.contentType, req.method === 'HEAD', { 'Cache-Control': 'no-store' });
      return;
    }
    return cosError(res, 405, 'MethodNotAllowed', `${req.method} is not allowed on objects`, key);
  };
}
