import { api } from '@shared/contracts';
import type { OutputOf } from '@shared/contract';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { LI, NEWBORN_ANSWERS, newbornApplication, photo, WANG } from './onething-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
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
});
