/**
 * Every file has an owner: upload paths come from files.prepareUpload, every fileId in a payload is checked (this
 * environment, the caller's own path, really in storage), and a case's files open only for the applicant and the
 * case's departments, through a short-lived URL whose use is recorded.
 */
import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { neverUploaded, uploadedBy } from '../support/test-uploads';
import { countCases, LI, makeTaxStaff, newbornApplication, photo, STAFF, submit, WANG } from './onething-fixtures';
import { completedHelpCase, GOV_STAFF, storedAll } from './review-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await makeTaxStaff(backend);
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

/** What the mini-program does: ask for paths, then upload the bytes to them as the caller. */
async function uploadThroughTheApp(openid: string, area: 'onething' | 'review' | 'feedback', count = 1): Promise<string[]> {
  const { items } = expectOk(await backend.call(openid, api.account['files.prepareUpload'], { area, extensions: Array(count).fill('jpg') }));
  const ids: string[] = [];
  for (const { cloudPath } of items) {
    const response = await fetch(`${backend.url}/__client/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', 'x-wx-openid': openid },
      body: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    });
    expect(response.status).toBe(200);
    ids.push(((await response.json()) as { fileID: string }).fileID);
  }
  return ids;
}

const staffOf = (department: string) => STAFF[department as keyof typeof STAFF];

const withChildPhoto = (fileId: string) => newbornApplication({ materials: { ...newbornApplication().materials, child_photo: { kind: 'upload', files: [{ ...photo(), fileId }] } } });

describe('files.prepareUpload', () => {
  it('hands out paths under the caller, each with its own random id, and refuses unknown areas and types', async () => {
    const first = expectOk(await backend.call(WANG, api.account['files.prepareUpload'], { area: 'onething', extensions: ['jpg', 'png', 'pdf'] }));
    const second = expectOk(await backend.call(WANG, api.account['files.prepareUpload'], { area: 'onething', extensions: ['jpg', 'jpg', 'jpg'] }));
    const paths = [...first.items, ...second.items].map((i) => i.cloudPath);
    for (const p of paths) expect(p).toMatch(/^onething\/demo-citizen-wang\/[0-9a-f]{32}\.(jpg|png|pdf)$/);
    expect(new Set(paths).size).toBe(6);
    expect(first.items.map((i) => i.cloudPath.split('.').pop())).toEqual(['jpg', 'png', 'pdf']);

    expect(await backend.call(WANG, api.account['files.prepareUpload'], { area: 'elsewhere', extensions: ['jpg'] } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await backend.call(WANG, api.account['files.prepareUpload'], { area: 'onething', extensions: ['html'] } as never)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});

describe('a 一件事 submit carries only the applicant own files', () => {
  it('accepts a photo uploaded the way the app does it', async () => {
    const [own] = await uploadThroughTheApp(WANG, 'onething');
    const view = await submit(backend, withChildPhoto(own!));
    expect(view.materials.find((m) => m.id === 'child_photo')!.files[0]!.fileId).toBe(own);
  });

  it.each([
    ['another person’s upload', () => uploadedBy(LI, 'onething'), '不是您本人上传的文件'],
    ['a file nobody uploaded', () => neverUploaded(WANG, 'onething'), '找不到了'],
    ['a file of another environment', () => 'cloud://other-env.6f74-other-env/onething/demo-citizen-wang/0123456789abcdef0123456789abcdef.jpg', '不是在这里上传的'],
    ['a file of another area', () => uploadedBy(WANG, 'feedback'), '不是在这里上传的'],
    ['a path not handed out', () => 'cloud://local-env.6c6f-local-env/uploads/baby.jpg', '不是在这里上传的'],
  ])('refuses %s, naming the material, and writes nothing', async (_what, fileId, says) => {
    const before = await countCases(backend);
    const answer = await backend.call(WANG, api.onething['applications.submit'], withChildPhoto(fileId()));
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'materials.child_photo.files.0.fileId' }] } } });
    if (answer.ok) throw new Error('unreachable');
    expect(answer.error.message).toContain('「孩子的证件照」的文件「baby.jpg」');
    expect(answer.error.message).toContain(says);
    expect(await countCases(backend)).toBe(before);
  });

  it('checks the files of a 补正 too: another person’s photo is refused and the case is unchanged', async () => {
    const view = await submit(backend);
    const task = view.tasks.find((t) => t.state === 'pending')!;
    const staff = staffOf(task.department.id);
    expectOk(await backend.call(staff, api.onething['tasks.decide'], { caseId: view.id, taskId: task.id, decision: 'correct', items: [{ materialId: 'child_photo', problem: '请上传白底照片' }] }));
    const refused = await backend.call(WANG, api.onething['applications.supplement'], { caseId: view.id, materials: { child_photo: { kind: 'upload', files: [photo('white.jpg', 300_000, LI)] } } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'materials.child_photo.files.0.fileId' }] } } });
    const still = expectOk(await backend.call(WANG, api.onething['applications.get'], { caseId: view.id }));
    expect(still.tasks.find((t) => t.id === task.id)!.state).toBe('correction');
    expectOk(await backend.call(WANG, api.onething['applications.supplement'], { caseId: view.id, materials: { child_photo: { kind: 'upload', files: [photo('white.jpg')] } } }));
  });

  it('takes a result document only from staff of the case’s departments', async () => {
    const view = await submit(backend);
    const task = view.tasks.find((t) => t.state === 'pending')!;
    const staff = staffOf(task.department.id);
    const colleague = staffOf(view.tasks.find((t) => t.department.id !== task.department.id)!.department.id);
    const ref = { caseId: view.id, taskId: task.id };
    expectOk(await backend.call(staff, api.onething['tasks.decide'], { ...ref, decision: 'accept' }));
    const approve = (fileId: string) => backend.call(staff, api.onething['tasks.decide'], { ...ref, decision: 'approve', result: { documentNo: 'HK-0001', fileId } });
    expect(await approve(uploadedBy(STAFF.samr, 'onething-results', 'pdf'))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'result.fileId' }] } } });
    expect(await approve(uploadedBy(WANG, 'onething-results', 'pdf'))).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((expectOk(await backend.call(WANG, api.onething['applications.get'], { caseId: view.id }))).tasks.find((t) => t.id === task.id)!.state).toBe('accepted');
    // Staff of another department of this same case uploaded it: accepted.
    const done = expectOk(await approve(uploadedBy(colleague, 'onething-results', 'pdf')));
    expect(done.task.state).toBe('approved');
  });
});

describe('other payloads with photos', () => {
  it('refuses another person’s photo on a rating and on a complaint, writing nothing', async () => {
    const c = await completedHelpCase(backend, WANG, '王小明');
    const ratingsBefore = (await storedAll(backend, 'review_ratings')).length;
    const rating = await backend.call(WANG, api.review['ratings.submit'], { case: { source: 'help', id: c.id }, level: 'satisfied', photos: [uploadedBy(LI, 'review')] } as never);
    expect(rating).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'photos.0' }] } } });
    expect((await storedAll(backend, 'review_ratings')).length).toBe(ratingsBefore);

    const feedbackBefore = (await storedAll(backend, 'feedback')).length;
    const complaint = { kind: 'complaint' as const, content: '窗口排队太久，没有人引导', contact: { preference: 'in_app' as const } };
    const refused = await backend.call(WANG, api.account['feedback.create'], { ...complaint, photos: [uploadedBy(LI, 'feedback')] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('第1张照片不是您本人上传的文件') } });
    expect(await backend.call(WANG, api.account['feedback.create'], { ...complaint, photos: [neverUploaded(WANG, 'feedback')] })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((await storedAll(backend, 'feedback')).length).toBe(feedbackBefore);

    const [own] = await uploadThroughTheApp(WANG, 'feedback');
    expect(expectOk(await backend.call(WANG, api.account['feedback.create'], { ...complaint, photos: [own!] })).photos).toEqual([own]);
    const [ownReviewPhoto] = await uploadThroughTheApp(WANG, 'review');
    expectOk(await backend.call(WANG, api.review['ratings.submit'], { case: { source: 'help', id: c.id }, level: 'satisfied', photos: [ownReviewPhoto] } as never));
  });

  it('refuses appeal evidence uploaded by someone else', async () => {
    const c = await completedHelpCase(backend, LI);
    const rating = expectOk(await backend.call(LI, api.review['ratings.submit'], { case: { source: 'help', id: c.id }, level: 'very_dissatisfied' } as never));
    const appeal = { ratingId: rating.id, reason: 'malicious' as const, explanation: '评价人在办件前已多次发送辱骂信息，与服务无关' };
    expect(await backend.call(GOV_STAFF, api.review['appeals.create'], { ...appeal, evidence: [uploadedBy(LI, 'appeals', 'png')] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'evidence.0' }] } },
    });
    expect((await storedAll(backend, 'review_appeals')).filter((a) => a.ratingId === rating.id)).toEqual([]);
  });
});

describe('files.open', () => {
  it('gives the applicant and the case’s departments a short-lived URL, records staff access, and refuses everyone else', async () => {
    const [own] = await uploadThroughTheApp(WANG, 'onething');
    const view = await submit(backend, withChildPhoto(own!));
    const open = (openid: string, fileIds = [own!]) => backend.call(openid, api.onething['files.open'], { caseId: view.id, fileIds });

    const logBefore = (await storedAll(backend, 'access_log')).length;
    const staff = expectOk(await open(STAFF.police));
    expect(staff.files).toHaveLength(1);
    expect(staff.files[0]).toMatchObject({ fileId: own, url: expect.any(String) });
    const expiresIn = new Date(staff.files[0]!.expiresAt!).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(60_000);
    expect(expiresIn).toBeLessThanOrEqual(10 * 60_000);
    const download = await fetch(staff.files[0]!.url!);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    const log = await storedAll(backend, 'access_log');
    expect(log.length).toBe(logBefore + 1);
    expect(log.find((e) => e.viewerOpenid === STAFF.police && String(e.purpose).includes(view.number))).toMatchObject({
      subjectOpenid: WANG,
      fields: ['material:child_photo'],
    });

    expect(expectOk(await open(WANG)).files[0]!.url).toEqual(expect.any(String));
    for (const outsider of [STAFF.samr, LI, GOV_STAFF]) {
      expect(await open(outsider)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await backend.call(LI, api.onething['files.open'], { caseId: 'yjs-no-such-case', fileIds: [own!] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await open(STAFF.police, [uploadedBy(WANG, 'onething')])).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await storedAll(backend, 'access_log')).length).toBe(logBefore + 2);
  });
});
