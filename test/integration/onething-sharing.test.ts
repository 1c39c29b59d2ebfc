import { addWorkingDays } from '@shared/calendar/working-days';
import { api } from '@shared/contracts';
import type { OutputOf } from '@shared/contract';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { grantCaseConsents, LI, NEWBORN_ANSWERS, newbornApplication, photo, WANG } from './onething-fixtures';

// A whole case runs through dozens of function calls on a CPU shared with other suites.
jest.setTimeout(30_000);

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await grantCaseConsents(backend, WANG);
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

type Guide = OutputOf<(typeof api.onething)['guide.evaluate']>;
type Result = Extract<Guide, { status: 'result' }>;

async function checklist(persona: string): Promise<Result> {
  const result = expectOk(await backend.call(persona, api.onething['guide.evaluate'], { themeId: 'newborn', answers: NEWBORN_ANSWERS }));
  if (result.status !== 'result') throw new Error('expected the checklist');
  return result;
}

describe('shared materials come from the data-sharing provider, per person', () => {
  it('lists the person’s own records (masked) to refer to, so nothing is uploaded', async () => {
    const result = await checklist(WANG);
    const father = result.materials.find((m) => m.id === 'father_id_card')!.source;
    expect(father.kind).toBe('shared');
    if (father.kind !== 'shared') throw new Error('expected shared');
    expect(father.records.map((r) => r.recordId).sort()).toEqual(['sr-wang-id-card', 'sr-wang-spouse-id-card']);
    expect(father.records.find((r) => r.recordId === 'sr-wang-spouse-id-card')).toMatchObject({ holder: '刘*', issuer: '深圳市公安局南山分局' });
    expect(father.records[0]!.numberMasked).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
  });

  it('falls back to upload when the provider has no record for this person, and says why', async () => {
    // 李秀英 has an ID card and a household register, but no marriage certificate on file.
    const result = await checklist(LI);
    const marriage = result.materials.find((m) => m.id === 'marriage_cert')!;
    expect(marriage.source).toMatchObject({ kind: 'upload', fallbackFrom: { record: 'marriage_cert', recordLabel: '结婚证', reason: '电子证照库中没有查到您的结婚证' } });
    expect(marriage.source.summary).toContain('没有查到您的结婚证');
    expect(result.materials.find((m) => m.id === 'hukou_book')!.source.kind).toBe('shared');
  });

  it('a submit refers to shared records, or uploads in their place; the case stores the reference', async () => {
    const good = newbornApplication();
    const view = expectOk(
      await backend.call(WANG, api.onething['applications.submit'], {
        ...good,
        materials: { ...good.materials, marriage_cert: { kind: 'upload', files: [photo('marriage.jpg')] } },
      }),
    );
    expect(view.materials.find((m) => m.id === 'hukou_book')).toMatchObject({ via: 'shared', sharedRecord: { recordId: 'sr-wang-hukou', label: '居民户口簿' } });
    expect(view.materials.find((m) => m.id === 'marriage_cert')).toMatchObject({ via: 'upload', sharedRecord: null, files: [{ name: 'marriage.jpg' }] });
    const { data } = await backend.db().collection('onething_cases').doc(view.id).get();
    const stored = (data as Record<string, any>[])[0]!;
    expect(stored.materials.find((m: { id: string }) => m.id === 'hukou_book').sharedRecord.recordId).toBe('sr-wang-hukou');
  });

  it('a 告知承诺 is ticked instead of handed in, and falls due in working days after acceptance', async () => {
    const good = newbornApplication({ answers: { ...NEWBORN_ANSWERS, hospital_settled: false } });
    const materials = {
      ...good.materials,
      discharge_summary: { kind: 'promise' as const, accepted: true as const },
      medical_invoices: { kind: 'upload' as const, files: [{ ...photo('invoice.pdf'), mimeType: 'application/pdf' as const }] },
    };
    // Only a material whose source is a promise may be promised.
    const wrong = await backend.call(WANG, api.onething['applications.submit'], { ...good, materials: { ...materials, child_photo: { kind: 'promise', accepted: true } } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'materials.child_photo.kind' }] } } });

    const view = expectOk(await backend.call(WANG, api.onething['applications.submit'], { ...good, materials }));
    const promised = view.materials.find((m) => m.id === 'discharge_summary')!;
    expect(promised).toMatchObject({ via: 'promise', promise: { supplyWithinDays: 10, supplyBy: null } });
    expect(promised.promise!.text).toContain('本人承诺');
    expectOk(await backend.call('demo-staff-nhsa-1', api.onething['tasks.decide'], { caseId: view.id, taskId: 'maternity_reimbursement', decision: 'accept' }));
    const accepted = expectOk(await backend.call(WANG, api.onething['applications.get'], { caseId: view.id }));
    expect(accepted.materials.find((m) => m.id === 'discharge_summary')!.promise!.supplyBy).toBe(addWorkingDays(new Date(), 10).date);
  });
});
