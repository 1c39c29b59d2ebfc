/**
 * 一件事 test scenes with no platform attached (safe in the weapp jsdom realm too): the demo people, a complete
 * 新生儿出生 application for 王小明, and steps written against any `Caller` — the SDK in integration tests, the
 * client endpoint in UI tests.
 */
import { randomUUID } from 'node:crypto';
import type { Contract, InputOf, OutputOf } from '@shared/contract';
import { api } from '@shared/contracts';
import { idCheckCharacter } from '@shared/idcard';
import { CONSENTS, type ConsentPurpose } from '@shared/privacy/consents';
import { callAs } from './client-call';
import { beijingDate } from '@shared/calendar/working-days';
import { uploadedBy } from './test-uploads';
export const WANG = 'demo-citizen-wang';
export const LI = 'demo-citizen-li';
export const ADMIN = 'demo-admin';
export const STAFF = {
  health: 'demo-staff-health-1',
  police: 'demo-staff-police-1',
  nhsa: 'demo-staff-nhsa-1',
  hrss: 'demo-staff-hrss-1',
  samr: 'demo-staff-samr-1',
  /** Not a seeded persona: made a 税务局 staff member by the admin in `makeTaxStaff`. */
  tax: 'test-staff-tax-1',
} as const;

export type SubmitInput = InputOf<(typeof api.onething)['applications.submit']>;
export type CaseView = OutputOf<(typeof api.onething)['applications.get']>;

const id = (first17: string) => `${first17}${idCheckCharacter(first17)}`;

/** Local hospital, both parents local and married, the child follows the father, wants a social security card. */
export const NEWBORN_ANSWERS = {
  born_where: 'local_hospital',
  father_local: true,
  mother_local: true,
  hukou_follows: 'father',
  married: true,
  want_ss_card: true,
  mother_insurance: 'employee',
  hospital_settled: true,
  claim_allowance: false,
  want_mail: false,
};

/** A photo `owner` uploaded for a 一件事 material (in storage before the next call; see test-uploads). */
export const photo = (name = 'baby.jpg', size = 300_000, owner = WANG) => ({ fileId: uploadedBy(owner, 'onething', /\.pdf$/.test(name) ? 'pdf' : 'jpg'), name, mimeType: 'image/jpeg' as const, size });

/** A Beijing calendar day `days` before today: a newborn's birth date stays inside the 1-year window whenever tests run. */
export const daysAgo = (days: number) => beijingDate(new Date(Date.now() - days * 86_400_000));

export function newbornApplication(overrides: Partial<SubmitInput> = {}): SubmitInput {
  return {
    requestId: randomUUID(),
    themeId: 'newborn',
    answers: NEWBORN_ANSWERS,
    form: {
      applicant_name: '王小明',
      applicant_id_number: id('44030419920315101'),
      applicant_phone: '13800138000',
      applicant_relation: 'father',
      child_name: '王小宝',
      child_gender: 'male',
      child_birth_date: daysAgo(20),
      child_ethnicity: '01',
      father_name: '王小明',
      father_id_number: id('44030419920315101'),
      mother_name: '刘芳',
      mother_id_number: id('44030519940722202'),
    },
    materials: {
      father_id_card: { kind: 'shared', recordId: 'sr-wang-id-card' },
      mother_id_card: { kind: 'shared', recordId: 'sr-wang-spouse-id-card' },
      hukou_book: { kind: 'shared', recordId: 'sr-wang-hukou' },
      marriage_cert: { kind: 'shared', recordId: 'sr-wang-marriage' },
      child_photo: { kind: 'upload', files: [photo()] },
    },
    delivery: { method: 'window' },
    ...overrides,
  };
}

/** Calls one action as a persona and answers its data (fails on an error answer). */
export type Caller = <C extends Contract>(openid: string, contract: C, input: InputOf<C>) => Promise<OutputOf<C>>;

/** The caller for the UI tests: the client endpoint of a running local CloudBase. */
export const clientCaller =
  (baseUrl: string): Caller =>
  (openid, contract, input) =>
    callAs(baseUrl, openid, contract, input);

const STAFF_OF_DEPARTMENT: Record<string, string> = { health: STAFF.health, police: STAFF.police, nhsa: STAFF.nhsa, hrss: STAFF.hrss, samr: STAFF.samr, tax: STAFF.tax };

/** The demo city has no seeded 税务局 staff: the administrator makes one (新生儿出生 has a tax step). */
export async function makeTaxStaffVia(call: Caller): Promise<void> {
  await call(STAFF.tax, api.account.whoami, {});
  await call('demo-admin', api.account['users.setRoles'], { openid: STAFF.tax, roles: ['staff'], department: 'tax' });
}

/** Every department clears its tasks in the order the case lets them (串联 tasks open as their predecessors finish). */
export async function completeEveryTask(call: Caller, caseId: string): Promise<void> {
  for (let round = 0; round < 10; round += 1) {
    const view = await call(WANG, api.onething['applications.get'], { caseId });
    const open = view.tasks.filter((t) => t.state === 'pending');
    if (open.length === 0) return;
    for (const task of open) {
      const persona = STAFF_OF_DEPARTMENT[task.department.id];
      if (!persona) throw new Error(`no demo staff for ${task.department.id}`);
      await call(persona, api.onething['tasks.decide'], { caseId, taskId: task.id, decision: 'accept' });
      await call(persona, api.onething['tasks.decide'], { caseId, taskId: task.id, decision: 'approve', result: { documentNo: `DOC-${task.id}` } });
    }
  }
}

export const EMS_DELIVERY = {
  method: 'ems' as const,
  address: { recipient: '王小明', phone: '13800138000', address: '广东省深圳市福田区福华三路 100 号 2 栋 301' },
};

/** The separate consents 一件事 cases ask for (a child's data, ID photos, bank card, disability). */
export const CASE_CONSENTS: ConsentPurpose[] = ['minor_data', 'id_photo', 'bank_card', 'disability'];

/**
 * The person gives every separate consent a case may ask for, as they would on the confirm page: submits of
 * 新生儿出生 and other minor-carrying cases are refused with CONSENT_REQUIRED without them.
 */
export async function grantCaseConsentsVia(call: Caller, openid: string, purposes: ConsentPurpose[] = CASE_CONSENTS): Promise<void> {
  for (const purpose of purposes) await call(openid, api.account['consents.grant'], { purpose, version: CONSENTS[purpose].version, context: '测试：一件事申请' });
}

/** 王小明's 新生儿出生 (by default posted by EMS), completed by every department; the tax staff member must exist. */
export async function completedNewbornCase(call: Caller, overrides: Partial<SubmitInput> = { delivery: EMS_DELIVERY }): Promise<CaseView> {
  await grantCaseConsentsVia(call, WANG);
  const submitted = await call(WANG, api.onething['applications.submit'], newbornApplication(overrides));
  await completeEveryTask(call, submitted.id);
  return call(WANG, api.onething['applications.get'], { caseId: submitted.id });
}

