import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { photo, STAFF, WANG } from './onething-fixtures';

jest.setTimeout(30_000);

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const DEMO_CASE = 'yjs-demo-newborn-wang';

describe('the seeded demo case', () => {
  it('is 王小明’s 新生儿出生 waiting for a new photo, and 卫健委 sees its overdue task', async () => {
    const mine = expectOk(await backend.call(WANG, api.onething['applications.listMine'], {}));
    expect(mine.items.find((i) => i.id === DEMO_CASE)).toMatchObject({ number: 'YJS2026111600001', status: 'correction', correctionCount: 1, approvedCount: 2 });
    const view = expectOk(await backend.call(WANG, api.onething['applications.get'], { caseId: DEMO_CASE }));
    expect(view.corrections).toEqual([expect.objectContaining({ materialId: 'child_photo', taskId: 'hukou_registration' })]);
    expect(view.timeline.map((e) => e.event)).toEqual(['submit', 'accept', 'approve', 'accept', 'approve', 'activate', 'accept', 'correct']);

    const health = expectOk(await backend.call(STAFF.health, api.onething['tasks.list'], {}));
    expect(health.items.find((i) => i.caseId === DEMO_CASE)).toMatchObject({ task: { id: 'vaccination_record', overdue: true }, applicantName: '王**' });
  });

  it('goes on through the real actions: the photo is supplied and 公安 takes it up again', async () => {
    const supplied = expectOk(
      await backend.call(WANG, api.onething['applications.supplement'], { caseId: DEMO_CASE, materials: { child_photo: { kind: 'upload', files: [photo('白底照片.jpg')] } } }),
    );
    expect(supplied.status).toBe('in_progress');
    expect(supplied.tasks.find((t) => t.id === 'hukou_registration')).toMatchObject({ state: 'in_review', clockPaused: false });
    const task = expectOk(await backend.call(STAFF.police, api.onething['tasks.get'], { caseId: DEMO_CASE, taskId: 'hukou_registration' }));
    expect(task.decisions.map((d) => d.value)).toEqual(['approve', 'reject', 'correct']);
  });
});
