/**
 * The 8 items of the 2024 second national batch walked through the guide on the local CloudBase, two contrasting
 * answer paths each, and one of them carried to 办结 by the demo staff of the departments it routes to.
 * Every expected sub-item list, material source and notice below was worked out by hand from the theme's rules
 * (shared/catalog/themes/*.ts), not copied from the output.
 */
import { randomUUID } from 'node:crypto';
import { api } from '@shared/contracts';
import { idCheckCharacter } from '@shared/idcard';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { guideWalker, sources, subItemIds } from '../support/guide-walk';
import { grantCaseConsents, photo, states } from './onething-fixtures';

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

const { guide, walk } = guideWalker(() => backend);

describe('二手房转移登记及水电气网联动过户 (second_hand_housing)', () => {
  it('the seller, a repaid mortgage, a buyer with a bank loan, first home, gas and broadband: every sub-item, the seller’s own papers shared', async () => {
    const result = await walk(WANG, 'second_hand_housing', [
      ['applicant_role', 'seller'],
      ['seller_mortgage', 'repaid'],
      ['buyer_loan', 'commercial'],
      ['first_home', true],
      ['has_gas', true],
      ['has_network', true],
    ]);
    expect(subItemIds(result)).toEqual(
      ['contract_filing', 'tax_payment', 'mortgage_discharge', 'transfer_registration', 'mortgage_registration', 'water_transfer', 'power_transfer', 'gas_transfer', 'network_transfer'].sort(),
    );
    expect(sources(result)).toEqual({
      // The other party's card is uploaded; the applicant's own comes from the licence library.
      buyer_id: 'upload',
      seller_id: 'shared:id_card',
      property_cert: 'upload<-shared:real_estate_cert',
      sale_contract: 'internal:contract_filing',
      tax_receipt: 'internal:tax_payment',
      family_housing_promise: 'promise',
      loan_settlement_proof: 'upload',
      loan_contract: 'upload',
      new_property_cert: 'internal:transfer_registration',
    });
    // 串联: the discharge before the transfer, the utilities after it — 0 + 0 + 1 + 1 + 1 promised days.
    const afterOf = (id: string) => result.subItems.find((s) => s.id === id)!.after;
    expect(afterOf('transfer_registration')).toEqual(['tax_payment', 'mortgage_discharge']);
    expect(afterOf('gas_transfer')).toEqual(['transfer_registration']);
    expect(result.totalPromisedDays).toBe(3);
    expect(result.notices).toEqual([]);
  });

  it('the buyer, carrying the seller’s mortgage, a housing-fund loan, no gas or broadband: no discharge, two notices', async () => {
    const result = await walk(WANG, 'second_hand_housing', [
      ['applicant_role', 'buyer'],
      ['seller_mortgage', 'carry'],
      ['buyer_loan', 'fund'],
      ['first_home', false],
      ['has_gas', false],
      ['has_network', false],
    ]);
    expect(subItemIds(result)).toEqual(['contract_filing', 'mortgage_registration', 'power_transfer', 'tax_payment', 'transfer_registration', 'water_transfer']);
    expect(sources(result)).toEqual({
      buyer_id: 'shared:id_card',
      seller_id: 'upload',
      // Not the applicant's property: a plain upload, not a fallback.
      property_cert: 'upload',
      sale_contract: 'internal:contract_filing',
      tax_receipt: 'internal:tax_payment',
      carry_mortgage_agreement: 'upload',
      loan_contract: 'upload',
      new_property_cert: 'internal:transfer_registration',
    });
    expect(result.notices).toEqual([
      '带押过户要卖房人的贷款银行同意，并和买房人（及其贷款银行）签好带押过户协议；过户和新的抵押登记同时办理。',
      '公积金贷款要先办「住房公积金个人住房贷款购房」拿到贷款审批结果，再来办过户和抵押登记。',
    ]);
  });

  it('is carried to 办结 by 住建, 税务, 不动产登记 and the 综合窗口 demo staff, and issued at the window', async () => {
    await grantCaseConsents(backend, WANG);
    const answers = { applicant_role: 'seller', seller_mortgage: 'none', buyer_loan: 'none', first_home: false, has_gas: false, has_network: false };
    const first17 = '44030519900101123';
    const submitted = expectOk(
      await backend.call(WANG, api.onething['applications.submit'], {
        requestId: randomUUID(),
        themeId: 'second_hand_housing',
        answers,
        form: {
          applicant_name: '王小明',
          applicant_id_number: `44030419920315101${idCheckCharacter('44030419920315101')}`,
          applicant_phone: '13800138000',
          other_party_name: '陈买房',
          other_party_id_number: `${first17}${idCheckCharacter(first17)}`,
          other_party_phone: '13900139000',
          property_address: '广东省深圳市福田区福华三路 100 号 2 栋 301',
          property_cert_number: '粤（2019）深圳市不动产权第0012345号',
          price: 320,
        },
        materials: {
          buyer_id: { kind: 'upload', files: [photo('买房人身份证.jpg')] },
          seller_id: { kind: 'shared', recordId: 'sr-wang-id-card' },
          property_cert: { kind: 'upload', files: [photo('不动产权证书.jpg')] },
        },
        delivery: { method: 'window' },
      } as never),
    );
    expect(states(submitted)).toEqual({
      contract_filing: 'pending',
      tax_payment: 'waiting',
      transfer_registration: 'waiting',
      water_transfer: 'waiting',
      power_transfer: 'waiting',
    });
    const staffOf: Record<string, string> = {
      housing: 'demo-staff-housing-1',
      tax: 'demo-staff-tax-1',
      natres: 'demo-staff-natres-1',
      govservice: 'demo-staff-gov-1',
    };
    for (let round = 0; round < 5; round += 1) {
      const view = expectOk(await backend.call(WANG, api.onething['applications.get'], { caseId: submitted.id }));
      for (const task of view.tasks.filter((t) => t.state === 'pending')) {
        const staff = staffOf[task.department.id]!;
        expectOk(await backend.call(staff, api.onething['tasks.decide'], { caseId: submitted.id, taskId: task.id, decision: 'accept' }));
        expectOk(await backend.call(staff, api.onething['tasks.decide'], { caseId: submitted.id, taskId: task.id, decision: 'approve', result: { documentNo: `DOC-${task.id}` } }));
      }
    }
    const done = expectOk(await backend.call(WANG, api.onething['applications.get'], { caseId: submitted.id }));
    expect(done.status).toBe('completed');
    expect(new Set(done.tasks.map((t) => t.state))).toEqual(new Set(['approved']));
    const issued = expectOk(await backend.call('demo-staff-gov-1', api.onething['results.issue'], { caseId: submitted.id }));
    expect(issued.handover).toMatchObject({ state: 'issued' });
  });
});

