/** Shared setup of the 好差评 integration tests: completed help requests made through the real help actions. */
import { api } from '@shared/contracts';
import { expectOk, type Backend } from '../support/backend';
import { homeVisitRequest, LIU } from './help-fixtures';

export const GOV_STAFF = 'demo-staff-gov-1';
export const SAMR_STAFF = 'demo-staff-samr-1';

/** A home visit asked by `openid`, accepted, started and completed by 刘 (the helper). */
export async function completedHelpCase(backend: Backend, openid: string, contactName = '李秀英'): Promise<{ id: string; number: string }> {
  const created = expectOk(await backend.call(openid, api.help['requests.create'], homeVisitRequest({ contact: { name: contactName, phone: '13912345678' } })));
  expectOk(await backend.call(LIU, api.help['requests.accept'], { id: created.id }));
  for (const event of ['depart', 'start'] as const) expectOk(await backend.call(LIU, api.help['requests.advance'], { id: created.id, event }));
  expectOk(await backend.call(LIU, api.help['requests.advance'], { id: created.id, event: 'complete', note: '已帮助在线提交退休申请' }));
  return { id: created.id, number: created.number };
}

export async function fireReviewTimer(backend: Backend): Promise<{ reminded: number; escalated: number }> {
  const response = await fetch(`${backend.url}/__emulator/timers/review/reminders`, { method: 'POST' });
  const body = (await response.json()) as { ok: boolean; result: { ok: boolean; data: { reminded: number; escalated: number } } };
  if (!body.ok || !body.result.ok) throw new Error(`timer failed: ${JSON.stringify(body)}`);
  return body.result.data;
}

export async function stored(backend: Backend, collection: string, id: string): Promise<Record<string, any>> {
  const { data } = await backend.db().collection(collection).doc(id).get();
  return (data as Record<string, any>[])[0]!;
}

export async function storedAll(backend: Backend, collection: string): Promise<Record<string, any>[]> {
  const out: Record<string, any>[] = [];
  for (let skip = 0; ; skip += 100) {
    const { data } = await backend.db().collection(collection).skip(skip).limit(100).get();
    out.push(...(data as Record<string, any>[]));
    if (data.length < 100) return out;
  }
}
