/** Shared setup of the 一件事 case tests through the SDK: the scenes (test/support/onething-scenes.ts) plus steps on a `Backend`. */
import { api } from '@shared/contracts';
import type { InputOf } from '@shared/contract';
import { expectOk, type Backend } from '../support/backend';
import { grantCaseConsentsVia, makeTaxStaffVia, newbornApplication, WANG, type Caller, type CaseView, type SubmitInput } from '../support/onething-scenes';

export * from '../support/onething-scenes';

export async function makeTaxStaff(backend: Backend): Promise<void> {
  await makeTaxStaffVia(backendCaller(backend));
}

/** The caller for integration tests: the real SDK through the local CloudBase. */
export const backendCaller =
  (backend: Backend): Caller =>
  async (openid, contract, input) =>
    expectOk(await backend.call(openid, contract, input));


const consented = new WeakMap<Backend, Set<string>>();

/** Once per backend and person: the separate consents a case asks for (see grantCaseConsentsVia). */
export async function grantCaseConsents(backend: Backend, persona: string): Promise<void> {
  const done = consented.get(backend) ?? new Set<string>();
  consented.set(backend, done);
  if (done.has(persona)) return;
  await grantCaseConsentsVia(backendCaller(backend), persona);
  done.add(persona);
}

export async function submit(backend: Backend, input: SubmitInput = newbornApplication(), persona = WANG): Promise<CaseView> {
  await grantCaseConsents(backend, persona);
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

