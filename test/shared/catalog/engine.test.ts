import { catalog } from '@shared/catalog';
import { validateAnswers } from '@shared/catalog/answers';
import type { Answers } from '@shared/catalog/conditions';
import { answerQuestion, evaluate, nextQuestion, NOTHING_TO_APPLY_FOR, previousQuestion, pruneAnswers, visibleQuestions } from '@shared/catalog/engine';

const newborn = catalog.get('newborn')!;
const restaurant = catalog.get('restaurant')!;

/** A married local couple, baby born in a local hospital, mother on employee insurance, wants the allowance. */
const typical: Answers = {
  born_where: 'local_hospital',
  father_local: true,
  mother_local: true,
  hukou_follows: 'father',
  married: true,
  want_ss_card: true,
  mother_insurance: 'employee',
  hospital_settled: true,
  claim_allowance: true,
  want_mail: true,
};

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const material = (answers: Answers, id: string, theme = newborn) => evaluate(theme, answers).materials.find((m) => m.id === id);

describe('the guide, one question per page', () => {
  it('asks the first unanswered question that applies, and ends with null', () => {
    expect(nextQuestion(newborn, {})!.id).toBe('born_where');
    expect(nextQuestion(newborn, { born_where: 'local_hospital' })!.id).toBe('father_local');
    // Only one parent is local: the "whose household" question is skipped.
    expect(nextQuestion(newborn, { born_where: 'local_hospital', father_local: true, mother_local: false })!.id).toBe('married');
    expect(nextQuestion(newborn, typical)).toBeNull();
  });

  it('goes back and forward without losing answers', () => {
    const back = previousQuestion(newborn, typical, 'married')!;
    expect(back.id).toBe('hukou_follows');
    expect(previousQuestion(newborn, typical, 'born_where')).toBeNull();
    expect(previousQuestion(newborn, typical, null)!.id).toBe('want_mail');
    // Re-confirming an answer on the way forward keeps everything after it.
    const again = answerQuestion(newborn, typical, back.id, 'father');
    expect(again).toEqual({ ok: true, answers: typical, dropped: [] });
  });

  it('forgets answers to questions that a changed answer no longer asks', () => {
    const changed = answerQuestion(newborn, typical, 'mother_local', false);
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(changed.dropped).toEqual(['hukou_follows']);
    expect(changed.answers).not.toHaveProperty('hukou_follows');
    expect(changed.answers.want_ss_card).toBe(true);

    const uninsured = answerQuestion(newborn, typical, 'mother_insurance', 'none');
    expect(uninsured.ok && uninsured.dropped).toEqual(['hospital_settled', 'claim_allowance']);
    expect(visibleQuestions(newborn, uninsured.ok ? uninsured.answers : {}).map((q) => q.id)).not.toContain('claim_allowance');
  });

  it('rejects answers that do not fit the question, in Chinese, under the question id', () => {
    expect(answerQuestion(newborn, {}, 'born_where', 'on_the_moon')).toEqual({
      ok: false,
      issues: [{ path: 'born_where', message: '请从给出的选项中选择一项' }],
    });
    expect(answerQuestion(restaurant, {}, 'floor_area', 12.5)).toMatchObject({ ok: false, issues: [{ path: 'floor_area', message: '请填写整数' }] });
    expect(answerQuestion(restaurant, {}, 'food_kinds', ['cold', 'cold'])).toMatchObject({ ok: false });
    expect(answerQuestion(newborn, {}, 'no_such_question', true)).toMatchObject({ ok: false, issues: [{ path: 'no_such_question' }] });
    // A question that the earlier answers do not ask cannot be answered either.
    expect(answerQuestion(newborn, { born_where: 'local_hospital', father_local: false }, 'hukou_follows', 'father')).toMatchObject({ ok: false });
    expect(validateAnswers(newborn, { married: 'yes', want_mail: true })).toEqual([{ path: 'married', message: '请选择“是”或“否”' }]);
  });

  it('drops invalid and unknown answers when pruning', () => {
    expect(pruneAnswers(newborn, { born_where: 'local_hospital', married: 'maybe', shoe_size: 42 })).toEqual({
      answers: { born_where: 'local_hospital' },
      dropped: ['married', 'shoe_size'],
    });
  });
});

