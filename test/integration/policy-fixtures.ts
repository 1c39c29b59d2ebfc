/** Shared by the policy push tests: people, credit codes, enterprises written straight to the store, policy drafts. */
import type { InputOf } from '@shared/contract';
import { api } from '@shared/contracts';
import { declareProfile, type ProfileValues } from '@shared/enterprise/profile';
import { toStoredEnterprise } from '@shared/enterprise/stored';
import { idCheckCharacter } from '@shared/idcard';
import { usccCheckCharacter } from '@shared/uscc';
import { expectOk, type Backend } from '../support/backend';

export const WANG = 'demo-citizen-wang';
export const LI = 'demo-citizen-li';
export const STAFF = 'demo-staff-samr-1';
export const ADMIN = 'demo-admin';
export const TEMPLATE = 'POLICY_MATCH_TMPL';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid 统一社会信用代码 for a test enterprise: `prefix` (≤ 10 characters) + a serial, with its check character. */
export function creditCode(serial: number, prefix = '91330106MA'): string {
  let tail = '';
  let n = serial;
  for (let i = 0; i < 17 - prefix.length; i += 1) {
    tail = ALPHABET[n % 31] + tail;
    n = Math.floor(n / 31);
  }
  const first17 = prefix + tail;
  return first17 + usccCheckCharacter(first17);
}

/** Writes enterprises directly (as a data import would), in batches, in the stored shape the functions read. */
export async function insertEnterprises(backend: Backend, profiles: ProfileValues[], members: Record<string, { openid: string; relation: 'legal_representative' | 'agent' }[]> = {}): Promise<void> {
  const at = '2026-06-01T09:00:00+08:00';
  const docs = profiles.map((values) => {
    const stored = toStoredEnterprise(declareProfile(values, at));
    return { ...stored, name: values.name, region: values.region ?? null, members: members[values.creditCode] ?? [], createdAt: new Date(at) };
  });
  const collection = backend.db().collection('enterprises');
  // One insert request per 500 documents (the SDK sends an array as a batch; one commit each).
  for (let i = 0; i < docs.length; i += 500) await collection.add(docs.slice(i, i + 500) as never);
}

/** A policy draft for 杭州西湖区 firms (no demo enterprise is there, so each test controls who qualifies). */
export function draft(id: string, overrides: Partial<InputOf<(typeof api.policy)['policies.publish']>> = {}): InputOf<(typeof api.policy)['policies.publish']> {
  return {
    id,
    title: `测试政策 ${id}`,
    issuingDepartment: '杭州市科学技术局',
    summary: '对西湖区从业人数不少于20人的企业给予支持（测试用政策）。',
    fullTextUrl: 'https://www.hangzhou.gov.cn/',
    benefit: { text: '一次性奖励 5 万元', amount: { kind: 'fixed', amount: 50000 } },
    window: { opensOn: '2026-01-01' },
    mode: 'instant',
    category: 'technology',
    eligibility: { all: [{ op: 'region-in', codes: ['330106'] }, { op: 'range', field: 'headcount', min: 20 }] },
    ...overrides,
  };
}

/** wx.requestSubscribeMessage as the user accepting: the emulator's WeChat grants one send per accepted template. */
export async function grantInWeChat(backend: Backend, openid: string, templateId = TEMPLATE): Promise<void> {
  const response = await fetch(`${backend.url}/__client/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ tmplIds: [templateId] }),
  });
  if (response.status !== 200) throw new Error(`subscribe failed: ${response.status}`);
}

export async function injectFault(backend: Backend, errcode: number, count = 1): Promise<void> {
  const response = await fetch(`${backend.url}/__emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ errcode, count, templateId: TEMPLATE }),
  });
  if (response.status !== 200) throw new Error(`fault failed: ${response.status}`);
}

export async function outbox(backend: Backend, touser: string): Promise<{ errcode: number; data: Record<string, { value: string }>; templateId: string }[]> {
  const response = await fetch(`${backend.url}/__emulator/outbox?touser=${encodeURIComponent(touser)}`);
  return ((await response.json()) as { messages: never[] }).messages;
}

export async function deliveriesOf(backend: Backend, policyId: string): Promise<Record<string, any>[]> {
  const { data } = await backend.db().collection('policy_deliveries').where({ policyId }).limit(1000).get();
  return data as Record<string, any>[];
}

/** A valid (check character included), fictitious 身份证号 for a test person: birth 1980-01-01, `serial` 3 digits. */
export function idNumber(serial: number): string {
  const first17 = `33010619800101${String(serial).padStart(3, '0')}`;
  return first17 + idCheckCharacter(first17);
}

/**
 * Puts the enterprise on the market register (the local data-sharing provider's `market_registration` record)
 * with `realName`/`id` as its legal representative, and — unless `profile` is false — gives `openid` that identity
 * on their own 个人信息, so that their bind as legal representative succeeds at once.
 */
export async function registerLegalRepresentative(
  backend: Backend,
  enterprise: { creditCode: string; name: string },
  person: { openid: string; realName: string; id: string },
  profile = true,
): Promise<void> {
  await backend
    .db()
    .collection('shared_records')
    .doc(`mr-${enterprise.creditCode}`)
    .set({
      ownerOpenid: null,
      type: 'market_registration',
      creditCode: enterprise.creditCode,
      enterpriseName: enterprise.name,
      legalRepresentative: { name: person.realName, idNumber: person.id },
      issuer: '市场监督管理局（市场主体登记）',
    });
  if (profile) expectOk(await backend.call(person.openid, api.account['profile.update'], { realName: person.realName, idNumber: person.id }));
}
