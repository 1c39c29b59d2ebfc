/**
 * 统一窗口出件: when every department has approved, only the 综合窗口 issues the result, once — at the window or by
 * EMS with a valid tracking number — and the applicant is told.
 */
import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { backendCaller, completeEveryTask as completeAll, EMS_DELIVERY, makeTaxStaff, newbornApplication, STAFF, storedCase, submit, WANG } from './onething-fixtures';

jest.setTimeout(60_000);

const WINDOW = 'demo-staff-gov-1';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await makeTaxStaff(backend);
});
const completeEveryTask = (caseId: string) => completeAll(backendCaller(backend), caseId);

afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});


describe('综合窗口出件', () => {
  it('issues an EMS result once, with its tracking number, after every department has approved', async () => {
    const submitted = await submit(backend, newbornApplication({ delivery: EMS_DELIVERY }));
    expect(submitted.handover).toMatchObject({ state: 'waiting', issuedAt: null });

    // Not before every department is done.
    const early = await backend.call(WINDOW, api.onething['results.issue'], { caseId: submitted.id, trackingNo: 'EA123456789CN' });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await completeEveryTask(submitted.id);
    const done = expectOk(await backend.call(WANG, api.onething['applications.get'], { caseId: submitted.id }));
    expect(done).toMatchObject({ status: 'completed', handover: { state: 'to_issue', label: '已办结，综合窗口正在准备出件' } });

    // The window's list has it, the EMS address masked.
    const waiting = expectOk(await backend.call(WINDOW, api.onething['results.list'], {}));
    const item = waiting.items.find((i) => i.caseId === submitted.id)!;
    expect(item).toMatchObject({ caseNumber: submitted.number, applicantName: '王**', delivery: { method: { value: 'ems' } } });
    expect(item.delivery.address!.phone).not.toContain('13800138000');
    expect(item.documents.length).toBe(done.tasks.length);

    // EMS needs a well-formed tracking number; a bad one writes nothing.
    const missing = await backend.call(WINDOW, api.onething['results.issue'], { caseId: submitted.id });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'trackingNo' }] } } });
    const malformed = await backend.call(WINDOW, api.onething['results.issue'], { caseId: submitted.id, trackingNo: 'EA12345CN' });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((await storedCase(backend, submitted.id)).handover ?? null).toBeNull();

    const issued = expectOk(await backend.call(WINDOW, api.onething['results.issue'], { caseId: submitted.id, trackingNo: 'ea123456789cn' }));
    expect(issued.handover).toMatchObject({ state: 'issued', trackingNo: 'EA123456789CN', label: '结果已通过 EMS 寄出' });
    expect(issued.timeline.at(-1)).toMatchObject({ event: 'issue', label: '综合窗口出件', note: 'EMS 邮件号 EA123456789CN' });

    // Once only; and it has left the window's waiting list for the issued one.
    const again = await backend.call(WINDOW, api.onething['results.issue'], { caseId: submitted.id, trackingNo: 'EA123456789CN' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(expectOk(await backend.call(WINDOW, api.onething['results.list'], {})).items.map((i) => i.caseId)).not.toContain(submitted.id);
    expect(expectOk(await backend.call(WINDOW, api.onething['results.list'], { filter: 'issued' })).items.map((i) => i.caseId)).toContain(submitted.id);

    // The applicant is told, in the in-app inbox (no subscribe grant here).
    const { data } = await backend.db().collection('messages').where({ openid: WANG, caseId: submitted.id }).get();
    expect((data as { body: string }[]).some((m) => m.body.includes('综合窗口出件'))).toBe(true);
  });

  it('is the front window’s job only: a department cannot issue or list results', async () => {
    const submitted = await submit(backend);
    await completeEveryTask(submitted.id);
    for (const persona of [STAFF.police, STAFF.health]) {
      expect(await backend.call(persona, api.onething['results.list'], {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await backend.call(persona, api.onething['results.issue'], { caseId: submitted.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await backend.call(WANG, api.onething['results.issue'], { caseId: submitted.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A window pick-up needs no tracking number, and refuses one.
    const withNumber = await backend.call(WINDOW, api.onething['results.issue'], { caseId: submitted.id, trackingNo: 'EA123456789CN' });
    expect(withNumber).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const issued = expectOk(await backend.call(WINDOW, api.onething['results.issue'], { caseId: submitted.id }));
    expect(issued.handover).toMatchObject({ state: 'issued', trackingNo: null, label: '结果已到综合窗口，请携带身份证领取' });
  });
});
