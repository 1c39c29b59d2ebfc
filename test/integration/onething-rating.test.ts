import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { backendCaller, completedNewbornCase, LI, makeTaxStaff, submit, WANG } from './onething-fixtures';

// A whole case runs through dozens of function calls on a CPU shared with other suites.
jest.setTimeout(30_000);

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await makeTaxStaff(backend);
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

describe('好差评 on 一件事 cases', () => {
  it('invites the applicant to rate a completed case and records the case facts with the rating', async () => {
    const done = await completedNewbornCase(backendCaller(backend));
    expect(done.status).toBe('completed');
    const pending = expectOk(await backend.call(WANG, api.review['ratings.pending'], {}));
    const mine = pending.items.filter((p) => p.case.source === 'onething' && p.case.id === done.id);
    expect(mine.map((p) => p.stage.value).sort()).toEqual(['accepted', 'completed', 'processing']);
    expect(mine[0]).toMatchObject({ case: { number: done.number, itemName: '高效办成一件事：新生儿出生' }, channel: { value: 'online' } });

    expect(await backend.call(LI, api.review['ratings.submit'], { case: { source: 'onething', id: done.id }, level: 'satisfied' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const rating = expectOk(await backend.call(WANG, api.review['ratings.submit'], { case: { source: 'onething', id: done.id }, level: 'very_satisfied', comment: '一次都没跑' }));
    expect(rating).toMatchObject({
      case: { source: 'onething', id: done.id, number: done.number, itemCode: 'YJS-newborn', itemVersion: '1.0.0' },
      stage: { value: 'completed' },
      department: { id: 'govservice' },
      served: { kind: 'staff' },
      bad: false,
    });
  });

  it('offers nothing to rate before any department has accepted', async () => {
    const { id } = await submit(backend);
    const pending = expectOk(await backend.call(WANG, api.review['ratings.pending'], {}));
    expect(pending.items.some((p) => p.case.id === id)).toBe(false);
    expect(await backend.call(WANG, api.review['ratings.submit'], { case: { source: 'onething', id }, level: 'satisfied' })).toMatchObject({ ok: false });
  });
});
