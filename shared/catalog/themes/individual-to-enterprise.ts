/**
 * 个体工商户转型为企业（个转企）— 2025 first national batch.
 *
 * National list: 国务院办公厅关于印发《"高效办成一件事"2025年度第一批重点事项清单》的通知（国办函〔2025〕3号）;
 * the number is as cited by 汕尾市人民政府办公室 汕府办函〔2025〕60号 (2025-04-22). The list's own text (lead and
 * co-operating departments per item) was not found in the reference corpus.
 * Practice followed: 市场监管总局等九部门《关于推进高效办成个体工商户转型为企业"一件事"加大培育帮扶力度的指导意见》
 * （国市监注发〔2025〕58号, 2025-06-24): 直接变更 (keeps the 成立日期 and 统一社会信用代码, files merged) or
 * 注销+设立; 经营场所不变 and compliant → no new premises proof. Time limits are those of ordinary registration
 * (《市场主体登记管理条例》: 3 working days; 即时 where the materials are complete) — no local 办事指南 for 个转企 was
 * found, so no city overlay.
 */
import { defineTheme, source, UPLOAD, when } from '../dsl';

const isCompany = when.isOneOf('enterprise_form', ['llc_one', 'llc']);
const hasCoInvestors = when.isOneOf('enterprise_form', ['llc', 'partnership']);
// Whatever route is taken, these follow the new licence.
const FOLLOW_UPS = ['seal_engraving', 'tax_info_change', 'social_insurance_registration', 'medical_insurance_registration', 'housing_fund_registration', 'food_licence_change'];
const REGISTRATIONS = ['conversion_registration', 'enterprise_establishment'];