describe('住房公积金个人住房贷款购房 (housing_fund_loan)', () => {
  it('an off-plan new home, fund paid in another city, married, withdrawal for the down payment, a combination loan', async () => {
    const result = await walk(WANG, 'housing_fund_loan', [
      ['house_type', 'new_built'],
      ['completed', false],
      ['deposit_place', 'other_city'],
      ['married', true],
      ['withdraw_downpayment', true],
      ['combo', true],
    ]);
    // 期房: the 抵押预告登记 replaces the mortgage registration.
    expect(subItemIds(result)).toEqual(['advance_mortgage', 'contract_filing', 'downpayment_withdrawal', 'loan_approval', 'loan_disbursement']);
    expect(sources(result)).toEqual({
      id_card: 'shared:id_card',
      marriage_cert: 'shared:marriage_cert',
      spouse_id: 'upload',
      purchase_contract: 'internal:contract_filing',
      // Paid with the withdrawn fund: the receipt may follow.
      downpayment_receipt: 'promise',
      deposit_record: 'upload<-shared:housing_fund_record',
      remote_deposit_proof: 'upload',
      credit_authorization: 'promise',
      bank_approval: 'promise',
      loan_contract: 'internal:loan_approval',
      bank_card: 'upload',
    });
    expect(result.materials.find((m) => m.id === 'downpayment_receipt')!.source).toMatchObject({ kind: 'promise', supplyWithinDays: 10 });
    expect(result.notices).toEqual(['组合贷的商业贷款部分由合作银行审批，银行同意贷款后公积金中心再一起放款。']);
  });

  it('a second-hand home, fund paid here, single, no withdrawal or bank loan: four sub-items and no completion question', async () => {
    const steps: [string, unknown][] = [
      ['house_type', 'second_hand'],
      ['deposit_place', 'local'],
      ['married', false],
      ['withdraw_downpayment', false],
      ['combo', false],
    ];
    const result = await walk(WANG, 'housing_fund_loan', steps);
    expect(subItemIds(result)).toEqual(['contract_filing', 'loan_approval', 'loan_disbursement', 'mortgage_registration']);
    expect(sources(result)).toEqual({
      id_card: 'shared:id_card',
      purchase_contract: 'internal:contract_filing',
      downpayment_receipt: 'upload',
      deposit_record: 'upload<-shared:housing_fund_record',
      credit_authorization: 'promise',
      seller_property_cert: 'upload',
      loan_contract: 'internal:loan_approval',
    });
    expect(result.notices).toEqual(['二手房的过户、交税和水电气网过户，可以同时申请「二手房转移登记及水电气网联动过户」一起办。']);
    const extra = await guide(WANG, 'housing_fund_loan', { ...Object.fromEntries(steps), completed: false });
    expect(extra.dropped).toEqual(['completed']);
    expect(extra.status === 'result' && extra.subItems.map((s) => s.id)).not.toContain('advance_mortgage');
  });
});

