/**
 * How stored files are served (`/__cos`, `/__client/download`): never as something the browser would run on
 * the app's origin. Every response says `nosniff`; only images and PDF are shown inline, anything else is
 * an attachment, and script-capable types (HTML, SVG, XML, JavaScript) go out as application/octet-stream.
 * Everything but PDF also carries a sandboxing Content-Security-Policy (Chromium refuses to open a PDF
 * in a sandboxed document, and its viewer does not run in the app's origin anyway).
 */
import type { ServerResponse } from 'node:http';
import type { StoredFile } from '../storage';

const INLINE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'];
const ACTIVE_TYPES = /^(text\/html|application\/xhtml\+xml|image\/svg\+xml|text\/xml|application\/xml|[a-z]+\/(x-)?(java|ecma)script)\b/i;

export function fileHeaders(file: StoredFile): Record<string, string> {
  const bare = file.contentType.split(';')[0].trim().toLowerCase();
  const inline = INLINE_TYPES.includes(bare);
  const name = encodeURIComponent(file.path.split('/').pop() ?? 'file');
  return {
    'Content-Type': ACTIVE_TYPES.test(bare) ? 'application/octet-stream' : file.contentType,
    'Content-Length': String(file.size),
    'X-Content-Type-Options': 'nosniff',
    ...(bare === 'application/pdf' ? {} : { 'Content-Security-Policy': "default-src 'none'; sandbox" }),
    'Content-Disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${name}`,
    'Cache-Control': 'no-store',
  };
}

export function sendFile(res: ServerResponse, file: StoredFile, headOnly: boolean): void {
  res.writeHead(200, fileHeaders(file));
  res.end(headOnly ? undefined : file.data);
}
