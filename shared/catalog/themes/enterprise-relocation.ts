/**
 * 企业迁移 — national key item of the 2024 second batch.
 *
 * Source: 国务院办公厅《"高效办成一件事"2024年度新一批重点事项清单》（国办函〔2024〕53号）; number and title confirmed by
 * a citing document (渝退役军人局〔2025〕7号, 2025-03-18), the list's own text and date not found in the searchable
 * sources. Local practice: no city's 办事指南 for this bundle was found. The steps follow the rules they rest on:
 * 《市场主体登记管理条例》(registration on the spot, or within 3 working days when it cannot be done at once — the
 * legal limit below), 迁入地一地办理 of the market registration (the 迁出地 sends the registration file
 * electronically), the tax authorities' check that nothing is left open before the move, and the follow-up of
 * social insurance, medical insurance and housing fund accounts. Promised limits are demonstration values.
 */
import { defineTheme, source, UPLOAD, when } from '../dsl';

const FOLLOW_UPS = ['tax_relocation', 'social_insurance_change', 'medical_insurance_change', 'housing_fund_change', 'seal_reengraving'];
const fromOtherCity = when.is('move_from', 'other_city');

export const enterpriseRelocation = defineTheme({
  id: 'enterprise_relocation',
  version: '1.0.0',
  title: '企业迁移',
  audience: 'enterprise',
  lifeEvent: 'change',
  batch: '2024-2',
  summary:
    '企业把住所（注册地）搬到本市另一个区或者从外地迁来，在迁入地一次申请：迁移登记换发营业执照，税务、社保、医保、公积金的单位信息跟着一起迁，不用回迁出地跑。',
  keywords: ['企业迁移', '公司迁移', '迁址', '跨区迁移', '异地迁移', '迁入', '迁出', '企业搬家', '公司搬家', '注册地变更', '住所变更', '税务迁移'],
  promisedDays: 5,
  promiseNote: '从迁出地档案和税务信息在线传到之日起计算。',
  delivery: ['window', 'ems', 'electronic'],
  preconditions: ['企业处于正常经营状态，没有被列入经营异常名录或严重违法失信名单。', '没有正在办理的税务稽查、欠税等未结事项。', '迁移已经按章程作出股东会决议或股东决定。'],
  subItems: [
    {
      id: 'tax_clearance_check',
      name: '迁出地税务未结事项核查',
      description: '迁出地税务部门确认没有欠税、未申报和未结案件，在线出具迁移意见。',
      department: 'tax',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '税务迁移意见', kind: 'notice' },
      byDefault: false,
    },
    {
      id: 'relocation_registration',
      name: '企业迁移登记（换发营业执照）',
      department: 'samr',
      legalDays: 3,
      promisedDays: 1,
      output: { name: '新住所的营业执照', kind: 'licence', electronic: true },
      after: ['tax_clearance_check'],
    },
    {
      id: 'tax_relocation',
      name: '税务登记迁入（信息变更）',
      department: 'tax',
      legalDays: 1,
      promisedDays: 1,
      output: { name: '新的主管税务机关', kind: 'registration' },
      after: ['relocation_registration'],
    },
    {
      id: 'social_insurance_change',
      name: '社会保险单位登记迁移',
      department: 'hrss',
      legalDays: 5,
      promisedDays: 2,
      output: { name: '社保单位登记信息迁移', kind: 'registration' },
      after: ['relocation_registration'],
      byDefault: false,
    },
    {
      id: 'medical_insurance_change',
      name: '医疗保险单位登记迁移',
      department: 'nhsa',
      legalDays: 5,
      promisedDays: 2,
      output: { name: '医保单位登记信息迁移', kind: 'registration' },
      after: ['relocation_registration'],
      byDefault: false,
    },
    {
      id: 'housing_fund_change',
      name: '住房公积金单位账户迁移',
      department: 'fund',
      legalDays: 5,
      promisedDays: 2,
      output: { name: '公积金单位账户迁移', kind: 'registration' },
      after: ['relocation_registration'],
      byDefault: false,
    },
    {
      id: 'seal_reengraving',
      name: '新公章刻制备案',
      department: 'police',
      legalDays: 1,
      promisedDays: 1,
      output: { name: '新公章', kind: 'record' },
      after: ['relocation_registration'],
      byDefault: false,
    },
  ],
  questions: [
    {
      id: 'move_from',
      type: 'single',
      text: '企业从哪里迁过来？',
      options: [
        { value: 'same_city', label: '本市另一个区' },
        { value: 'other_city', label: '外地（外市或外省）' },
      ],
    },
    {
      id: 'premises',
      type: 'single',
      text: '新住所的房子是企业自有的，还是租的？',
      options: [
        { value: 'owned', label: '企业自有' },
        { value: 'rented', label: '租的' },
      ],
    },
    {
      id: 'name_changes',
      type: 'yesNo',
      text: '企业名称里的地名要跟着改吗？',
      help: '名称里带有迁出地地名的，迁过来一般要改名，公章也要重新刻。',
    },
    { id: 'has_employees', type: 'yesNo', text: '企业给员工交社保吗？' },
    { id: 'has_housing_fund', type: 'yesNo', text: '企业开了住房公积金账户吗？', askWhen: when.yes('has_employees') },
    {
      id: 'licences',
      type: 'single',
      text: '企业办过需要经营场所的许可证吗？（如食品经营许可证、道路运输经营许可证）',
      options: [
        { value: 'none', label: '没有' },
        { value: 'some', label: '有' },
      ],
    },
  ],
  rules: [
    {
      id: 'from_other_city',
      when: fromOtherCity,
      add: { subItems: ['tax_clearance_check'] },
      why: '从外地迁入，先由迁出地税务部门核查未结事项',
      notice: '登记档案由迁出地登记机关在线传给本市，您不用回迁出地办理迁出手续。',
    },
    { id: 'rename', when: when.yes('name_changes'), add: { subItems: ['seal_reengraving'], materials: ['name_declaration'] }, why: '企业名称跟着改，要刻新公章' },
    {
      id: 'employees',
      when: when.yes('has_employees'),
      add: { subItems: ['social_insurance_change', 'medical_insurance_change'] },
      why: '企业有参保员工，社保、医保的单位登记一起迁',
    },
    { id: 'housing_fund', when: when.yes('has_housing_fund'), add: { subItems: ['housing_fund_change'] }, why: '公积金单位账户一起迁' },
    {
      id: 'employees_elsewhere',
      when: when.all(fromOtherCity, when.yes('has_employees')),
      why: '从外地迁入且有参保员工',
      notice: '员工的社保关系要在迁出地办理减员、在本市办理增员，个人账户跟着转移，缴费年限连续计算。',
    },
    {
      id: 'licence_at_premises',
      when: when.is('licences', 'some'),
      why: '办过和经营场所绑定的许可证',
      notice: '许可证和经营场所绑定，搬到新地方后要按新场所重新申请，可以办完迁移后再申请。',
    },
  ],
  materials: [
    { id: 'current_license', name: '营业执照', neededBy: ['relocation_registration', 'tax_clearance_check'], sources: [{ source: source.shared('business_license') }] },
    { id: 'legal_rep_id', name: '法定代表人的身份证', neededBy: ['relocation_registration'], sources: [{ source: source.shared('id_card') }] },
    {
      id: 'decision_document',
      name: '股东会决议或股东决定',
      description: '写明迁到哪里、修改章程中的住所。',
      neededBy: ['relocation_registration'],
      sources: [{ source: source.upload(UPLOAD.pdf('签字盖章后的决议或决定，扫描成 PDF。')) }],
    },
    {
      id: 'articles_amendment',
      name: '公司章程修正案',
      neededBy: ['relocation_registration'],
      sources: [{ source: source.upload(UPLOAD.pdf('法定代表人签字、盖公章的章程修正案。')) }],
    },
    {
      id: 'premises_proof',
      name: '新住所的使用证明',
      neededBy: ['relocation_registration'],
      sources: [
        { when: when.is('premises', 'owned'), source: source.shared('real_estate_cert') },
        // 住所申报承诺制: a rented address is declared, not proved with the lease.
        { source: source.promise('本企业承诺新住所真实、合法、可以使用，如有不实，愿意承担被列入经营异常名录等责任。') },
      ],
    },
    {
      id: 'name_declaration',
      name: '新名称自主申报结果',
      neededBy: ['relocation_registration'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('企业名称自主申报系统的申报结果页。', 1)) }],
    },
    {
      id: 'tax_opinion',
      name: '税务迁移意见',
      neededBy: ['tax_relocation'],
      sources: [{ source: source.internal('tax_clearance_check') }, { source: source.shared('tax_record') }],
    },
    {
      id: 'new_license',
      name: '迁移后的营业执照',
      neededBy: FOLLOW_UPS,
      sources: [{ source: source.internal('relocation_registration') }, { source: source.shared('business_license') }],
    },
  ],
  form: {
    sections: [
      {
        id: 'enterprise',
        title: '企业信息',
        fields: [
          { id: 'enterprise_name', label: '企业名称', type: 'text', prefillFrom: 'enterprise.name' },
          { id: 'uscc', label: '统一社会信用代码', type: 'uscc', prefillFrom: 'enterprise.uscc' },
          { id: 'current_address', label: '现在的住所', type: 'address', prefillFrom: 'enterprise.address' },
          { id: 'contact_name', label: '经办人', type: 'name', prefillFrom: 'person.name' },
          { id: 'contact_phone', label: '经办人手机号码', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
      {
        id: 'move',
        title: '迁移后的信息',
        fields: [
          { id: 'new_address', label: '新住所', type: 'address' },
          { id: 'new_name', label: '新的企业名称', type: 'text', askWhen: when.yes('name_changes'), help: '系统会帮您自主申报查重。' },
          { id: 'employee_count', label: '参保员工人数', type: 'number', unit: '人', askWhen: when.yes('has_employees'), validation: { min: 1, max: 1000000 } },
        ],
      },
    ],
  },
});
