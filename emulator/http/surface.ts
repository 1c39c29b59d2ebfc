/**
 * Who may talk to the local CloudBase at all. Any web page the developer opens could otherwise fetch
 * `http://127.0.0.1:8787/__emulator/export` (or, by DNS rebinding, reach it under its own name) and read the
 * whole store. So:
 * - the Host header must name this server: 127.0.0.1 / localhost / [::1] / the bound host, on our port;
 *   when bound to 0.0.0.0 / :: (phone testing) any local-network address (private, loopback or link-local
 *   IP, this machine's name, `*.local`) on our port — never an arbitrary domain name;
 * - a request with an Origin must come from our own origin (`http://<its Host>`): the H5 app is served by
 *   this same server, so it is same-origin; foreign origins, `null` included, are refused;
 * - CORS headers go only to our own origin, and never on the control (`/__emulator/*`) or admin (`/admin`)
 *   endpoints, which browsers from elsewhere must not use.
 * The SDKs and test harnesses send no Origin and use 127.0.0.1, so they pass unchanged.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import os from 'node:os';
import { headerValue } from './util';

export type SurfaceVerdict = { ok: true; corsOrigin?: string } | { ok: false; code: 'FORBIDDEN_HOST' | 'FORBIDDEN_ORIGIN'; message: string };

const WILDCARD_HOSTS = ['0.0.0.0', '::', '[::]'];
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]', '::1'];

/** Control and admin endpoints: no CORS, no cross-site use. */
export function isPrivilegedPath(pathname: string): boolean {
  return pathname === '/admin' || pathname === '/admin/' || pathname.startsWith('/__emulator/');
}

function isLocalNetworkAddress(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  const kind = isIP(bare);
  if (kind === 4) {
    const [a, b] = bare.split('.').map(Number);
    return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  if (kind === 6) return bare === '::1' || /^f[cd]/.test(bare) || /^fe[89ab]/.test(bare) || /^::ffff:(10|127|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(bare);
  return false;
}

/** `host:port` / `[v6]:port` → its parts (port undefined when absent). */
function splitHost(value: string): { hostname: string; port: number | undefined } | undefined {
  const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(value);
  if (!match) return undefined;
  return { hostname: match[1].toLowerCase(), port: match[2] === undefined ? undefined : Number(match[2]) };
}

export function createSurfaceGuard(bindHost: string, port: () => number) {
  const wildcard = WILDCARD_HOSTS.includes(bindHost);
  const machine = os.hostname().toLowerCase();
  const allowedNames = new Set([...LOOPBACK_NAMES, bindHost.toLowerCase(), bindHost.includes(':') ? `[${bindHost.toLowerCase()}]` : bindHost.toLowerCase()]);

  const hostAccepted = (value: string | undefined): boolean => {
    if (!value) return false;
    const parts = splitHost(value);
    if (!parts || (parts.port ?? 80) !== port()) return false;
    if (allowedNames.has(parts.hostname)) return true;
    if (!wildcard) return false;
    return isLocalNetworkAddress(parts.hostname) || parts.hostname === machine || parts.hostname === `${machine}.local` || parts.hostname.endsWith('.local');
  };

  return function check(req: IncomingMessage, pathname: string): SurfaceVerdict {
    const host = headerValue(req, 'host');
    if (!hostAccepted(host)) {
      return { ok: false, code: 'FORBIDDEN_HOST', message: `Host "${host ?? ''}" is not this local CloudBase (use http://127.0.0.1:${port()})` };
    }
    const origin = headerValue(req, 'origin');
    if (origin !== undefined && origin.toLowerCase() !== `http://${host!.toLowerCase()}`) {
      return { ok: false, code: 'FORBIDDEN_ORIGIN', message: `requests from ${origin} are not accepted: only pages served by this local CloudBase may call it` };
    }
    const fetchSite = headerValue(req, 'sec-fetch-site');
    if (isPrivilegedPath(pathname) && (fetchSite === 'cross-site' || fetchSite === 'same-site')) {
      return { ok: false, code: 'FORBIDDEN_ORIGIN', message: 'the control and admin endpoints cannot be used from another site' };
    }
    return { ok: true, corsOrigin: origin !== undefined && !isPrivilegedPath(pathname) ? origin : undefined };
  };
}