describe('公民婚育 (marriage_childbirth)', () => {
  it('one local partner whose spouse moves in, a remarriage, a check-up and a pregnancy: every sub-item but the pre-pregnancy check', async () => {
    const result = await walk(WANG, 'marriage_childbirth', [
      ['local_hukou', 'one'],
      ['spouse_moves_hukou', true],
      ['married_before', true],
      ['want_checkup', true],
      ['childbearing', 'pregnant'],
    ]);
    expect(subItemIds(result)).toEqual(['birth_registration', 'hukou_marital_status', 'marriage_registration', 'premarital_checkup', 'spouse_hukou_move']);
    expect(sources(result)).toEqual({
      id_card: 'shared:id_card',
      partner_id: 'upload',
      hukou_book: 'shared:hukou',
      couple_photo: 'upload',
      marriage_declaration: 'promise',
      previous_marriage_end: 'upload',
      // Issued in this bundle, passed on to the police and the health commission.
      marriage_cert: 'internal:marriage_registration',
      spouse_hukou_book: 'upload',
      host_housing_proof: 'upload<-shared:real_estate_cert',
    });
    expect(result.notices).toEqual(['生育登记后，请到社区卫生服务中心建立孕产妇保健手册，定期产检。']);
  });

  it('neither partner local, first marriage, no check-up, planning a child: registration and the pre-pregnancy check only', async () => {
    const steps: [string, unknown][] = [
      ['local_hukou', 'none'],
      ['married_before', false],
      ['want_checkup', false],
      ['childbearing', 'planning'],
    ];
    const result = await walk(WANG, 'marriage_childbirth', steps);
    expect(subItemIds(result)).toEqual(['marriage_registration', 'pregnancy_checkup']);
    expect(sources(result)).toEqual({ id_card: 'shared:id_card', partner_id: 'upload', couple_photo: 'upload', marriage_declaration: 'promise' });
    for (const absent of ['hukou_book', 'marriage_cert', 'previous_marriage_end', 'spouse_hukou_book']) expect(sources(result)).not.toHaveProperty(absent);
    expect(result.notices).toEqual(['户口簿上的婚姻状况要到户籍地派出所变更，带上结婚证即可。']);
    const extra = await guide(WANG, 'marriage_childbirth', { ...Object.fromEntries(steps), spouse_moves_hukou: true });
    expect(extra.dropped).toEqual(['spouse_moves_hukou']);
  });
});

