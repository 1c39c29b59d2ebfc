import type { Contract, InputOf, OutputOf } from '@shared/contract';
import { flushUploads } from './test-uploads';

/** What the client endpoint answers for one action as `openid` (null: no identity at all), ok or not. */
export async function answerOf(
  baseUrl: string,
  openid: string | null,
  target: { fn: string; action: string },
  payload: unknown,
): Promise<{ ok: boolean; data?: any; error?: any }> {
  await flushUploads(baseUrl);
  const text = await post(`${baseUrl}/__client/functions/${target.fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
    body: JSON.stringify({ action: target.action, payload }),
  });
  return JSON.parse(text) as { ok: boolean; data?: any; error?: any };
}

/**
 * An action through the local CloudBase's client endpoint as `openid`, the way the H5 app calls it — for setting
 * the scene of a browser or weapp test (a completed case, another department's step). Fails on an error answer.
 */
export async function callAs<C extends Contract>(baseUrl: string, openid: string | null, contract: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const body = await answerOf(baseUrl, openid, contract, input);
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
