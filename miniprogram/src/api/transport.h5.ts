import { currentPersonaOpenid } from '@/local/persona';

/**
 * H5 (local mode) transport: the local CloudBase's client endpoint, same origin as the H5 app.
 * The chosen demo persona stands in for the WeChat identity.
 */
export async function invokeFunction(name: string, data: Record<string, unknown>): Promise<unknown> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const openid = currentPersonaOpenid();
  if (openid) headers['x-wx-openid'] = openid;
  const response = await fetch(`/__client/functions/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(data),
  });
  if (!response.ok) throw new Error(`callFunction:fail ${response.status}`);
  return response.json();
}