describe('户口迁移 (hukou_move)', () => {
  it('joining family from another province with them, resident insurance and a driving licence: every sub-item', async () => {
    const result = await walk(WANG, 'hukou_move', [
      ['reason', 'family'],
      ['from_where', 'other_province'],
      ['with_family', true],
      ['insurance', 'resident'],
      ['has_driving_licence', true],
    ]);
    expect(subItemIds(result)).toEqual(['id_card_renewal', 'licence_address_change', 'move_in_registration', 'resident_medical_enrollment', 'resident_pension_transfer']);
    expect(sources(result)).toEqual({
      id_card: 'shared:id_card',
      // A 户口 in another province is not in the local library.
      current_hukou_book: 'upload',
      relation_proof: 'shared:marriage_cert',
      host_consent: 'upload',
      family_documents: 'upload',
      id_photo: 'upload<-shared:id_card_photo',
      new_hukou_book: 'internal:move_in_registration',
      driving_licence: 'upload<-shared:driver_license',
    });
    expect(result.notices).toEqual(['迁入地派出所在网上向迁出地调取户口信息，您不用回老家开迁移证；如果迁出地需要核实，派出所会联系您。']);
    // Move-in 5 → pension transfer 5; the new ID card (15 days of card making) is outside the promise.
    expect(result.totalPromisedDays).toBe(10);
  });

  it('a move within the city after buying a home, alone, no licence: the move and the new ID card, no insurance question', async () => {
    const steps: [string, unknown][] = [
      ['reason', 'housing'],
      ['from_where', 'same_city'],
      ['with_family', false],
      ['has_driving_licence', false],
    ];
    const result = await walk(WANG, 'hukou_move', steps);
    expect(subItemIds(result)).toEqual(['id_card_renewal', 'move_in_registration']);
    expect(sources(result)).toEqual({
      id_card: 'shared:id_card',
      current_hukou_book: 'shared:hukou',
      property_cert: 'upload<-shared:real_estate_cert',
      id_photo: 'upload<-shared:id_card_photo',
      new_hukou_book: 'internal:move_in_registration',
    });
    expect(result.notices).toEqual(['市内迁移的，户口簿由迁入地派出所直接换发，原户口簿交回。']);
    const extra = await guide(WANG, 'hukou_move', { ...Object.fromEntries(steps), insurance: 'resident' });
    expect(extra.dropped).toEqual(['insurance']);
    expect(extra.status === 'result' && extra.subItems.map((s) => s.id)).not.toContain('resident_pension_transfer');
  });
});

describe('军人退役 (veteran_discharge)', () => {
  it('自主就业 with the 户口 cancelled, no social security card, training wanted, a former student: every sub-item', async () => {
    const result = await walk(WANG, 'veteran_discharge', [
      ['placement', 'self_employed'],
      ['hukou_cancelled', true],
      ['has_ss_card', false],
      ['wants_training', true],
      ['was_student', true],
    ]);
    expect(subItemIds(result)).toEqual(
      ['veteran_report', 'preferential_card', 'hukou_restore', 'pension_transfer', 'medical_transfer', 'ss_card', 'lump_sum_subsidy', 'job_training'].sort(),
    );
    expect(sources(result)).toEqual({
      id_card: 'shared:id_card',
      discharge_cert: 'upload',
      placement_notice: 'upload',
      personnel_file: 'promise',
      insurance_transfer_proof: 'upload',
      family_hukou_book: 'shared:hukou',
      photo: 'upload',
      bank_card: 'upload',
    });
    // Report 0 → 优待证 (card making, outside the promise) · 补助 10.
    expect(result.totalPromisedDays).toBe(10);
    expect(result.notices).toEqual(['退役大学生士兵可以申请复学，学费按规定资助；请在退役后 2 年内向原学校提出复学申请。']);
  });

  it('安排工作, 户口 kept, a card already: report, 优待证 and the two insurance transfers; no training question', async () => {
    const steps: [string, unknown][] = [
      ['placement', 'arranged'],
      ['hukou_cancelled', false],
      ['has_ss_card', true],
      ['was_student', false],
    ];
    const result = await walk(WANG, 'veteran_discharge', steps);
    expect(subItemIds(result)).toEqual(['medical_transfer', 'pension_transfer', 'preferential_card', 'veteran_report']);
    expect(sources(result)).toEqual({
      id_card: 'shared:id_card',
      discharge_cert: 'upload',
      placement_notice: 'upload',
      personnel_file: 'promise',
      insurance_transfer_proof: 'upload',
      photo: 'upload',
    });
    expect(result.notices).toEqual(['安排工作的岗位按当年安置计划分配，由退役军人事务局另行通知，不在这次办理范围内。']);
    const extra = await guide(WANG, 'veteran_discharge', { ...Object.fromEntries(steps), wants_training: true });
    expect(extra.dropped).toEqual(['wants_training']);
  });
});

