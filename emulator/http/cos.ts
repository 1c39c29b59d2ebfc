/**
 * `/__cos/<path>`: the object-storage side. PUT stores bytes (what the SDK does with the upload URL from
 * getUploadMetadata, sending back its `Signature`), GET/HEAD serve them to a signed, unexpired tempFileURL
 * (`?sign=…&t=…`). Errors are COS-style XML, which the SDK parses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../errors';
import { newRequestId } from '../ids';
import type { UrlSigner } from '../security/signing';
import { normalizeCloudPath, type FileStore } from '../storage';
import { sendFile } from './file-response';
import { formatBytes, headerValue, readBody } from './util';

function cosError(res: ServerResponse, status: number, code: string, message: string, resource: string): void {
  const xml = `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n  <Code>${code}</Code>\n  <Message>${escapeXml(message)}</Message>\n  <Resource>${escapeXml(resource)}</Resource>\n  <RequestId>${newRequestId()}</RequestId>\n  <TraceId>${newRequestId()}</TraceId>\n</Error>`;
  res.writeHead(status, { 'Content-Type': 'application/xml', 'X-Content-Type-Options': 'nosniff' });
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

export function createCosRoute(files: FileStore, signer: UrlSigner, maxUploadBytes: number) {
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
      const verdict = signer.verifyUpload(key, headerValue(req, 'signature'));
      if (verdict !== 'ok') {
        req.resume();
        return cosError(res, 403, verdict === 'expired' ? 'RequestTimeTooSkewed' : 'SignatureDoesNotMatch', verdict === 'expired' ? 'The upload URL has expired.' : 'The request signature we calculated does not match the signature you provided (get an upload URL from getUploadMetadata).', key);
      }
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
      res.writeHead(200, { ETag: `"${body.length.toString(16)}"`, 'Content-Length': 0 });
      res.end();
      return;
    }

    if (req.method === 'GET' || req.method === 'HEAD') {
      const sign = url.searchParams.get('sign');
      const t = url.searchParams.get('t');
      // the SDK runs encodeURI() over tempFileURL before fetching it, so the key may arrive encoded twice
      const twice = key.includes('%') ? decodeOnce(key) : undefined;
      const candidates = twice !== undefined && twice !== key ? [key, twice] : [key];
      const verdicts = candidates.map((candidate) => signer.verifyDownload(candidate, sign, t));
      const signed = candidates.find((_, i) => verdicts[i] === 'ok');
      if (!signed) {
        if (verdicts.includes('expired')) return cosError(res, 403, 'AccessDenied', 'Request has expired (the temporary URL is past its maxAge; get a new one).', key);
        return cosError(res, 403, 'AccessDenied', 'Access Denied: a signed temporary URL is required (getTempFileURL).', key);
      }
      const file = files.get(signed);
      if (!file) return cosError(res, 404, 'NoSuchKey', 'The specified key does not exist.', key);
      sendFile(res, file, req.method === 'HEAD');
      return;
    }
    return cosError(res, 405, 'MethodNotAllowed', `${req.method} is not allowed on objects`, key);
  };
}
