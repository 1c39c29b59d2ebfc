import type { Contract, InputOf, OutputOf } from '@shared/contract';

/**
 * An action through the local CloudBase's client endpoint as `openid` (null: no identity at all), the way the H5
 * app calls it — for setting the scene of a browser or weapp test (a completed case, another department's step).
 */
export async function callAs<C extends Contract>(baseUrl: string, openid: string | null, contract: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const text = await post(`${baseUrl}/__client/functions/${contract.fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
    body: JSON.stringify({ action: contract.action, payload: input }),
  });
  const body = JSON.parse(text) as { ok: boolean; data?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${contract.fn}.${contract.action}: ${JSON.stringify(body.error)}`);
  return body.data as OutputOf<C>;
}

type HostHttp = (url: string, init: RequestInit) => Promise<{ status: number; text: string }>;

/** The weapp tests' jsdom realm has no fetch; their environment lends the host's as `__hostHttp`. */
async function post(url: string, init: RequestInit): Promise<string> {
  const host = (globalThis as { __hostHttp?: HostHttp }).__hostHttp;
  if (host) return (await host(url, init)).text;
  return (await fetch(url, init)).text();
}