describe('企业迁移 (enterprise_relocation)', () => {
  it('from another city into owned premises, renamed, with employees and a housing fund, a licensed business: every sub-item', async () => {
    const result = await walk(ZHAO, 'enterprise_relocation', [
      ['move_from', 'other_city'],
      ['premises', 'owned'],
      ['name_changes', true],
      ['has_employees', true],
      ['has_housing_fund', true],
      ['licences', 'some'],
    ]);
    expect(subItemIds(result)).toEqual(
      ['tax_clearance_check', 'relocation_registration', 'tax_relocation', 'social_insurance_change', 'medical_insurance_change', 'housing_fund_change', 'seal_reengraving'].sort(),
    );
    expect(sources(result)).toEqual({
      current_license: 'shared:business_license',
      legal_rep_id: 'shared:id_card',
      decision_document: 'upload',
      articles_amendment: 'upload',
      premises_proof: 'upload<-shared:real_estate_cert',
      name_declaration: 'upload',
      tax_opinion: 'internal:tax_clearance_check',
      new_license: 'internal:relocation_registration',
    });
    expect(result.notices).toEqual([
      '登记档案由迁出地登记机关在线传给本市，您不用回迁出地办理迁出手续。',
      '员工的社保关系要在迁出地办理减员、在本市办理增员，个人账户跟着转移，缴费年限连续计算。',
      '许可证和经营场所绑定，搬到新地方后要按新场所重新申请，可以办完迁移后再申请。',
    ]);
  });

  it('within the city into rented premises, same name, no employees, no licences: registration and tax only, the address on a promise', async () => {
    const steps: [string, unknown][] = [
      ['move_from', 'same_city'],
      ['premises', 'rented'],
      ['name_changes', false],
      ['has_employees', false],
      ['licences', 'none'],
    ];
    const result = await walk(ZHAO, 'enterprise_relocation', steps);
    expect(subItemIds(result)).toEqual(['relocation_registration', 'tax_relocation']);
    expect(sources(result)).toEqual({
      current_license: 'shared:business_license',
      legal_rep_id: 'shared:id_card',
      decision_document: 'upload',
      articles_amendment: 'upload',
      premises_proof: 'promise',
      // No check by the other city's tax office in the bundle: the tax record is read (赵 has none on record).
      tax_opinion: 'upload<-shared:tax_record',
      new_license: 'internal:relocation_registration',
    });
    expect(result.notices).toEqual([]);
    const extra = await guide(ZHAO, 'enterprise_relocation', { ...Object.fromEntries(steps), has_housing_fund: true });
    expect(extra.dropped).toEqual(['has_housing_fund']);
  });
});

