/**
 * Four fully modelled 一件事 themes walked end to end through the guide, two contrasting answer paths each.
 * Every expected sub-item list and material source below was worked out by hand from the theme's rules
 * (shared/catalog/themes/*.ts), not copied from the output.
 */
import { NOTHING_TO_APPLY_FOR } from '@shared/catalog/engine';
import { api } from '@shared/contracts';
import { expectNothingUnmasked, startBackend, type Backend } from '../support/backend';
import { guideWalker, sources, subItemIds } from '../support/guide-walk';

// Seeded shared records (scripts/seed/demo-world.ts): 王 has id_card, hukou, marriage_cert; 赵 has id_card, business_license.
const WANG = 'demo-citizen-wang';
const ZHAO = 'demo-enterprise-zhao';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const fieldsOf = (result: unknown) => (result as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map((f) => f.path).sort();

const { guide, walk } = guideWalker(() => backend);
async function refuses(persona: string, themeId: string, answers: Record<string, unknown>, paths: string[]) {
  const result = await backend.call(persona, api.onething['guide.evaluate'], { themeId, answers: answers as never });
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  expect(fieldsOf(result)).toEqual(paths);
}

describe('退休 (retirement)', () => {
  it('illness retirement through an employer, insurance in another city, short medical years, housing fund and annuity: every sub-item', async () => {
    const result = await walk(WANG, 'retirement', [
      ['retire_type', 'illness'],
      ['employment', 'employer'],
      ['other_region', true],
      ['medical_years', 'short'],
      ['has_housing_fund', true],
      ['has_annuity', true],
    ]);
    expect(result.canSubmit).toBe(true);
    expect(subItemIds(result)).toEqual(
      [
        'annuity_claim',
        'housing_fund_withdrawal',
        'medical_retirement',
        'medical_topup',
        'pension_claim',
        'pension_transfer',
        'retirement_approval',
        'work_ability_appraisal',
      ].sort(),
    );
    expect(sources(result)).toEqual({
      id_card: 'shared:id_card',
      // The employer promises to send the personnel file.
      personnel_file: 'promise',
      insurance_record: 'upload<-shared:social_insurance_record',
      medical_records: 'upload',
      // The appraisal is in the bundle, so its conclusion passes between departments.
      appraisal_conclusion: 'internal:work_ability_appraisal',
      other_region_record: 'upload<-shared:social_insurance_record',
      housing_fund_record: 'upload<-shared:housing_fund_record',
      bank_card: 'upload',
    });
    expect(result.materials.find((m) => m.id === 'personnel_file')!.source).toMatchObject({ kind: 'promise', supplyWithinDays: 5 });
    expect(result.notices).toEqual([
      '因病提前退休要先做劳动能力鉴定，鉴定为完全丧失劳动能力的，才能办理退休。',
      '不够的年限可以一次性补缴，补多少钱由医保部门核定后告诉您。',
    ]);
  });

  it('plain normal retirement, paying insurance oneself, nothing elsewhere: three sub-items and no annuity question', async () => {
    const steps: [string, unknown][] = [
      ['retire_type', 'normal'],
      ['employment', 'individual'],
      ['other_region', false],
      ['medical_years', 'enough'],
      ['has_housing_fund', false],
    ];
    const result = await walk(WANG, 'retirement', steps);
    expect(subItemIds(result)).toEqual(['medical_retirement', 'pension_claim', 'retirement_approval']);
    expect(sources(result)).toEqual({
      id_card: 'shared:id_card',
      // No employer to promise it: the person uploads the archive's review opinion.
      personnel_file: 'upload',
      insurance_record: 'upload<-shared:social_insurance_record',
    });
    for (const absent of ['appraisal_conclusion', 'medical_records', 'other_region_record', 'housing_fund_record', 'bank_card', 'special_job_proof']) {
      expect(sources(result)).not.toHaveProperty(absent);
    }
    expect(result.notices).toEqual([]);
    // 年金 is only asked of people with an employer: an answer to it is dropped and adds nothing.
    const withAnnuity = await guide(WANG, 'retirement', { ...Object.fromEntries(steps), has_annuity: true });
    expect(withAnnuity.dropped).toEqual(['has_annuity']);
    expect(withAnnuity.status === 'result' && withAnnuity.subItems.map((s) => s.id)).not.toContain('annuity_claim');
  });

  it('refuses an answer that is not an option, naming the question', async () => {
    await refuses(WANG, 'retirement', { retire_type: 'early' }, ['answers.retire_type']);
    await refuses(WANG, 'retirement', { retire_type: 'normal', has_housing_fund: 'yes' }, ['answers.has_housing_fund']);
  });
});

describe('残疾人服务 (disability)', () => {
  it('a guardian applying for a minor for the first time, low-income, needs care and devices: every sub-item, hukou instead of id card', async () => {
    const result = await walk(WANG, 'disability', [
      ['applicant', 'guardian_minor'],
      ['has_cert', 'new'],
      ['disability_kind', 'intellectual'],
      ['needs_care', true],
      ['low_income', 'dibao'],
      ['needs_devices', true],
    ]);
    expect(subItemIds(result)).toEqual(['assistive_devices', 'disability_assessment', 'disability_cert_new', 'living_allowance', 'nursing_allowance']);
    expect(sources(result)).toEqual({
      disabled_person_id: 'shared:hukou',
      hukou_book: 'shared:hukou',
      // A child's photo is not in the id-card photo library: upload it.
      photo: 'upload',
      medical_records: 'upload',
      assessment_form: 'internal:disability_assessment',
      disability_cert: 'internal:disability_cert_new',
      low_income_proof: 'upload<-shared:low_income_record',
      agent_id_card: 'shared:id_card',
      guardianship_proof: 'shared:hukou',
      bank_card: 'upload',
    });
    expect(sources(result)).not.toHaveProperty('authorization');
    expect(result.notices).toEqual(['护理补贴以这次评定的残疾等级为准；评定结果不符合条件的，会告诉您原因，其他事项照常办理。']);
  });

  it('oneself with a 三级 intellectual disability certificate already: only the nursing allowance, no care question', async () => {
    const steps: [string, unknown][] = [
      ['applicant', 'self'],
      ['has_cert', 'has'],
      ['disability_kind', 'intellectual'],
      ['grade', 'g3'],
      ['low_income', 'none'],
      ['needs_devices', false],
    ];
    const result = await walk(WANG, 'disability', steps);
    expect(subItemIds(result)).toEqual(['nursing_allowance']);
    expect(sources(result)).toEqual({
      disabled_person_id: 'shared:id_card',
      // No 残疾人证新办 in the bundle: the existing certificate is read from the shared library (王 has none on record).
      disability_cert: 'upload<-shared:disability_cert',
      bank_card: 'upload',
    });
    for (const absent of ['assessment_form', 'medical_records', 'photo', 'hukou_book', 'agent_id_card', 'low_income_proof']) {
      expect(sources(result)).not.toHaveProperty(absent);
    }
    const withCare = await guide(WANG, 'disability', { ...Object.fromEntries(steps), needs_care: true });
    expect(withCare.dropped).toEqual(['needs_care']);
    // 三级 肢体 does not qualify for nursing: nothing left to apply for.
    const physical = await guide(WANG, 'disability', { ...Object.fromEntries(steps), disability_kind: 'physical' });
    expect(physical).toMatchObject({ status: 'result', canSubmit: false, subItems: [] });
    // …and the result says so in words rather than showing an empty list.
    expect(physical.status === 'result' && physical.notices).toEqual([NOTHING_TO_APPLY_FOR]);
  });

  it('refuses a grade that does not exist, naming the question', async () => {
    await refuses(WANG, 'disability', { applicant: 'self', has_cert: 'has', grade: 'g5' }, ['answers.grade']);
  });
});

describe('企业信息变更 (enterprise_change)', () => {
  it('new name and address, reduced capital, a company shareholder, both licences, a housing fund: every sub-item', async () => {
    const result = await walk(ZHAO, 'enterprise_change', [
      ['changes', ['name', 'address', 'capital', 'shareholders']],
      ['premises', 'owned'],
      ['capital_direction', 'decrease'],
      ['new_shareholder_kind', 'company'],
      ['licences', 'both'],
      ['has_housing_fund', true],
    ]);
    expect(subItemIds(result)).toEqual(
      [
        'capital_reduction_notice',
        'registration_change',
        'tax_info_change',
        'social_insurance_change',
        'medical_insurance_change',
        'housing_fund_change',
        'seal_reengraving',
        'food_license_change',
        'transport_license_change',
      ].sort(),
    );
    expect(sources(result)).toEqual({
      current_license: 'shared:business_license',
      legal_rep_id: 'shared:id_card',
      decision_document: 'upload',
      articles_amendment: 'upload',
      premises_proof: 'upload<-shared:real_estate_cert',
      equity_transfer_agreement: 'upload',
      new_shareholder_identity: 'shared:business_license',
      reduction_announcement: 'internal:capital_reduction_notice',
      debt_statement: 'upload',
      new_license: 'internal:registration_change',
      food_license_doc: 'upload<-shared:food_business_license',
      transport_license_doc: 'upload<-shared:road_transport_license',
    });
    expect(sources(result)).not.toHaveProperty('new_legal_rep_id');
    expect(result.notices).toEqual([
      '减资要先在国家企业信用信息公示系统公告，公告满 45 天后才能办理变更登记，这段时间不计入承诺时限。',
      '经营场所搬了的，食品经营许可证不能直接变更，要按新场所重新申请。',
    ]);
  });

  it('only a new legal representative, no licences or housing fund: licence, tax, social and medical insurance', async () => {
    const steps: [string, unknown][] = [
      ['changes', ['legal_rep']],
      ['licences', 'none'],
      ['has_housing_fund', false],
    ];
    const result = await walk(ZHAO, 'enterprise_change', steps);
    expect(subItemIds(result)).toEqual(['medical_insurance_change', 'registration_change', 'social_insurance_change', 'tax_info_change']);
    expect(sources(result)).toEqual({
      current_license: 'shared:business_license',
      legal_rep_id: 'shared:id_card',
      decision_document: 'upload',
      // Another person's card: uploaded, never taken from the applicant's own records.
      new_legal_rep_id: 'upload',
      new_license: 'internal:registration_change',
    });
    for (const absent of ['articles_amendment', 'premises_proof', 'reduction_announcement', 'debt_statement', 'food_license_doc']) {
      expect(sources(result)).not.toHaveProperty(absent);
    }
    expect(result.notices).toEqual([]);
    // Address, capital and shareholder questions are not asked: answers to them are dropped.
    const extra = await guide(ZHAO, 'enterprise_change', { ...Object.fromEntries(steps), premises: 'owned', capital_direction: 'decrease' });
    expect([...extra.dropped].sort()).toEqual(['capital_direction', 'premises']);
    expect(extra.status === 'result' && extra.subItems.map((s) => s.id)).not.toContain('capital_reduction_notice');
  });

  it('refuses no change at all and a change that is not offered, naming the question', async () => {
    await refuses(ZHAO, 'enterprise_change', { changes: [] }, ['answers.changes']);
    // The path points at the offending choice in the list.
    await refuses(ZHAO, 'enterprise_change', { changes: ['name', 'colour'] }, ['answers.changes.1']);
  });
});

describe('教育入学 (school_enrollment)', () => {
  it('a 随迁子女 starting primary school: rented without filing, short insurance, residence permit, paper vaccination card, special needs and aid', async () => {
    const result = await walk(WANG, 'school_enrollment', [
      ['stage', 'primary'],
      ['child_hukou', 'outside'],
      ['housing', 'rented'],
      ['lease_filed', false],
      ['insurance_months', 6],
      ['has_residence_permit', true],
      ['vaccination_card', 'paper'],
      ['special_needs', true],
      ['financial_aid', true],
    ]);
    expect(subItemIds(result)).toEqual(
      [
        'enrollment_application',
        'hukou_verification',
        'housing_verification',
        'residence_verification',
        'insurance_verification',
        'vaccination_check',
        'special_education_assessment',
        'student_aid',
      ].sort(),
    );
    expect(sources(result)).toEqual({
      guardian_id_card: 'shared:id_card',
      // A hukou outside the city is not in the local library: upload it.
      child_hukou_book: 'upload',
      birth_cert: 'upload<-shared:birth_medical_cert',
      lease_record: 'promise',
      residence_permit_doc: 'upload<-shared:residence_permit',
      insurance_record: 'upload<-shared:social_insurance_record',
      vaccination_cert: 'upload',
      disability_cert: 'upload<-shared:disability_cert',
      medical_assessment: 'upload',
      low_income_proof: 'upload<-shared:low_income_record',
    });
    expect(result.materials.find((m) => m.id === 'lease_record')!.source).toMatchObject({ kind: 'promise', supplyWithinDays: 10 });
    expect(result.notices).toEqual(['父母在本市连续交社保不满 12 个月的，公办学校学位可能无法保证，可以同时关注民办学校学位补贴。']);
  });

  it('a local child going to junior school from the family home: three sub-items, no vaccination check or birth certificate', async () => {
    const steps: [string, unknown][] = [
      ['stage', 'junior'],
      ['child_hukou', 'local_district'],
      ['housing', 'owned'],
      ['special_needs', false],
      ['financial_aid', false],
    ];
    const result = await walk(WANG, 'school_enrollment', steps);
    expect(subItemIds(result)).toEqual(['enrollment_application', 'housing_verification', 'hukou_verification']);
    expect(sources(result)).toEqual({
      guardian_id_card: 'shared:id_card',
      child_hukou_book: 'shared:hukou',
      property_cert: 'upload<-shared:real_estate_cert',
      student_status: 'upload<-shared:student_status',
    });
    for (const absent of ['birth_cert', 'vaccination_cert', 'lease_record', 'insurance_record', 'residence_permit_doc']) {
      expect(sources(result)).not.toHaveProperty(absent);
    }
    expect(result.notices).toEqual([]);
    // Vaccination card and 随迁 questions are not asked of a local junior-school child.
    const extra = await guide(WANG, 'school_enrollment', { ...Object.fromEntries(steps), vaccination_card: 'paper', insurance_months: 24 });
    expect([...extra.dropped].sort()).toEqual(['insurance_months', 'vaccination_card']);
  });

  it('refuses a number of months out of range or not a number, naming the question', async () => {
    await refuses(WANG, 'school_enrollment', { stage: 'primary', child_hukou: 'outside', insurance_months: 601 }, ['answers.insurance_months']);
    await refuses(WANG, 'school_enrollment', { insurance_months: 'twelve' }, ['answers.insurance_months']);
  });
});
