/** Shared setup of the help integration tests: request inputs, helpers made through the real actions, the SLA timer. */
import { api } from '@shared/contracts';
import type { InputOf } from '@shared/contract';
import { idCheckCharacter } from '@shared/idcard';
import { expectOk, type Backend } from '../support/backend';

export const LI = 'demo-citizen-li';
export const WANG = 'demo-citizen-wang';
export const ZHAO = 'demo-enterprise-zhao';
export const LIU = 'demo-helper-liu';
export const CHEN = 'demo-helper-chen';
export const ZHOU = 'demo-helper-zhou';
export const COORDINATOR = 'demo-coordinator';
export const ADMIN = 'demo-admin';

export const LI_PHONE = '13912345678';
export const LI_STREET = '福华路88号3栋1201';

/** A preferred window starting `startHours` from now, `hours` long. */
export function windowFromNow(startHours = 2, hours = 2) {
  const from = new Date(Date.now() + startHours * 3600_000);
  return { from: from.toISOString(), to: new Date(from.getTime() + hours * 3600_000).toISOString() };
}

type CreateInput = InputOf<(typeof api.help)['requests.create']>;

/** 李秀英 (68) asks for someone to come to her flat in 福田区南园街道. */
export function homeVisitRequest(overrides: Partial<CreateInput> = {}): CreateInput {
  return {
    kind: 'home_visit',
    about: { type: 'theme', themeId: 'retirement' },
    description: '腿脚不方便，想请人上门帮忙办理退休手续',
    window: windowFromNow(),
    regionCode: '440304001',
    streetAddress: LI_STREET,
    contact: { name: '李秀英', phone: LI_PHONE },
    specialNeeds: ['elderly'],
    ...overrides,
  };
}

/** 赵建国 asks for his company's licence change to be done on his behalf. */
export function proxyRequest(overrides: Partial<CreateInput> = {}): CreateInput {
  const validUntil = new Date(Date.now() + 30 * 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  return {
    kind: 'proxy',
    about: { type: 'text', text: '营业执照地址变更登记，想请人代办' },
    window: windowFromNow(24, 4),
    regionCode: '440304',
    contact: { name: '赵建国', phone: '13600001234' },
    authorization: { matter: '营业执照变更登记（地址变更）', scope: ['submit_materials', 'collect_result'], validUntil, materials: ['营业执照正副本', '新租赁合同'] },
    ...overrides,
  };
}

let serial = 0;
/** A valid fictitious ID number (check character computed). */
export function fakeIdNumber(): string {
  serial += 1;
  const first17 = `44030419900101${String(serial % 1000).padStart(3, '0')}`;
  return `${first17}${idCheckCharacter(first17)}`;
}

/**
 * A new person made a verified helper the way production does it: they open the app (whoami), the admin sets
 * their role, the coordinator verifies them.
 */
export async function makeHelper(
  backend: Backend,
  openid: string,
  profile: { areas?: string[]; skills?: ('guidance' | 'proxy' | 'home_visit')[]; supports?: ('elderly' | 'disability' | 'language' | 'mobility')[] } = {},
): Promise<void> {
  expectOk(await backend.call(openid, api.account.whoami, {}));
  expectOk(await backend.call(ADMIN, api.account['users.setRoles'], { openid, roles: ['citizen', 'helper'] }));
  expectOk(
    await backend.call(COORDINATOR, api.help['helpers.verify'], {
      decision: 'verify',
      openid,
      identity: { realName: `测试帮办${openid.slice(-2)}`, idNumber: fakeIdNumber(), phone: '13700000000' },
      team: 'party_volunteer',
      organisation: '福田区党员志愿服务队',
      skills: profile.skills ?? ['home_visit'],
      supports: profile.supports ?? ['elderly'],
      serviceAreas: profile.areas ?? ['440304'],
      availability: { weekdays: [1, 2, 3, 4, 5, 6, 7], from: '08:00', to: '21:00' },
    }),
  );
}

/** Fires the help SLA timer the way the platform does, and returns what the run reported. */
export async function fireSlaTimer(backend: Backend): Promise<{ escalated: number; overdue: number }> {
  const response = await fetch(`${backend.url}/__emulator/timers/help/sla`, { method: 'POST' });
  const body = (await response.json()) as { ok: boolean; result: { ok: boolean; data: { escalated: number; overdue: number } } };
  if (!body.ok || !body.result.ok) throw new Error(`timer failed: ${JSON.stringify(body)}`);
  return body.result.data;
}

/** Moves a request's clock back (as if it had been waiting `minutes` longer) through the real SDK. */
export async function ageRequest(backend: Backend, id: string, fields: Record<string, Date>): Promise<void> {
  await backend.db().collection('help_requests').doc(id).update(fields);
}

export async function storedRequest(backend: Backend, id: string): Promise<Record<string, any>> {
  const { data } = await backend.db().collection('help_requests').doc(id).get();
  return (data as Record<string, any>[])[0]!;
}
