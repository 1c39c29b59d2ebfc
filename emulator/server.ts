/** The HTTP server: routes requests to /admin, /__cos, /__client, /__emulator or the static files. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError } from './errors';
import { isPrivilegedPath, type SurfaceVerdict } from './http/surface';
import { sendError, sendJson } from './http/util';

export type Route = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => Promise<void> | void;

export interface Routes {
  admin: Route;
  cos: Route;
  client: Route;
  control: Route;
  static: Route;
}

function pick(routes: Routes, pathname: string): Route {
  if (pathname === '/admin' || pathname === '/admin/') return routes.admin;
  if (pathname.startsWith('/__cos/')) return routes.cos;
  if (pathname.startsWith('/__client/')) return routes.client;
  if (pathname.startsWith('/__emulator/')) return routes.control;
  return routes.static;
}

const CORS_METHODS = 'GET, HEAD, POST, PUT, DELETE, OPTIONS';
const CORS_REQUEST_HEADERS = 'Content-Type, X-WX-OPENID, X-WX-APPID, X-WX-UNIONID, Authorization';

export function createHttpServer(
  routes: Routes,
  guard: (req: http.IncomingMessage, pathname: string) => SurfaceVerdict,
  onUnexpected: (error: unknown) => void,
): http.Server {
  const server = http.createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://emulator.local');
    } catch {
      sendError(res, new ApiError('INVALID_URL', 'malformed request URL', 400));
      return;
    }
    const verdict = guard(req, url.pathname);
    if (!verdict.ok) {
      req.resume();
      sendJson(res, 403, { errCode: verdict.code, errMsg: verdict.message });
      return;
    }
    // CORS only for our own origin (the H5 app is same-origin anyway), and never on control/admin
    if (verdict.corsOrigin) {
      res.setHeader('Access-Control-Allow-Origin', verdict.corsOrigin);
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      if (isPrivilegedPath(url.pathname)) {
        sendJson(res, 403, { errCode: 'FORBIDDEN_ORIGIN', errMsg: 'the control and admin endpoints do not answer CORS preflights' });
        return;
      }
      res.writeHead(204, verdict.corsOrigin ? { 'Access-Control-Allow-Methods': CORS_METHODS, 'Access-Control-Allow-Headers': CORS_REQUEST_HEADERS, 'Access-Control-Max-Age': '600' } : {});
      res.end();
      return;
    }
    Promise.resolve()
      .then(() => pick(routes, url.pathname)(req, res, url))
      .catch((error: unknown) => {
        if (!(error instanceof ApiError)) onUnexpected(error);
        try {
          sendError(res, error);
        } catch {
          res.destroy();
        }
      });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return server;
}

export function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
