/**
 * Static files (the H5 build) at `/`: index.html for directories, content types by extension, no way out
 * of the directory. An extension-less path that matches no file gets index.html (history-mode routers).
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError } from '../errors';
import { contentTypeFor } from '../mime';
import { decodePathSegment, requireMethod } from './util';

export function createStaticRoute(staticDir: string | undefined) {
  const root = staticDir && existsSync(staticDir) ? realpathSync(staticDir) : undefined;

  const resolveFile = (pathname: string): string | undefined => {
    if (!root) return undefined;
    const decoded = decodePathSegment(pathname);
    if (decoded.includes('\0')) throw new ApiError('INVALID_PATH', 'invalid path', 400);
    const candidate = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
    if (candidate !== root && !candidate.startsWith(root + path.sep)) throw new ApiError('FORBIDDEN', 'path escapes the static directory', 403);
    if (!existsSync(candidate)) return undefined;
    const real = realpathSync(candidate);
    if (real !== root && !real.startsWith(root + path.sep)) throw new ApiError('FORBIDDEN', 'path escapes the static directory', 403);
    const stat = statSync(real);
    if (stat.isDirectory()) {
      const index = path.join(real, 'index.html');
      return existsSync(index) ? index : undefined;
    }
    return stat.isFile() ? real : undefined;
  };

  return function serveStatic(req: IncomingMessage, res: ServerResponse, url: URL): void {
    requireMethod(req, 'GET', 'HEAD');
    let file = resolveFile(url.pathname);
    if (!file && root && path.posix.extname(url.pathname) === '') file = resolveFile('/index.html');
    if (!file) {
      throw new ApiError('NOT_FOUND', root ? `no file at ${url.pathname}` : `nothing at ${url.pathname} (no static directory configured; the SDK endpoint is POST /admin)`, 404);
    }
    const body = readFileSync(file);
    res.writeHead(200, { 'Content-Type': contentTypeFor(file), 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
