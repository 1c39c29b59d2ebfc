import { api } from '@shared/contracts';
import type { OutputOf } from '@shared/contract';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';

const WANG = 'demo-citizen-wang';
const ZHAO = 'demo-enterprise-zhao';
const SHENZHEN = '440300';

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

const fieldsOf = (result: unknown) => (result as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map((f) => f.path).sort();

async function guide(persona: string, themeId: string, answers: Record<string, unknown>, regionCode?: string): Promise<Guide> {
  return expectOk(await backend.call(persona, api.onething['guide.evaluate'], { themeId, answers: answers as never, ...(regionCode ? { regionCode } : {}) }));
}

/** Answers one question at a time, as the guide pages do, checking each asked question is the expected one. */
async function walk(persona: string, themeId: string, steps: [string, unknown][], regionCode?: string): Promise<Result> {
  const answers: Record<string, unknown> = {};
  for (const [questionId, value] of steps) {
    const page = await guide(persona, themeId, answers, regionCode);
    expect(page.status).toBe('question');
    if (page.status !== 'question') throw new Error('expected a question');
    expect(page.question.id).toBe(questionId);
    expect(page.path.map((p) => p.questionId)).toEqual(Object.keys(answers));
    answers[questionId] = value;
  }
  const result = await guide(persona, themeId, answers, regionCode);
  expect(result.status).toBe('result');
  if (result.status !== 'result') throw new Error('expected the result');
  expect(result.path.map((p) => p.questionId)).toEqual(steps.map(([id]) => id));
  expect(result.previousQuestionId).toBe(steps[steps.length - 1]![0]);
  return result;
}

/**
 * The source the catalog chose for each material. A shared one the provider has no record of for this persona
 * comes back as an upload naming the record (`fallbackFrom`); it still counts as the catalog's `shared` choice
 * here — onething-sharing.test.ts covers the fallback itself.
 */
const sources = (result: Result) =>
  Object.fromEntries(
    result.materials.map((m) => [
      m.id,
      m.source.kind === 'shared'
        ? `shared:${m.source.record}`
        : m.source.kind === 'upload' && m.source.fallbackFrom
          ? `shared:${m.source.fallbackFrom.record}`
          : m.source.kind === 'internal'
            ? `internal:${m.source.fromSubItem}`
            : m.source.kind,
    ]),
  );

describe('themes.list', () => {
  it('lists all 23 themes with their sub-item counts, legal days and versions, and filters by audience', async () => {
    const { themes } = expectOk(await backend.call(WANG, api.onething['themes.list'], {}));
    expect(themes).toHaveLength(23);
    const newborn = themes.find((t) => t.id === 'newborn')!;
    expect(newborn).toMatchObject({ name: '新生儿出生', audience: 'person', lifeEvent: 'birth', lifeEventLabel: '生孩子', subItemCount: 7, version: '1.0.0' });
    // Longest chain of legal limits: 出生医学证明 5 → 上户口 10 → 社保卡 20.
    expect(newborn.totalLegalDays).toBe(35);
    const people = expectOk(await backend.call(WANG, api.onething['themes.list'], { audience: 'person' })).themes;
    const firms = expectOk(await backend.call(ZHAO, api.onething['themes.list'], { audience: 'enterprise' })).themes;
    expect(people.every((t) => t.audience === 'person')).toBe(true);
    expect(firms.every((t) => t.audience === 'enterprise')).toBe(true);
    expect(people.length + firms.length).toBe(23);
    expect(firms.map((t) => t.id)).toContain('restaurant');
  });

  it('searches the way people talk, best first, within the audience', async () => {
    const hits = expectOk(await backend.call(WANG, api.onething['themes.list'], { search: '我要上户口' })).themes;
    expect(hits[0]).toMatchObject({ id: 'newborn' });
    expect(hits[0]!.matched.length).toBeGreaterThan(0);
    expect(expectOk(await backend.call(ZHAO, api.onething['themes.list'], { search: '奶茶店' })).themes[0]).toMatchObject({ id: 'restaurant' });
    expect(expectOk(await backend.call(ZHAO, api.onething['themes.list'], { search: '奶茶店', audience: 'person' })).themes).toEqual([]);
  });
});

describe('themes.get', () => {
  it('tells what 新生儿出生 bundles before anything is asked (national)', async () => {
    const theme = expectOk(await backend.call(WANG, api.onething['themes.get'], { themeId: 'newborn' }));
    expect(theme).toMatchObject({ id: 'newborn', name: '新生儿出生', city: null, promisedDays: 5, questionCount: 11 });
    expect(theme.subItems.map((s) => s.id)).toEqual([
      'birth_registration',
      'birth_medical_cert',
      'vaccination_record',
      'hukou_registration',
      'medical_insurance_enrollment',
      'medical_insurance_payment',
      'social_security_card',
      'maternity_reimbursement',
      'maternity_allowance',
    ]);
    expect(theme.subItems.find((s) => s.id === 'hukou_registration')).toEqual({
      id: 'hukou_registration',
      name: '出生登记（上户口）',
      department: '公安局',
      legalDays: 10,
      promisedDays: 2,
      output: '居民户口簿（孩子的户口页）',
      usual: true,
    });
    expect(theme.subItems.find((s) => s.id === 'maternity_allowance')!.usual).toBe(false);
    expect(theme.probableMaterials.map((m) => m.id)).toContain('child_photo');
  });

  it('layers the 深圳 overlay: shorter promises and an extra sub-item and question', async () => {
    const sz = expectOk(await backend.call(WANG, api.onething['themes.get'], { themeId: 'newborn', regionCode: SHENZHEN }));
    expect(sz.city).toEqual({ code: SHENZHEN, name: '深圳市' });
    expect(sz.promisedDays).toBe(4);
    expect(sz.questionCount).toBe(12);
    expect(sz.subItems.find((s) => s.id === 'hukou_registration')!.promisedDays).toBe(1);
    expect(sz.subItems.map((s) => s.id)).toEqual(expect.arrayContaining(['parenting_guidance', 'home_visit']));
    // A city without an overlay sees the national definition.
    const other = expectOk(await backend.call(WANG, api.onething['themes.get'], { themeId: 'newborn', regionCode: '110100' }));
    expect(other).toMatchObject({ city: null, promisedDays: 5, questionCount: 11 });
  });
});

describe('guide.evaluate — 新生儿出生', () => {
  it('both parents local, married, employee insurance, paid the hospital themselves: every sub-item', async () => {
    const result = await walk(WANG, 'newborn', [
      ['born_where', 'local_hospital'],
      ['father_local', true],
      ['mother_local', true],
      ['hukou_follows', 'father'],
      ['married', true],
      ['want_ss_card', true],
      ['mother_insurance', 'employee'],
      ['hospital_settled', false],
      ['claim_allowance', true],
      ['want_mail', true],
    ]);
    expect(result.canSubmit).toBe(true);
    expect(result.subItems.map((s) => s.id)).toEqual([
      'birth_registration',
      'birth_medical_cert',
      'vaccination_record',
      'hukou_registration',
      'medical_insurance_enrollment',
      'medical_insurance_payment',
      'social_security_card',
      'maternity_reimbursement',
      'maternity_allowance',
    ]);
    expect(sources(result)).toEqual({
      mother_id_card: 'shared:id_card',
      father_id_card: 'shared:id_card',
      hukou_book: 'shared:hukou',
      marriage_cert: 'shared:marriage_cert',
      birth_medical_cert_doc: 'internal:birth_medical_cert',
      child_photo: 'upload',
      medical_invoices: 'upload',
      discharge_summary: 'promise',
      mother_bank_card: 'upload',
    });
    const discharge = result.materials.find((m) => m.id === 'discharge_summary')!.source;
    expect(discharge).toMatchObject({ kind: 'promise', supplyWithinDays: 10 });
    expect(discharge.kind === 'promise' && discharge.text).toContain('本人承诺所报销的生育医疗费用真实');
    const photo = result.materials.find((m) => m.id === 'child_photo')!.source;
    expect(photo.kind === 'upload' && photo.upload.mimeTypes.length).toBeGreaterThan(0);
    expect(photo.kind === 'upload' && photo.upload.maxBytes).toBeGreaterThan(0);
    expect(result.notices).toEqual([]);
  });

  it('born elsewhere, neither parent local but a residence permit, unmarried: no hukou, no card, upload the discharge summary', async () => {
    const result = await walk(WANG, 'newborn', [
      ['born_where', 'outside_city'],
      ['father_local', false],
      ['mother_local', false],
      ['residence_permit', true],
      ['married', false],
      ['mother_insurance', 'resident'],
      ['hospital_settled', false],
      ['want_mail', false],
    ]);
    expect(result.subItems.map((s) => s.id)).toEqual([
      'birth_registration',
      'vaccination_record',
      'medical_insurance_enrollment',
      'medical_insurance_payment',
      'maternity_reimbursement',
    ]);
    expect(sources(result)).toEqual({
      mother_id_card: 'shared:id_card',
      father_id_card: 'shared:id_card',
      birth_medical_cert_doc: 'shared:birth_medical_cert',
      residence_permit_doc: 'shared:residence_permit',
      medical_invoices: 'upload',
      discharge_summary: 'upload',
    });
    expect(result.notices).toEqual(['孩子的户口要到爸爸或妈妈的户籍地办理；户口办好后，可以再在本市申领社保卡。']);
  });

  it('in 深圳 asks about the home visit and adds it; back/forward keeps later answers that are still asked', async () => {
    const start: Record<string, unknown> = { born_where: 'local_hospital', father_local: true, mother_local: false, married: true, want_ss_card: true };
    const page = await guide(WANG, 'newborn', start, SHENZHEN);
    expect(page).toMatchObject({ status: 'question', question: { id: 'want_home_visit', type: 'yesNo' }, previousQuestionId: 'want_ss_card', city: { code: SHENZHEN } });
    const national = await guide(WANG, 'newborn', start);
    expect(national).toMatchObject({ status: 'question', question: { id: 'mother_insurance' } });
    if (national.status === 'question') expect(national.question.options.map((o) => o.value)).toEqual(['employee', 'resident', 'none']);
    const result = await guide(WANG, 'newborn', { ...start, want_home_visit: true, mother_insurance: 'none', want_mail: false }, SHENZHEN);
    expect(result.status).toBe('result');
    if (result.status === 'result') expect(result.subItems.map((s) => s.id)).toEqual(expect.arrayContaining(['parenting_guidance', 'home_visit']));
    // Changing an early answer drops the answers that are no longer asked, and says which.
    const changed = await guide(WANG, 'newborn', { ...start, father_local: false, mother_insurance: 'none', want_mail: false });
    expect(changed.dropped).toEqual(['want_ss_card']);
    expect(changed).toMatchObject({ status: 'question', question: { id: 'residence_permit' } });
  });
});

describe('guide.evaluate — 开办餐饮店', () => {
  it('a company in its own 350 m² shop, hot food and drinks, fire check by promise, signboard and tobacco', async () => {
    const result = await walk(ZHAO, 'restaurant', [
      ['entity_type', 'company'],
      ['premises', 'owned'],
      ['hot_food', true],
      ['food_kinds', ['drinks']],
      ['floor_area', 350],
      ['fire_promise', true],
      ['signboard', true],
      ['tobacco', true],
      ['near_school', false],
    ]);
    expect(result.subItems.map((s) => s.id)).toEqual([
      'business_license',
      'seal_engraving',
      'tax_registration',
      'food_business_license',
      'fire_safety_check',
      'signboard_approval',
      'tobacco_license',
    ]);
    expect(sources(result)).toEqual({
      operator_id_card: 'shared:id_card',
      articles_of_association: 'upload',
      premises_proof: 'shared:real_estate_cert',
      new_business_license: 'internal:business_license',
      site_layout: 'upload',
      food_safety_system: 'promise',
      health_certificates: 'promise',
      fume_purifier_proof: 'upload',
      dedicated_room_layout: 'upload',
      fire_safety_materials: 'promise',
      signboard_design: 'upload',
    });
    const articles = result.materials.find((m) => m.id === 'articles_of_association')!.source;
    expect(articles.kind === 'upload' && articles.upload.mimeTypes).toEqual(['application/pdf']);
    expect(result.materials.find((m) => m.id === 'health_certificates')!.source).toMatchObject({ kind: 'promise', supplyWithinDays: 20 });
  });

  it('a small rented 个体户 shop near a school: three sub-items, no tobacco licence, and it says why', async () => {
    const result = await walk(ZHAO, 'restaurant', [
      ['entity_type', 'individual'],
      ['premises', 'rented'],
      ['hot_food', false],
      ['food_kinds', []],
      ['floor_area', 80],
      ['signboard', false],
      ['tobacco', true],
      ['near_school', true],
    ]);
    expect(result.subItems.map((s) => s.id)).toEqual(['business_license', 'tax_registration', 'food_business_license']);
    expect(sources(result)).toEqual({
      operator_id_card: 'shared:id_card',
      premises_proof: 'upload',
      new_business_license: 'internal:business_license',
      site_layout: 'upload',
      food_safety_system: 'promise',
      health_certificates: 'promise',
    });
    expect(result.notices).toEqual(['中小学、幼儿园周边不能开设卷烟零售点，烟草专卖零售许可这次不能办理。']);
  });
});

describe('bad input', () => {
  it.each([
    ['an unknown question', { no_such_question: true }, ['answers.no_such_question']],
    ['an option that is not offered', { born_where: 'moon' }, ['answers.born_where']],
    ['a wrong answer type and a bad option at once', { father_local: 'yes', born_where: 'moon' }, ['answers.born_where', 'answers.father_local']],
  ] as const)('refuses %s with the answer paths', async (_label, answers, paths) => {
    const result = await backend.call(WANG, api.onething['guide.evaluate'], { themeId: 'newborn', answers: answers as never });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(fieldsOf(result)).toEqual(paths);
  });

  it('refuses malformed input with field paths', async () => {
    const malformed = await backend.call(WANG, api.onething['guide.evaluate'], { themeId: 'newborn', answers: { born_where: { x: 1 } } as never, regionCode: '44' });
    expect(malformed).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(fieldsOf(malformed)).toEqual(expect.arrayContaining(['answers.born_where', 'regionCode']));
    const badAudience = await backend.call(WANG, api.onething['themes.list'], { audience: 'alien' } as never);
    expect(fieldsOf(badAudience)).toEqual(['audience']);
  });

  it('answers NOT_FOUND for a theme that does not exist', async () => {
    for (const call of [
      backend.call(WANG, api.onething['themes.get'], { themeId: 'no_such_theme' }),
      backend.call(WANG, api.onething['guide.evaluate'], { themeId: 'no_such_theme', answers: {} }),
    ]) {
      expect(await call).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('needs a WeChat identity', async () => {
    expect(await backend.call(null, api.onething['themes.list'], {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
