/** Shared setup of the 一件事 case tests: a complete 新生儿出生 application for 王小明 and the staff who decide it. */
import { randomUUID } from 'node:crypto';
import { api } from '@shared/contracts';
import type { InputOf, OutputOf } from '@shared/contract';
import { idCheckCharacter } from '@shared/idcard';
import { expectOk, type Backend } from '../support/backend';

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

export const photo = (name = 'baby.jpg', size = 300_000) => ({ fileId: `cloud://env-local.bucket/uploads/${randomUUID()}.jpg`, name, mimeType: 'image/jpeg' as const, size });

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
      child_birth_date: '2026-11-10',
      child_ethnicity: '汉族',
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

export async function makeTaxStaff(backend: Backend): Promise<void> {
  expectOk(await backend.call(STAFF.tax, api.account.whoami, {}));
  expectOk(await backend.call(ADMIN, api.account['users.setRoles'], { openid: STAFF.tax, roles: ['staff'], department: 'tax' }));
}

export async function submit(backend: Backend, input: SubmitInput = newbornApplication(), persona = WANG): Promise<CaseView> {
  return expectOk(await backend.call(persona, api.onething['applications.submit'], input));
}

export type DecideInput = InputOf<(typeof api.onething)['tasks.decide']>;

export async function decide(backend: Backend, staff: string, input: DecideInput) {
  return expectOk(await backend.call(staff, api.onething['tasks.decide'], input));
}

/** Accept then approve, the way a department clears its task. */
export async function clear(backend: Backend, staff: string, caseId: string, taskId: string) {
  await decide(backend, staff, { caseId, taskId, decision: 'accept' });
  return decide(backend, staff, { caseId, taskId, decision: 'approve', result: { documentNo: `DOC-${taskId}` } });
}

export const states = (view: { tasks: { id: string; state: string }[] }) => Object.fromEntries(view.tasks.map((t) => [t.id, t.state]));

export async function storedCase(backend: Backend, caseId: string): Promise<Record<string, any>> {
  const { data } = await backend.db().collection('onething_cases').doc(caseId).get();
  return (data as Record<string, any>[])[0]!;
}

export async function countCases(backend: Backend, where: Record<string, unknown> = {}): Promise<number> {
  const { total } = (await backend.db().collection('onething_cases').where(where).count()) as { total: number };
  return total;
}

/** A 新生儿出生 case every department has cleared, in the order the serial steps allow. */
export async function completedNewbornCase(backend: Backend): Promise<CaseView> {
  const { id } = await submit(backend);
  const order: [keyof typeof STAFF, string][] = [
    ['health', 'birth_registration'],
    ['health', 'birth_medical_cert'],
    ['health', 'vaccination_record'],
    ['police', 'hukou_registration'],
    ['nhsa', 'medical_insurance_enrollment'],
    ['tax', 'medical_insurance_payment'],
    ['hrss', 'social_security_card'],
  ];
  for (const [department, taskId] of order) await clear(backend, STAFF[department], id, taskId);
  return expectOk(await backend.call(WANG, api.onething['applications.get'], { caseId: id }));
}