export const individualToEnterprise = defineTheme({
  id: 'individual_to_enterprise',
  version: '1.0.0',
  title: '个体工商户转型为企业',
  audience: 'enterprise',
  lifeEvent: 'change',
  batch: '2025-1',
  summary:
    '个体户想升级成公司或个人独资、合伙企业，一次申请：直接变更的，原来的成立日期和统一社会信用代码都保留；营业执照、印章、税务、社保医保、公积金和食品经营许可证一起跟着办好。',
  keywords: ['个转企', '个体户转企业', '个体户转公司', '个体户升级', '个体工商户转型', '个体户变公司', '个体户改公司', '个体户注册公司', '个体户转个人独资企业'],
  promisedDays: 5,
  promiseNote: '刻章由公安备案的刻章企业制作，领取时间以刻章企业为准。',
  delivery: ['window', 'ems', 'electronic'],
  preconditions: ['个体工商户处于正常经营状态，没有被列入经营异常名录或严重违法失信名单。', '转型后的企业名称、经营范围符合企业登记的规定。'],
  subItems: [
    {
      id: 'conversion_registration',
      name: '个转企变更登记（直接变更为企业）',
      description: '把个体工商户直接变更为企业，成立日期和统一社会信用代码不变，原来的登记档案一并转过去。',
      department: 'samr',
      legalDays: 3,
      promisedDays: 1,
      output: { name: '企业营业执照', kind: 'licence', electronic: true },
    },
    {
      id: 'individual_deregistration',
      name: '个体工商户注销登记',
      department: 'samr',
      legalDays: 3,
      promisedDays: 1,
      output: { name: '个体工商户准予注销登记通知书', kind: 'notice', electronic: true },
      byDefault: false,
    },
    {
      id: 'enterprise_establishment',
      name: '企业设立登记',
      department: 'samr',
      legalDays: 3,
      promisedDays: 1,
      output: { name: '企业营业执照', kind: 'licence', electronic: true },
      after: ['individual_deregistration'],
      byDefault: false,
    },
    {
      id: 'seal_engraving',
      name: '企业印章刻制备案',
      department: 'police',
      legalDays: 1,
      promisedDays: 1,
      output: { name: '企业公章', kind: 'record' },
      after: REGISTRATIONS,
    },
    {
      id: 'tax_info_change',
      name: '税务信息确认（发票、税种跟着转）',
      department: 'tax',
      legalDays: 1,
      promisedDays: 1,
      output: { name: '税务登记信息确认', kind: 'registration', electronic: true },
      after: REGISTRATIONS,
    },
    {
      id: 'social_insurance_registration',
      name: '单位社会保险登记',
      department: 'hrss',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '单位社保登记', kind: 'registration' },
      after: REGISTRATIONS,
      byDefault: false,
    },
    {
      id: 'medical_insurance_registration',
      name: '单位医疗保险登记',
      department: 'nhsa',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '单位医保登记', kind: 'registration' },
      after: REGISTRATIONS,
      byDefault: false,
    },
    {
      id: 'housing_fund_registration',
      name: '住房公积金单位缴存登记',
      department: 'fund',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '公积金单位缴存登记', kind: 'registration' },
      after: REGISTRATIONS,
      byDefault: false,
    },
    {
      id: 'food_licence_change',
      name: '食品经营许可证变更',
      description: '许可证上的经营者换成新企业，许可证编号和有效期不变。',
      department: 'samr',
      legalDays: 10,
      promisedDays: 3,
      output: { name: '变更后的食品经营许可证', kind: 'licence', electronic: true },
      after: REGISTRATIONS,
      byDefault: false,
    },
  ],
  questions: [
    {
      id: 'route',
      type: 'single',
      text: '想怎么转？',
      help: '直接变更最省事：成立日期、统一社会信用代码都不变，字号也能保留。先注销再新设的，会换一个新的代码。',
      options: [
        { value: 'direct', label: '直接变更为企业（推荐）' },
        { value: 'cancel_and_new', label: '先注销个体户，再新设一家企业' },
      ],
    },
    {
      id: 'enterprise_form',
      type: 'single',
      text: '想转成哪种企业？',
      options: [
        { value: 'sole', label: '个人独资企业' },
        { value: 'llc_one', label: '一个人的有限责任公司' },
        { value: 'llc', label: '几个人一起的有限责任公司' },
        { value: 'partnership', label: '合伙企业' },
      ],
    },
    {
      id: 'premises_same',
      type: 'yesNo',
      text: '经营场所还用原来的地方吗？',
      help: '场所不变的，不用再交场所证明。',
    },
    { id: 'has_employees', type: 'yesNo', text: '现在有雇员吗？', help: '有雇员的，企业要办单位社保和医保登记。' },
    { id: 'open_housing_fund', type: 'yesNo', text: '要给员工开住房公积金账户吗？', askWhen: when.yes('has_employees') },
    { id: 'has_food_licence', type: 'yesNo', text: '个体户办过食品经营许可证吗？', help: '开饭店、卖食品的一般都办过。' },
  ],
  rules: [
    {
      id: 'direct_change',
      when: when.is('route', 'direct'),
      why: '您选择直接变更',
      notice: '直接变更后，企业的成立日期和统一社会信用代码不变，原个体户的登记档案、年度报告并入新企业。',
    },
    {
      id: 'cancel_and_new',
      when: when.is('route', 'cancel_and_new'),
      remove: { subItems: ['conversion_registration'] },
      add: { subItems: ['individual_deregistration', 'enterprise_establishment'], materials: ['debt_settlement_promise'] },
      why: '您选择先注销个体户再新设企业',
      notice: '先注销再新设的，原个体户的统一社会信用代码不再使用，新企业会拿到一个新代码；注销和设立一次申请，连着办。',
    },
    { id: 'company_articles', when: isCompany, add: { materials: ['articles_of_association'] }, why: '转成有限责任公司，要有公司章程' },
    { id: 'co_investors', when: hasCoInvestors, add: { materials: ['co_investor_ids'] }, why: '有其他股东或合伙人' },
    { id: 'partnership_agreement', when: when.is('enterprise_form', 'partnership'), add: { materials: ['partnership_agreement'] }, why: '转成合伙企业，要有合伙协议' },
    { id: 'new_premises', when: when.no('premises_same'), add: { materials: ['premises_proof'] }, why: '经营场所换了地方' },
    {
      id: 'employees',
      when: when.yes('has_employees'),
      add: { subItems: ['social_insurance_registration', 'medical_insurance_registration'] },
      why: '有雇员，企业要为员工参保',
    },
    { id: 'housing_fund', when: when.yes('open_housing_fund'), add: { subItems: ['housing_fund_registration'] }, why: '您选择开住房公积金账户' },
    {
      id: 'food_licence_follows',
      when: when.all(when.yes('has_food_licence'), when.yes('premises_same')),
      add: { subItems: ['food_licence_change'] },
      why: '食品经营许可证上的经营者要换成新企业',
    },
    {
      id: 'food_licence_moved',
      when: when.all(when.yes('has_food_licence'), when.no('premises_same')),
      why: '有食品经营许可证、经营场所又换了',
      notice: '经营场所换了的，食品经营许可证不能直接变更，要按新场所重新申请（可以在"开办餐饮店"里办）。',
    },
  ],
  materials: [
    {
      id: 'operator_id',
      name: '经营者的身份证',
      neededBy: ['conversion_registration', 'individual_deregistration', 'enterprise_establishment'],
      sources: [{ source: source.shared('id_card') }],
    },
    {
      id: 'individual_licence',
      name: '个体工商户营业执照',
      neededBy: ['conversion_registration', 'individual_deregistration'],
      sources: [{ source: source.shared('business_license', '个体工商户营业执照正本。') }],
    },
    {
      id: 'investor_decision',
      name: '投资人决定或股东会决议',
      description: '写明转成哪种企业、企业名称和出资，投资人签字。',
      neededBy: REGISTRATIONS,
      sources: [{ source: source.upload(UPLOAD.pdf('签字后的决定或决议，扫描成 PDF。')) }],
    },
    {
      id: 'articles_of_association',
      name: '公司章程',
      neededBy: REGISTRATIONS,
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.pdf('全体股东签字的公司章程。')) }],
    },
    {
      id: 'co_investor_ids',
      name: '其他股东或合伙人的身份证明',
      neededBy: REGISTRATIONS,
      byDefault: false,
      // Other people's cards: the applicant's own shared records cannot supply them.
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('每位股东或合伙人身份证正反面（企业股东交营业执照）。', 10)) }],
    },
    {
      id: 'partnership_agreement',
      name: '合伙协议',
      neededBy: REGISTRATIONS,
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.pdf('全体合伙人签字的合伙协议。')) }],
    },
    {
      id: 'premises_proof',
      name: '新经营场所的使用证明',
      neededBy: REGISTRATIONS,
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('房产证或租赁合同全部页。', 10)) }],
    },
    {
      id: 'debt_settlement_promise',
      name: '债权债务清理承诺',
      neededBy: ['individual_deregistration'],
      byDefault: false,
      sources: [{ source: source.promise('本人承诺个体工商户的税款已结清、债权债务已清理完毕或由新设企业承继；如有不实，愿意承担法律责任。') }],
    },
    {
      id: 'new_licence',
      name: '新企业的营业执照',
      neededBy: FOLLOW_UPS,
      sources: [
        { source: source.internal('conversion_registration') },
        { source: source.internal('enterprise_establishment') },
        { source: source.shared('business_license') },
      ],
    },
    {
      id: 'food_licence_doc',
      name: '原食品经营许可证',
      neededBy: ['food_licence_change'],
      sources: [{ source: source.shared('food_business_license', '食品经营许可证正本。') }],
    },
  ],
  form: {
    sections: [
      {
        id: 'individual',
        title: '原个体工商户',
        fields: [
          { id: 'individual_name', label: '个体工商户名称（字号）', type: 'text', validation: { maxLength: 60 } },
          { id: 'individual_uscc', label: '统一社会信用代码', type: 'uscc' },
          { id: 'operator_name', label: '经营者姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'operator_phone', label: '经营者手机号码', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
      {
        id: 'enterprise',
        title: '转型后的企业',
        fields: [
          { id: 'enterprise_name', label: '企业名称', type: 'text', help: '符合要求的，可以保留原来的字号。', validation: { maxLength: 60 } },
          { id: 'registered_capital', label: '注册资本（出资额）', type: 'number', unit: '万元', validation: { min: 0.01, max: 100000000 } },
          { id: 'new_address', label: '新的经营场所', type: 'address', askWhen: when.no('premises_same') },
          { id: 'employee_count', label: '雇员人数', type: 'number', unit: '人', askWhen: when.yes('has_employees'), validation: { min: 1, max: 10000 } },
        ],
      },
    ],
  },
});
