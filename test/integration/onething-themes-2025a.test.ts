/**
 * The 2025 first-batch 一件事 items walked through the guide on the local CloudBase, two contrasting answer paths
 * each. Every expected sub-item list, material source and notice below was worked out by hand from the theme's
 * rules (shared/catalog/themes/*.ts), not copied from the output.
 */
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

const { guide, walk } = guideWalker(() => backend);

describe('个体工商户转型为企业 (individual_to_enterprise)', () => {
  it('direct change into a company with partners, a new place, employees and a housing fund: the licence follows to every department', async () => {
    const result = await walk(ZHAO, 'individual_to_enterprise', [
      ['route', 'direct'],
      ['enterprise_form', 'llc'],
      ['premises_same', false],
      ['has_employees', true],
      ['open_housing_fund', true],
      ['has_food_licence', true],
    ]);
    expect(subItemIds(result)).toEqual(
      ['conversion_registration', 'seal_engraving', 'tax_info_change', 'social_insurance_registration', 'medical_insurance_registration', 'housing_fund_registration'].sort(),
    );
    expect(sources(result)).toEqual({
      operator_id: 'shared:id_card',
      individual_licence: 'shared:business_license',
      investor_decision: 'upload',
      articles_of_association: 'upload',
      co_investor_ids: 'upload',
      premises_proof: 'upload',
      // The new licence passes from 市场监管 to police, tax, social and medical insurance and the fund inside government.
      new_licence: 'internal:conversion_registration',
    });
    // A moved shop cannot carry its food licence over: told, not bundled.
    expect(subItemIds(result)).not.toContain('food_licence_change');
    expect(result.notices).toEqual([
      '直接变更后，企业的成立日期和统一社会信用代码不变，原个体户的登记档案、年度报告并入新企业。',
      '经营场所换了的，食品经营许可证不能直接变更，要按新场所重新申请（可以在"开办餐饮店"里办）。',
    ]);
  });

  it('deregister and set up a sole proprietorship in the same place, no employees: the food licence follows the new enterprise', async () => {
    const steps: [string, unknown][] = [
      ['route', 'cancel_and_new'],
      ['enterprise_form', 'sole'],
      ['premises_same', true],
      ['has_employees', false],
      ['has_food_licence', true],
    ];
    const result = await walk(ZHAO, 'individual_to_enterprise', steps);
    expect(subItemIds(result)).toEqual(['enterprise_establishment', 'food_licence_change', 'individual_deregistration', 'seal_engraving', 'tax_info_change']);
    expect(sources(result)).toEqual({
      operator_id: 'shared:id_card',
      individual_licence: 'shared:business_license',
      investor_decision: 'upload',
      debt_settlement_promise: 'promise',
      // No direct change in the bundle: the licence comes from the new establishment.
      new_licence: 'internal:enterprise_establishment',
      food_licence_doc: 'upload<-shared:food_business_license',
    });
    for (const absent of ['articles_of_association', 'co_investor_ids', 'partnership_agreement', 'premises_proof']) {
      expect(sources(result)).not.toHaveProperty(absent);
    }
    expect(result.notices).toEqual(['先注销再新设的，原个体户的统一社会信用代码不再使用，新企业会拿到一个新代码；注销和设立一次申请，连着办。']);
    // The housing fund is only asked of an employer: an answer to it is dropped and adds nothing.
    const withFund = await guide(ZHAO, 'individual_to_enterprise', { ...Object.fromEntries(steps), open_housing_fund: true });
    expect(withFund.dropped).toEqual(['open_housing_fund']);
    expect(withFund.status === 'result' && withFund.subItems.map((s) => s.id)).not.toContain('housing_fund_registration');
  });
});

describe('汽车以旧换新补贴申请 (car_trade_in)', () => {
  it('scrapping an eligible old petrol car for a new electric one not yet registered: deregistration, tax, plates and the subsidy', async () => {
    const result = await walk(WANG, 'car_trade_in', [
      ['trade_mode', 'scrap'],
      ['old_car_kind', 'fuel_eligible'],
      ['old_in_own_name', true],
      ['new_car_energy', 'nev'],
      ['new_car_registered', false],
    ]);
    expect(subItemIds(result)).toEqual(['new_car_registration', 'old_car_deregistration', 'purchase_tax', 'subsidy_review']);
    expect(sources(result)).toEqual({
      owner_id: 'shared:id_card',
      old_vehicle_cert: 'upload',
      scrap_certificate: 'upload',
      new_car_invoice: 'upload',
      new_car_certificate: 'upload',
      compulsory_insurance: 'upload',
      // Both proofs the 商务局 needs come from 车管所 inside this bundle.
      deregistration_proof: 'internal:old_car_deregistration',
      new_car_licence: 'internal:new_car_registration',
      bank_card: 'upload',
    });
    expect(result.notices).toEqual([
      '旧车要先交给有资质的报废机动车回收拆解企业，拿到《报废机动车回收证明》；回收企业可以代您申请注销登记。',
      '新能源车的补贴标准比燃油车高，车辆购置税按国家规定减免；车型要在《减免车辆购置税的新能源汽车车型目录》里。',
    ]);
    // An old car outside the scheme: the registrations go ahead, the subsidy does not.
    const ineligible = await guide(WANG, 'car_trade_in', {
      trade_mode: 'scrap',
      old_car_kind: 'other',
      old_in_own_name: true,
      new_car_energy: 'nev',
      new_car_registered: false,
    });
    expect(ineligible.status === 'result' && ineligible.subItems.map((s) => s.id).sort()).toEqual(['new_car_registration', 'old_car_deregistration', 'purchase_tax']);
  });

  it('selling the old car for a petrol one already registered: transfer and subsidy only, the licence uploaded', async () => {
    const steps: [string, unknown][] = [
      ['trade_mode', 'replace'],
      ['old_in_own_name', true],
      ['new_car_energy', 'fuel'],
      ['new_car_registered', true],
    ];
    const result = await walk(WANG, 'car_trade_in', steps);
    expect(subItemIds(result)).toEqual(['old_car_transfer', 'subsidy_review']);
    expect(sources(result)).toEqual({
      owner_id: 'shared:id_card',
      old_vehicle_cert: 'upload',
      used_car_invoice: 'upload',
      new_car_invoice: 'upload',
      transfer_proof: 'internal:old_car_transfer',
      // Registered before applying: no plate step in the bundle, so the licence is uploaded.
      new_car_licence: 'upload',
      bank_card: 'upload',
    });
    for (const absent of ['new_car_certificate', 'compulsory_insurance', 'scrap_certificate', 'deregistration_proof']) {
      expect(sources(result)).not.toHaveProperty(absent);
    }
    expect(result.notices).toEqual([]);
    const withKind = await guide(WANG, 'car_trade_in', { ...Object.fromEntries(steps), old_car_kind: 'fuel_eligible' });
    expect(withKind.dropped).toEqual(['old_car_kind']);
  });
});