describe('the tailored checklist (一次性告知)', () => {
  it('before any answer, says what the person will probably need', () => {
    const result = evaluate(newborn, {});
    expect(result.complete).toBe(false);
    expect(result.canSubmit).toBe(false);
    expect(result.nextQuestion!.id).toBe('born_where');
    expect(ids(result.subItems)).toContain('hukou_registration');
  });

  it('bundles the typical case and lays out 并+串 with the promised total', () => {
    const result = evaluate(newborn, typical);
    expect(result.complete && result.canSubmit).toBe(true);
    expect(ids(result.subItems)).toEqual([
      'birth_registration',
      'birth_medical_cert',
      'vaccination_record',
      'hukou_registration',
      'medical_insurance_enrollment',
      'medical_insurance_payment',
      'social_security_card',
      'maternity_allowance',
    ]);
    const hukou = result.subItems.find((s) => s.id === 'hukou_registration')!;
    expect(hukou).toMatchObject({ department: 'police', departmentName: '公安局', after: ['birth_medical_cert'], startDay: 1, finishDay: 3 });
    expect(result.totalPromisedDays).toBe(5);
    expect(result.subItems.find((s) => s.id === 'maternity_allowance')!.why).toEqual(['您选择申领生育津贴']);
  });

  it('resolves each material source from the situation', () => {
    // Born here: the birth certificate is passed on inside government; born elsewhere: fetched from the licence library.
    expect(material(typical, 'birth_medical_cert_doc')).toMatchObject({ source: { kind: 'internal', fromSubItem: 'birth_medical_cert' } });
    expect(material({ ...typical, born_where: 'outside_city' }, 'birth_medical_cert_doc')).toMatchObject({
      source: { kind: 'shared', record: 'birth_medical_cert', fallback: { tip: '外地医院签发的出生医学证明正页。' } },
      sourceSummary: '无需提交：从电子证照库自动获取出生医学证明',
    });
    // Reimbursement: discharge summary may be promised for a local hospital, must be uploaded otherwise.
    const unsettled = { ...typical, hospital_settled: false };
    expect(material(unsettled, 'discharge_summary')).toMatchObject({ source: { kind: 'promise', supplyWithinDays: 10 } });
    expect(material({ ...unsettled, born_where: 'outside_city' }, 'discharge_summary')!.source.kind).toBe('upload');
    // Restaurant fire check: promise or upload, as the owner chooses.
    const shop: Answers = { entity_type: 'company', premises: 'rented', hot_food: true, food_kinds: [], floor_area: 300, fire_promise: true, signboard: false, tobacco: false };
    expect(material(shop, 'fire_safety_materials', restaurant)!.sourceSummary).toBe('签署告知承诺即可，无需提交');
    expect(material({ ...shop, fire_promise: false }, 'fire_safety_materials', restaurant)!.source.kind).toBe('upload');
    expect(material(shop, 'premises_proof', restaurant)!.source.kind).toBe('upload');
    expect(material({ ...shop, premises: 'owned' }, 'premises_proof', restaurant)!.source).toMatchObject({ kind: 'shared', record: 'real_estate_cert' });
  });

  it('needs separate bank-card consent on the newborn path with the maternity allowance, and not without it', () => {
    const withAllowance = evaluate(newborn, typical);
    const bank = withAllowance.sensitiveConsentsNeeded.find((c) => c.kind === 'bank_card');
    expect(bank).toMatchObject({ label: '银行账户信息', because: ['妈妈本人的银行卡', '妈妈本人的银行卡号'] });
    expect(ids(withAllowance.formFields)).toContain('mother_bank_account');

    const without = evaluate(newborn, { ...typical, claim_allowance: false });
    expect(without.sensitiveConsentsNeeded.map((c) => c.kind)).toEqual(['minor', 'id_photo']);
    expect(ids(without.materials)).not.toContain('mother_bank_card');
    expect(ids(without.formFields)).not.toContain('mother_bank_account');
  });

  it('adds and removes what the rules say, with reasons and notices', () => {
    const neitherLocal = evaluate(newborn, { ...typical, father_local: false, mother_local: false, residence_permit: false });
    expect(ids(neitherLocal.subItems)).toEqual(['birth_registration', 'birth_medical_cert', 'vaccination_record', 'maternity_allowance']);
    expect(neitherLocal.notices).toHaveLength(2);
    expect(neitherLocal.dropped).toEqual(['hukou_follows', 'want_ss_card']);

    const unmarriedFather = evaluate(newborn, { ...typical, married: false });
    expect(material({ ...typical, married: false }, 'paternity_test')!.why).toEqual(['办理「出生登记（上户口）」需要', '没有领结婚证、孩子跟爸爸落户']);
    expect(ids(unmarriedFather.materials)).not.toContain('marriage_cert');
    expect(ids(evaluate(newborn, { ...typical, married: false, hukou_follows: 'mother' }).materials)).not.toContain('paternity_test');
  });

  it('shows only the form fields the answers and sub-items need', () => {
    const mail = evaluate(newborn, typical);
    expect(mail.formSections.map((s) => s.id)).toEqual(['applicant', 'child', 'parents', 'allowance', 'delivery']);
    expect(mail.formFields.find((f) => f.id === 'delivery_address')).toMatchObject({ section: 'delivery', prefillFrom: 'delivery.address' });
    const pickup = evaluate(newborn, { ...typical, want_mail: false, claim_allowance: false });
    expect(pickup.formSections.map((s) => s.id)).toEqual(['applicant', 'child', 'parents']);
  });

  it('samples a number at its boundary: 299 m² has no fire check, 300 m² does and asks how', () => {
    const base: Answers = { entity_type: 'individual', premises: 'owned', hot_food: false, food_kinds: ['drinks'] };
    expect(nextQuestion(restaurant, { ...base, floor_area: 299 })!.id).toBe('signboard');
    expect(nextQuestion(restaurant, { ...base, floor_area: 300 })!.id).toBe('fire_promise');
    const small = evaluate(restaurant, { ...base, floor_area: 299, signboard: false, tobacco: false });
    expect(ids(small.subItems)).toEqual(['business_license', 'tax_registration', 'food_business_license']);
    expect(ids(small.materials)).toContain('dedicated_room_layout');
  });

  it('can leave nothing to apply for, and says why', () => {
    const credit = catalog.get('credit_repair')!;
    const result = evaluate(credit, { record_types: ['penalty'], penalty_by: 'samr', fines_paid: false });
    expect(result.complete).toBe(true);
    expect(result.canSubmit).toBe(false);
    expect(result.notices).toEqual(['要先交清罚款、履行完处罚决定，才能申请修复行政处罚信息。']);
  });

  it('says so in words when nothing is left and no rule explains why', () => {
    // Already certified, 三级 physical, not low-income, no devices: no benefit of 残疾人服务 applies.
    const disability = catalog.get('disability')!;
    const answers: Answers = { applicant: 'self', has_cert: 'has', disability_kind: 'physical', grade: 'g3', low_income: 'none', needs_devices: false };
    const result = evaluate(disability, answers);
    expect(result).toMatchObject({ complete: true, canSubmit: false, subItems: [] });
    expect(result.notices).toEqual([NOTHING_TO_APPLY_FOR]);
  });
});

describe('a city overlay in the engine', () => {
  const shenzhen = catalog.get('newborn', { city: '440300' })!;

  it('adds the city’s question, sub-items and shorter limits', () => {
    expect(shenzhen.version).toBe('1.0.0+440300.1');
    expect(nextQuestion(shenzhen, typical)!.id).toBe('want_home_visit');
    const result = evaluate(shenzhen, { ...typical, want_home_visit: true });
    expect(ids(result.subItems)).toEqual(expect.arrayContaining(['parenting_guidance', 'home_visit']));
    expect(result.subItems.find((s) => s.id === 'hukou_registration')!.promisedDays).toBe(1);
    expect(result.totalPromisedDays).toBe(4);
    expect(result.materials.find((m) => m.id === 'mother_id_card')!.neededBy.map((n) => n.id)).toContain('parenting_guidance');
    expect(ids(result.formFields)).toContain('visit_address');
  });

  it('leaves the national definition untouched', () => {
    expect(ids(newborn.subItems)).not.toContain('parenting_guidance');
    expect(evaluate(newborn, typical).totalPromisedDays).toBe(5);
  });
});