describe('举办体育赛事活动 (sports_event)', () => {
  it('a road race of 20,000 with a high-risk item, a stage and banners: every sub-item', async () => {
    const result = await walk(ZHAO, 'sports_event', [
      ['venue', 'road'],
      ['participants', 20000],
      ['high_risk', true],
      ['temporary_structures', true],
      ['outdoor_ads', true],
    ]);
    expect(subItemIds(result)).toEqual(
      ['event_notification', 'high_risk_licence', 'safety_permit', 'road_traffic_consent', 'road_occupation', 'structure_fire_check', 'outdoor_ads'].sort(),
    );
    expect(sources(result)).toEqual({
      business_license: 'shared:business_license',
      legal_rep_id: 'shared:id_card',
      event_plan: 'upload',
      // On public roads there is no venue owner to sign: the organiser promises.
      venue_agreement: 'promise',
      safety_plan: 'upload',
      security_contract: 'promise',
      route_map: 'upload',
      medical_plan: 'upload',
      instructor_certificates: 'upload',
      structure_safety_cert: 'upload',
      ads_design: 'upload',
    });
    expect(result.notices).toEqual(['道路上的赛事要提前向社会公告交通管制路段和时间，公告由交警部门发布。']);
  });

  it('999 people in a stadium: only the notification; at 1,000 the safety permit joins', async () => {
    const steps: [string, unknown][] = [
      ['venue', 'stadium'],
      ['participants', 999],
      ['high_risk', false],
      ['temporary_structures', false],
      ['outdoor_ads', false],
    ];
    const result = await walk(ZHAO, 'sports_event', steps);
    expect(subItemIds(result)).toEqual(['event_notification']);
    expect(sources(result)).toEqual({ business_license: 'shared:business_license', legal_rep_id: 'shared:id_card', event_plan: 'upload', venue_agreement: 'upload' });
    const large = await guide(ZHAO, 'sports_event', { ...Object.fromEntries(steps), participants: 1000 });
    expect(large.status === 'result' && large.subItems.map((s) => s.id).sort()).toEqual(['event_notification', 'safety_permit']);
  });
});

describe('企业上市合法合规信息核查 (listing_compliance)', () => {
  it('employees, housing fund, pollutants, land, construction, a public venue and subsidiaries: every department checks, then one report', async () => {
    const result = await walk(ZHAO, 'listing_compliance', [
      ['has_employees', true],
      ['has_housing_fund', true],
      ['pollutants', true],
      ['land_or_buildings', true],
      ['construction', true],
      ['premises_kind', 'public'],
      ['subsidiaries', true],
    ]);
    expect(subItemIds(result)).toEqual(
      ['samr_check', 'tax_check', 'hrss_check', 'nhsa_check', 'fund_check', 'ecology_check', 'natres_check', 'housing_check', 'fire_check', 'credit_report'].sort(),
    );
    expect(sources(result)).toEqual({
      business_license: 'shared:business_license',
      legal_rep_id: 'shared:id_card',
      authorization: 'upload',
      credit_commitment: 'promise',
      tax_record: 'upload<-shared:tax_record',
      subsidiary_list: 'upload',
    });
    // The nine checks run in parallel (5 days), then the report (2 days).
    expect(result.subItems.filter((s) => s.id !== 'credit_report').every((s) => s.after.length === 0)).toBe(true);
    expect([...result.subItems.find((s) => s.id === 'credit_report')!.after].sort()).toEqual(
      ['samr_check', 'tax_check', 'hrss_check', 'nhsa_check', 'fund_check', 'ecology_check', 'natres_check', 'housing_check', 'fire_check'].sort(),
    );
    expect(result.totalPromisedDays).toBe(7);
    expect(result.notices).toEqual(['注册地不在本市的子公司，由其所在地的信用部门核查，本市汇总时一并写入报告。']);
  });

  it('an office-only firm with no employees, land, works or subsidiaries: 市场监管 and 税务 check, then the report', async () => {
    const steps: [string, unknown][] = [
      ['has_employees', false],
      ['pollutants', false],
      ['land_or_buildings', false],
      ['construction', false],
      ['premises_kind', 'office'],
      ['subsidiaries', false],
    ];
    const result = await walk(ZHAO, 'listing_compliance', steps);
    expect(subItemIds(result)).toEqual(['credit_report', 'samr_check', 'tax_check']);
    expect(sources(result)).toEqual({
      business_license: 'shared:business_license',
      legal_rep_id: 'shared:id_card',
      authorization: 'upload',
      credit_commitment: 'promise',
      tax_record: 'upload<-shared:tax_record',
    });
    expect(result.notices).toEqual([]);
  });
});
