import { api } from '@shared/contracts';
import { idCheckCharacter } from '@shared/idcard';
import { CASE_PROGRESS_TEMPLATE } from '@shared/onething/notice';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { clear, countCases, decide, grantCaseConsents, LI, makeTaxStaff, NEWBORN_ANSWERS, newbornApplication, photo, STAFF, states, storedCase, submit, WANG } from './onething-fixtures';

// A whole case runs through dozens of function calls on a CPU shared with other suites.
jest.setTimeout(30_000);

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await makeTaxStaff(backend);
  await grantCaseConsents(backend, WANG);
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const fieldsOf = (result: unknown) => (result as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map((f) => f.path).sort();

type Message = { event: string; events: string[]; body: string; channel: string };
async function messagesFor(openid: string, caseId: string): Promise<Message[]> {
  const { data } = await backend.db().collection('messages').where({ openid, caseId }).get();
  return data as Message[];
}

describe('新生儿出生 from submit to result', () => {
  it('runs parallel and serial tasks, a 补正 round trip, and completes when every department has approved', async () => {
    const submitted = await submit(backend);
    expect(submitted.number).toMatch(/^YJS\d{8}\d{5}$/);
    expect(submitted).toMatchObject({ status: 'submitted', viewer: 'applicant', canWithdraw: true, theme: { id: 'newborn', version: '1.0.0' } });
    // 并联: the three health sub-items start now; 串联: 上户口 waits for 出生医学证明, the rest wait for 上户口.
    expect(states(submitted)).toEqual({
      birth_registration: 'pending',
      birth_medical_cert: 'pending',
      vaccination_record: 'pending',
      hukou_registration: 'waiting',
      medical_insurance_enrollment: 'waiting',
      medical_insurance_payment: 'waiting',
      social_security_card: 'waiting',
    });
    const medical = submitted.tasks.find((t) => t.id === 'birth_medical_cert')!;
    expect(medical).toMatchObject({ department: { id: 'health', name: '卫生健康委员会' }, promisedDays: 1, overdue: false });
    expect(medical.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(submitted.tasks.find((t) => t.id === 'hukou_registration')!.dueOn).toBeNull();
    // Shared materials are references to 电子证照, shown masked; the certificate passes between departments.
    const father = submitted.materials.find((m) => m.id === 'father_id_card')!;
    expect(father).toMatchObject({ via: 'shared', sharedRecord: { recordId: 'sr-wang-id-card', type: 'id_card', label: '居民身份证', holder: '王**' } });
    expect(father.sharedRecord!.numberMasked).toMatch(/^4403\*{10}\d{3}[\dX]$/);
    expect(submitted.materials.find((m) => m.id === 'birth_medical_cert_doc')).toMatchObject({ via: 'internal', fromSubItem: 'birth_medical_cert' });
    const caseId = submitted.id;

    await clear(backend, STAFF.health, caseId, 'birth_registration');
    const afterCert = await clear(backend, STAFF.health, caseId, 'birth_medical_cert');
    expect(afterCert.case.status).toBe('in_progress');
    expect(states(afterCert.case).hukou_registration).toBe('pending');

    // 公安 accepts, then tells everything missing at once (一次性告知).
    await decide(backend, STAFF.police, { caseId, taskId: 'hukou_registration', decision: 'accept' });
    const corrected = await decide(backend, STAFF.police, {
      caseId,
      taskId: 'hukou_registration',
      decision: 'correct',
      items: [
        { materialId: 'hukou_book', problem: '户口簿户主页需要加盖派出所印章的复印件' },
        { materialId: 'child_photo', problem: '照片背景不是白色' },
      ],
      note: '两份材料请一并补交',
    });
    expect(corrected.task).toMatchObject({ state: 'correction', clockPaused: true, dueOn: null });
    const mine = expectOk(await backend.call(WANG, api.onething['applications.get'], { caseId }));
    expect(mine).toMatchObject({ status: 'correction', canSupplement: true, canWithdraw: false, correctionCount: 2 });
    expect(mine.corrections.map((c) => [c.materialId, c.taskName])).toEqual([
      ['hukou_book', '出生登记（上户口）'],
      ['child_photo', '出生登记（上户口）'],
    ]);

    // Only what was asked, and all of it: a part, or something nobody asked for, is refused and changes nothing.
    const part = await backend.call(WANG, api.onething['applications.supplement'], { caseId, materials: { child_photo: { kind: 'upload', files: [photo('white.jpg')] } } });
    expect(fieldsOf(part)).toEqual(['materials.hukou_book']);
    const unasked = await backend.call(WANG, api.onething['applications.supplement'], {
      caseId,
      materials: { marriage_cert: { kind: 'upload', files: [photo('marriage.jpg')] }, child_photo: { kind: 'upload', files: [photo()] } },
    });
    expect(fieldsOf(unasked)).toEqual(['materials.hukou_book', 'materials.marriage_cert']);
    expect((await storedCase(backend, caseId)).status).toBe('correction');

    const supplied = expectOk(
      await backend.call(WANG, api.onething['applications.supplement'], {
        caseId,
        materials: {
          hukou_book: { kind: 'upload', files: [{ ...photo('hukou.pdf', 800_000), mimeType: 'application/pdf' }] },
          child_photo: { kind: 'upload', files: [photo('white.jpg')] },
        },
      }),
    );
    const hukou = supplied.tasks.find((t) => t.id === 'hukou_registration')!;
    expect(hukou).toMatchObject({ state: 'in_review', clockPaused: false, correction: null });
    expect(hukou.dueOn).not.toBeNull();
    expect(supplied.materials.find((m) => m.id === 'hukou_book')).toMatchObject({ via: 'upload', files: [{ name: 'hukou.pdf' }] });
    expect(supplied.materials.find((m) => m.id === 'hukou_book')!.supplementedAt).not.toBeNull();
    // Nothing else was re-asked: the other shared records stay as they were.
    expect(supplied.materials.find((m) => m.id === 'marriage_cert')).toMatchObject({ via: 'shared', supplementedAt: null });

    const approved = await decide(backend, STAFF.police, { caseId, taskId: 'hukou_registration', decision: 'approve', result: { documentNo: 'HK-2026-0001' } });
    expect(states(approved.case)).toMatchObject({ medical_insurance_enrollment: 'pending', social_security_card: 'pending', medical_insurance_payment: 'waiting' });
    await clear(backend, STAFF.nhsa, caseId, 'medical_insurance_enrollment');
    await clear(backend, STAFF.tax, caseId, 'medical_insurance_payment');
    await clear(backend, STAFF.hrss, caseId, 'social_security_card');
    const last = await clear(backend, STAFF.health, caseId, 'vaccination_record');
    expect(last.case.status).toBe('completed');

    const done = expectOk(await backend.call(WANG, api.onething['applications.get'], { caseId }));
    expect(done).toMatchObject({ status: 'completed', statusLabel: '已办结', approvedCount: 7, canWithdraw: false, canSupplement: false });
    expect(done.result!.documents.map((d) => d.taskId)).toHaveLength(7);
    expect(done.result!.documents.find((d) => d.taskId === 'hukou_registration')).toMatchObject({ documentNo: 'HK-2026-0001' });
    // Every state change is on the timeline, with who did it.
    const events = done.timeline.map((e) => e.event);
    expect(events[0]).toBe('submit');
    expect(events.at(-1)).toBe('complete');
    expect(events.filter((e) => e === 'approve')).toHaveLength(7);
    expect(events).toEqual(expect.arrayContaining(['accept', 'correct', 'supplement', 'activate']));
    expect(done.timeline.find((e) => e.event === 'correct')).toMatchObject({ actor: { kind: 'staff', department: '公安局' }, taskName: '出生登记（上户口）' });
    // …and told to the applicant, one notice per step, in the inbox (no subscribe-message grant here); their
    // own 补正 needs no message back.
    const inbox = await messagesFor(WANG, caseId);
    expect(inbox.every((m) => m.channel === 'in_app')).toBe(true);
    expect(inbox.filter((m) => m.events.includes('approve'))).toHaveLength(7);
    expect(inbox.find((m) => m.event === 'correct')!.body).toContain('照片背景不是白色');
    expect(inbox.find((m) => m.event === 'complete')!.events).toEqual(['approve', 'complete']);
    expect(inbox.some((m) => m.events.includes('supplement'))).toBe(false);

    const list = expectOk(await backend.call(WANG, api.onething['applications.listMine'], { filter: 'finished' }));
    expect(list.items.map((i) => i.id)).toContain(caseId);
  });

  it('cannot approve before accepting, and a rejection needs a reason and cancels what comes after', async () => {
    const { id: caseId } = await submit(backend);
    const early = await backend.call(STAFF.health, api.onething['tasks.decide'], { caseId, taskId: 'birth_medical_cert', decision: 'approve', result: { documentNo: 'X-1' } });
    expect(early).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const noReason = await backend.call(STAFF.health, api.onething['tasks.decide'], { caseId, taskId: 'birth_medical_cert', decision: 'reject', reason: '' });
    expect(fieldsOf(noReason)).toEqual(['reason']);
    const rejected = await decide(backend, STAFF.health, { caseId, taskId: 'birth_medical_cert', decision: 'reject', reason: '未在本市助产机构出生，请回出生医院办理' });
    expect(rejected.task).toMatchObject({ state: 'rejected', rejectionReason: '未在本市助产机构出生，请回出生医院办理' });
    // 上户口 and everything behind it can never start.
    expect(states(rejected.case)).toMatchObject({ hukou_registration: 'cancelled', social_security_card: 'cancelled', medical_insurance_payment: 'cancelled' });
  });
});

describe('departments at the same time', () => {
  it('decisions on different tasks of one case all land; the same task decided twice at once lands once', async () => {
    const { id: caseId } = await submit(backend);
    const accepts = await Promise.all(
      ['birth_registration', 'birth_medical_cert', 'vaccination_record'].map((taskId) =>
        backend.call(STAFF.health, api.onething['tasks.decide'], { caseId, taskId, decision: 'accept' }),
      ),
    );
    expect(accepts.map((a) => a.ok)).toEqual([true, true, true]);
    const stored = await storedCase(backend, caseId);
    expect(stored.tasks.filter((t: { state: string }) => t.state === 'accepted')).toHaveLength(3);
    expect(stored.timeline.filter((e: { event: string }) => e.event === 'accept')).toHaveLength(3);

    const twice = await Promise.all(
      // Two taps (or two windows) of the same department on the same decision.
      [STAFF.health, STAFF.health].map((staff) =>
        backend.call(staff, api.onething['tasks.decide'], { caseId, taskId: 'birth_medical_cert', decision: 'approve', result: { documentNo: 'CS-1' } }),
      ),
    );
    expect(twice.filter((t) => t.ok)).toHaveLength(1);
    expect(twice.find((t) => !t.ok)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const after = await storedCase(backend, caseId);
    expect(after.timeline.filter((e: { event: string }) => e.event === 'approve')).toHaveLength(1);
    expect(after.tasks.find((t: { id: string }) => t.id === 'hukou_registration').state).toBe('pending');
  });
});

describe('telling the applicant', () => {
  it('sends a subscribe message while the applicant has a grant, then falls back to the in-app inbox', async () => {
    // 王小明 taps “接收办件进度提醒” once: one grant for the case-progress template.
    const granted = await fetch(`${backend.url}/__client/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wx-openid': WANG },
      body: JSON.stringify({ tmplIds: [CASE_PROGRESS_TEMPLATE] }),
    });
    expect(granted.status).toBe(200);
    const { id: caseId, number } = await submit(backend);
    await decide(backend, STAFF.health, { caseId, taskId: 'birth_medical_cert', decision: 'accept' });
    const inbox = await messagesFor(WANG, caseId);
    expect(inbox.map((m) => [m.event, m.channel])).toEqual([
      ['submit', 'subscribe'],
      ['accept', 'in_app'],
    ]);
    const outbox = (await (await fetch(`${backend.url}/__emulator/outbox?touser=${WANG}`)).json()) as { messages: { errcode: number; templateId: string; data: Record<string, { value: string }> }[] };
    const sent = outbox.messages.filter((m) => m.data.character_string1?.value === number);
    expect(sent.map((m) => m.errcode)).toEqual([0, 43101]);
    expect(sent[0]!.data).toMatchObject({ thing2: { value: '新生儿出生' }, phrase3: { value: '已提交' } });
  });
});

describe('the version a case keeps', () => {
  it('a 深圳 case keeps the overlay version it was submitted under, with the city’s extra step and shorter promise', async () => {
    const view = await submit(backend, newbornApplication({ regionCode: '440300', answers: { ...NEWBORN_ANSWERS, want_home_visit: false } }));
    expect(view.theme).toEqual({ id: 'newborn', name: '新生儿出生', version: '1.0.0+440300.1', city: { code: '440300', name: '深圳市' } });
    expect(view.tasks.map((t) => t.id)).toContain('parenting_guidance');
    expect(view.tasks.find((t) => t.id === 'hukou_registration')!.promisedDays).toBe(1);
    const stored = await storedCase(backend, view.id);
    expect(stored).toMatchObject({ themeVersion: '1.0.0+440300.1', regionCode: '440300' });
    // Read back through the same definition (its form labels and materials), not the national one.
    const again = expectOk(await backend.call(WANG, api.onething['applications.get'], { caseId: view.id }));
    expect(again.form.find((f) => f.id === 'child_name')).toMatchObject({ label: expect.any(String), value: '王小宝' });
    const active = expectOk(await backend.call(WANG, api.onething['applications.listMine'], { filter: 'active' }));
    expect(active.items.find((i) => i.id === view.id)).toMatchObject({ status: 'submitted', taskCount: 8, approvedCount: 0 });
  });
});

describe('an enterprise theme', () => {
  it('开办餐饮店 for 赵建国: EMS delivery, 市场监管 first, then 税务 and the food licence in parallel; any 市场监管 staff may take it', async () => {
    const ZHAO = 'demo-enterprise-zhao';
    const view = expectOk(
      await backend.call(ZHAO, api.onething['applications.submit'], {
        requestId: 'restaurant-zhao-0001',
        themeId: 'restaurant',
        answers: { entity_type: 'individual', premises: 'rented', hot_food: false, food_kinds: [], floor_area: 80, signboard: false, tobacco: false },
        form: {
          operator_name: '赵建国',
          operator_id_number: `${'44030419800905303'}${idCheckCharacter('44030419800905303')}`,
          operator_phone: '13600001234',
          shop_name: '赵记糖水铺',
          shop_address: '广东省深圳市福田区福华路100号',
          shop_kind: 'drinks',
          staff_count: 3,
        },
        materials: {
          operator_id_card: { kind: 'shared', recordId: 'sr-zhao-id-card' },
          premises_proof: { kind: 'upload', files: [{ ...photo('租赁合同.pdf', 900_000, ZHAO), mimeType: 'application/pdf' }] },
          site_layout: { kind: 'upload', files: [photo('平面图.jpg', 300_000, ZHAO)] },
          food_safety_system: { kind: 'promise', accepted: true },
          health_certificates: { kind: 'promise', accepted: true },
        },
        delivery: { method: 'ems', address: { recipient: '赵建国', phone: '13600001234', address: '广东省深圳市福田区福华路100号' } },
      }),
    );
    expect(states(view)).toEqual({ business_license: 'pending', tax_registration: 'waiting', food_business_license: 'waiting' });
    expect(view.delivery).toEqual({ method: { value: 'ems', label: 'EMS 免费邮寄' }, address: { recipient: '赵建国', phone: '13600001234', address: '广东省深圳市福田区福华路100号' } });
    await decide(backend, STAFF.samr, { caseId: view.id, taskId: 'business_license', decision: 'accept' });
    // A colleague in the same department finishes it.
    const approved = await decide(backend, 'demo-staff-samr-2', { caseId: view.id, taskId: 'business_license', decision: 'approve', result: { documentNo: '92440304MA5TEST01X' } });
    expect(states(approved.case)).toEqual({ business_license: 'approved', tax_registration: 'pending', food_business_license: 'pending' });
    // Staff see the EMS address masked.
    expect(approved.case.delivery.address!.phone).toBe('136****1234');
  });
});

describe('withdraw', () => {
  it('withdraws until a department accepts, not after', async () => {
    const first = await submit(backend);
    const withdrawn = expectOk(await backend.call(WANG, api.onething['applications.withdraw'], { caseId: first.id, reason: '信息填错了，重新申请' }));
    expect(withdrawn).toMatchObject({ status: 'withdrawn', canWithdraw: false });
    expect(withdrawn.tasks.every((t) => t.state === 'cancelled')).toBe(true);
    // A withdrawn case is nobody's open task any more.
    const open = expectOk(await backend.call(STAFF.health, api.onething['tasks.list'], {}));
    expect(open.items.some((i) => i.caseId === first.id)).toBe(false);

    const second = await submit(backend);
    await decide(backend, STAFF.health, { caseId: second.id, taskId: 'vaccination_record', decision: 'accept' });
    const late = await backend.call(WANG, api.onething['applications.withdraw'], { caseId: second.id });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await storedCase(backend, second.id)).status).toBe('in_progress');
  });
});

describe('idempotent submit', () => {
  it('retries with the same requestId, even at the same time, make exactly one case', async () => {
    const input = newbornApplication();
    const answers = await Promise.all(Array.from({ length: 5 }, () => backend.call(WANG, api.onething['applications.submit'], input)));
    const views = answers.map(expectOk);
    expect(new Set(views.map((v) => v.id)).size).toBe(1);
    expect(new Set(views.map((v) => v.number)).size).toBe(1);
    expect(await countCases(backend, { requestId: input.requestId })).toBe(1);
    const again = await submit(backend, input);
    expect(again.id).toBe(views[0]!.id);
    expect(await countCases(backend, { requestId: input.requestId })).toBe(1);
    // The same requestId from another person is their own submit, not a replay of 王小明's.
    const other = await backend.call(LI, api.onething['applications.submit'], input);
    expect(other).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});

describe('who sees what', () => {
  it('staff see and decide only their own department’s tasks', async () => {
    const { id: caseId, number } = await submit(backend);
    const health = expectOk(await backend.call(STAFF.health, api.onething['tasks.list'], {}));
    expect(health.department).toEqual({ id: 'health', name: '卫生健康委员会' });
    expect(health.items.filter((i) => i.caseId === caseId).map((i) => i.task.id).sort()).toEqual(['birth_medical_cert', 'birth_registration', 'vaccination_record']);
    expect(health.items.every((i) => i.task.department.id === 'health')).toBe(true);
    expect(health.items.find((i) => i.caseId === caseId)).toMatchObject({ caseNumber: number, applicantName: '王**' });
    // 公安's task is still waiting for 出生医学证明: not in their list yet; 市场监管 has nothing here at all.
    const police = expectOk(await backend.call(STAFF.police, api.onething['tasks.list'], {}));
    expect(police.items.some((i) => i.caseId === caseId)).toBe(false);
    const samr = expectOk(await backend.call(STAFF.samr, api.onething['tasks.list'], { filter: 'all' }));
    expect(samr.items.some((i) => i.caseId === caseId)).toBe(false);

    for (const call of [
      backend.call(STAFF.police, api.onething['tasks.decide'], { caseId, taskId: 'birth_medical_cert', decision: 'accept' }),
      backend.call(STAFF.samr, api.onething['tasks.get'], { caseId, taskId: 'birth_medical_cert' }),
      backend.call(STAFF.police, api.onething['tasks.decide'], { caseId: 'yjs-nonexistent', taskId: 'hukou_registration', decision: 'accept' }),
    ]) {
      expect(await call).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect((await storedCase(backend, caseId)).tasks.find((t: { id: string }) => t.id === 'birth_medical_cert').state).toBe('pending');
    const own = expectOk(await backend.call(STAFF.health, api.onething['tasks.get'], { caseId, taskId: 'birth_medical_cert' }));
    expect(own.decisions.map((d) => d.value)).toEqual(['accept', 'reject', 'correct']);
    expect(own.case.form.find((f) => f.id === 'child_name')).toMatchObject({ value: '王小宝' });
    // Seeing the form whole is recorded against the applicant.
    const { data: access } = await backend.db().collection('access_log').where({ subjectOpenid: WANG, viewerOpenid: STAFF.health }).get();
    expect((access as { purpose: string }[]).some((a) => a.purpose.includes(number))).toBe(true);
    // Citizens have no back office.
    expect(await backend.call(WANG, api.onething['tasks.list'], {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('a citizen cannot read, withdraw or supplement another person’s case', async () => {
    const { id: caseId } = await submit(backend);
    expect(await backend.call(LI, api.onething['applications.get'], { caseId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await backend.call(LI, api.onething['applications.withdraw'], { caseId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const theirs = expectOk(await backend.call(LI, api.onething['applications.listMine'], {}));
    expect(theirs.items.some((i) => i.id === caseId)).toBe(false);
    expect((await storedCase(backend, caseId)).status).toBe('submitted');
  });
});

describe('deadlines in working days', () => {
  it('counts across the 2026 National Day holiday and a 调休 Saturday, and flags overdue tasks first', async () => {
    const { id: caseId } = await submit(backend);
    // As if 出生医学证明 had reached 卫健委 on Tue 29 Sep with 5 working days, and 预防接种 on Fri 9 Oct with 1.
    const stored = await storedCase(backend, caseId);
    const tasks = stored.tasks.map((t: Record<string, any>) =>
      t.id === 'birth_medical_cert'
        ? { ...t, clock: { runningSince: '2026-09-29', daysRemaining: 5 } }
        : t.id === 'vaccination_record'
          ? { ...t, clock: { runningSince: '2026-10-09', daysRemaining: 1 } }
          : t,
    );
    await backend.db().collection('onething_cases').doc(caseId).update({ tasks });

    const view = expectOk(await backend.call(WANG, api.onething['applications.get'], { caseId }));
    // Wed 30 Sep (1), 1–7 Oct holiday, Thu 8 (2), Fri 9 (3), Sat 10 调休 (4), Mon 12 (5).
    expect(view.tasks.find((t) => t.id === 'birth_medical_cert')).toMatchObject({ dueOn: '2026-10-12', overdue: true });
    expect(view.tasks.find((t) => t.id === 'birth_medical_cert')!.countdown).toBeLessThan(0);
    // The 调休 Saturday is a working day: one day after Fri 9 Oct is Sat 10 Oct.
    expect(view.tasks.find((t) => t.id === 'vaccination_record')).toMatchObject({ dueOn: '2026-10-10', overdue: true });
    expect(view).toMatchObject({ overdue: true, nextDueOn: '2026-10-10' });

    // The case was changed behind the functions' back: the first read repairs the work list's entries from it
    // (showing each task as the case says), the next one is in due order.
    const first = expectOk(await backend.call(STAFF.health, api.onething['tasks.list'], {}));
    expect(first.items.find((i) => i.caseId === caseId && i.task.id === 'vaccination_record')?.task.dueOn).toBe('2026-10-10');
    const list = expectOk(await backend.call(STAFF.health, api.onething['tasks.list'], {}));
    const dues = list.items.map((i) => i.task.dueOn ?? '9999');
    expect(dues).toEqual([...dues].sort());
    expect(list.items[0]).toMatchObject({ caseId, task: { id: 'vaccination_record', overdue: true } });
  });
});

describe('bad input', () => {
  it('answers VALIDATION_FAILED with the paths of every problem and writes nothing', async () => {
    const before = await countCases(backend);
    const good = newbornApplication();
    const bad = newbornApplication({
      form: { ...good.form, child_name: '', applicant_phone: '12345', surprise: 'x' },
      materials: {
        ...good.materials,
        // 李秀英's ID card is not 王小明's to use; the photo must be a JPG under 2 MB; the certificate passes between departments.
        father_id_card: { kind: 'shared', recordId: 'sr-li-id-card' },
        child_photo: { kind: 'upload', files: [{ ...photo('baby.png', 5_000_000), mimeType: 'image/png' }] },
        birth_medical_cert_doc: { kind: 'upload', files: [photo()] },
        marriage_cert: undefined as never,
      },
      delivery: { method: 'ems', address: { recipient: '王小明', phone: '13800138000', address: '广东省深圳市福田区福华路88号' } },
    });
    delete (bad.materials as Record<string, unknown>).marriage_cert;
    const result = await backend.call(WANG, api.onething['applications.submit'], bad);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(fieldsOf(result)).toEqual(
      [
        'form.applicant_phone',
        'form.child_name',
        'form.surprise',
        'materials.birth_medical_cert_doc',
        'materials.child_photo.files.0.mimeType',
        'materials.child_photo.files.0.size',
        'materials.father_id_card.recordId',
        'materials.marriage_cert',
      ].sort(),
    );

    const unanswered = await backend.call(WANG, api.onething['applications.submit'], newbornApplication({ answers: { born_where: 'local_hospital' } }));
    expect(fieldsOf(unanswered)).toEqual(['answers.father_local']);
    const malformed = await backend.call(WANG, api.onething['applications.submit'], { ...good, requestId: 'x', delivery: { method: 'drone' } } as never);
    expect(fieldsOf(malformed)).toEqual(['delivery.method', 'requestId']);
    expect(await countCases(backend)).toBe(before);
  });
});
