/**
 * 企业上市合法合规信息核查 — listed here as an item of the 2024 second batch.
 *
 * Source: 国务院办公厅《"高效办成一件事"2024年度新一批重点事项清单》（国办函〔2024〕53号）; number and title confirmed by
 * a citing document (渝退役军人局〔2025〕7号, 2025-03-18). That this item belongs to the batch could NOT be confirmed
 * from the searchable sources: the list's text was not found, and this entry rests on recollection of the published
 * list. Check it against the list before a real launch.
 * Local practice: no city's 办事指南 was found. The model follows the practice of "以专项信用报告替代有无违法违规记录
 * 证明": instead of fetching a 无违法违规证明 from every department, the enterprise applies once; each department
 * checks its own records for the period in parallel, and the credit office (发展改革部门) issues one 专项信用报告.
 * Which departments take part depends on the enterprise (employees, pollutants, land, construction, premises).
 * Time limits are demonstration values.
 */
import { defineTheme, source, UPLOAD, when } from '../dsl';

const DEPARTMENT_CHECKS = ['samr_check', 'tax_check', 'hrss_check', 'nhsa_check', 'fund_check', 'ecology_check', 'natres_check', 'housing_check', 'fire_check'];

/** One department's check of its own records for the period: the same shape for each. */
function check(id: string, name: string, department: 'samr' | 'tax' | 'hrss' | 'nhsa' | 'fund' | 'ecology' | 'natres' | 'housing' | 'fire', byDefault: boolean) {
  return {
    id,
    name,
    department,
    legalDays: 10,
    promisedDays: 5,
    output: { name: `${name}意见`, kind: 'record' as const },
    byDefault,
  };
}

export const listingCompliance = defineTheme({
  id: 'listing_compliance',
  version: '1.0.0',
  title: '企业上市合法合规信息核查',
  audience: 'enterprise',
  lifeEvent: 'listing',
  batch: '2024-2',
  summary:
    '企业准备上市（挂牌）要证明近几年没有违法违规记录，不用再到十几个部门一家一家开证明：一次申请，市场监管、税务、人社、医保、公积金、生态环境等部门同时核查，最后出一份专项信用报告。',
  keywords: ['上市', '企业上市', 'ipo', '挂牌', '新三板', '无违法违规证明', '合规证明', '守法证明', '无犯罪证明', '专项信用报告', '信用报告', '合法合规'],
  promisedDays: 7,
  promiseNote: '核查期间以申请时选择的年限为准（一般为最近 3 年）。',
  delivery: ['electronic'],
  preconditions: ['企业已经聘请保荐机构（券商）或准备向证券交易所、全国股转系统申报。'],
  subItems: [
    check('samr_check', '市场监管领域合规核查', 'samr', true),
    check('tax_check', '税务领域合规核查', 'tax', true),
    check('hrss_check', '人力资源社会保障领域合规核查', 'hrss', false),
    check('nhsa_check', '医疗保障领域合规核查', 'nhsa', false),
    check('fund_check', '住房公积金领域合规核查', 'fund', false),
    check('ecology_check', '生态环境领域合规核查', 'ecology', false),
    check('natres_check', '自然资源领域合规核查', 'natres', false),
    check('housing_check', '住房城乡建设领域合规核查', 'housing', false),
    check('fire_check', '消防安全领域合规核查', 'fire', false),
    {
      id: 'credit_report',
      name: '出具专项信用报告',
      description: '汇总各部门的核查意见，出具一份可以交给证券监管部门的专项信用报告。',
      department: 'ndrc',
      legalDays: 5,
      promisedDays: 2,
      output: { name: '企业专项信用报告（上市合法合规）', kind: 'certificate', electronic: true },
      after: DEPARTMENT_CHECKS,
    },
  ],
  questions: [
    { id: 'has_employees', type: 'yesNo', text: '企业有员工、交社保吗？' },
    { id: 'has_housing_fund', type: 'yesNo', text: '企业开了住房公积金账户吗？', askWhen: when.yes('has_employees') },
    {
      id: 'pollutants',
      type: 'yesNo',
      text: '企业有排放废水、废气、固体废物的生产活动，或者做过环评的项目吗？',
    },
    { id: 'land_or_buildings', type: 'yesNo', text: '企业名下有土地使用权或者房产吗？' },
    { id: 'construction', type: 'yesNo', text: '核查期间企业有新建、扩建的工程项目吗？' },
    {
      id: 'premises_kind',
      type: 'single',
      text: '企业的经营场所是哪一类？',
      options: [
        { value: 'office', label: '只有办公室' },
        { value: 'plant', label: '有厂房、仓库' },
        { value: 'public', label: '有商场、酒店等公众聚集场所' },
      ],
    },
    { id: 'subsidiaries', type: 'yesNo', text: '控股子公司也要一起核查吗？', help: '保荐机构一般要求核查发行人和重要的控股子公司。' },
  ],
  rules: [
    { id: 'employees', when: when.yes('has_employees'), add: { subItems: ['hrss_check', 'nhsa_check'] }, why: '企业有员工参保' },
    { id: 'housing_fund', when: when.yes('has_housing_fund'), add: { subItems: ['fund_check'] }, why: '企业开了公积金账户' },
    { id: 'pollutants', when: when.yes('pollutants'), add: { subItems: ['ecology_check'] }, why: '企业有排污或环评项目' },
    { id: 'land', when: when.yes('land_or_buildings'), add: { subItems: ['natres_check'] }, why: '企业名下有土地或房产' },
    { id: 'construction', when: when.yes('construction'), add: { subItems: ['housing_check'] }, why: '核查期间有工程项目' },
    {
      id: 'fire_relevant',
      when: when.isOneOf('premises_kind', ['plant', 'public']),
      add: { subItems: ['fire_check'] },
      why: '有厂房、仓库或公众聚集场所',
    },
    {
      id: 'with_subsidiaries',
      when: when.yes('subsidiaries'),
      add: { materials: ['subsidiary_list'] },
      why: '控股子公司一起核查',
      notice: '注册地不在本市的子公司，由其所在地的信用部门核查，本市汇总时一并写入报告。',
    },
  ],
  materials: [
    { id: 'business_license', name: '营业执照', neededBy: ['samr_check', 'credit_report'], sources: [{ source: source.shared('business_license') }] },
    { id: 'legal_rep_id', name: '法定代表人的身份证', neededBy: ['credit_report'], sources: [{ source: source.shared('id_card') }] },
    {
      id: 'authorization',
      name: '信用信息查询授权书',
      description: '授权各部门查询并出具企业在核查期间的合规信息。',
      neededBy: ['credit_report'],
      sources: [{ source: source.upload(UPLOAD.pdf('法定代表人签字、加盖公章的授权书。')) }],
    },
    {
      id: 'credit_commitment',
      name: '信用承诺书',
      neededBy: ['credit_report'],
      sources: [{ source: source.promise('本企业承诺所填信息真实，专项信用报告只用于本次上市申报；如有隐瞒，愿意承担失信责任。') }],
    },
    {
      id: 'tax_record',
      name: '纳税信息',
      neededBy: ['tax_check'],
      sources: [{ source: source.shared('tax_record') }],
    },
    {
      id: 'subsidiary_list',
      name: '控股子公司清单',
      description: '名称、统一社会信用代码、注册地和持股比例。',
      neededBy: ['credit_report'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.pdf('盖章的控股子公司清单。')) }],
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
          { id: 'contact_name', label: '经办人', type: 'name', prefillFrom: 'person.name' },
          { id: 'contact_phone', label: '经办人手机号码', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
      {
        id: 'scope',
        title: '核查范围',
        fields: [
          { id: 'period_years', label: '核查最近几年', type: 'number', unit: '年', validation: { min: 1, max: 5 }, help: '一般为最近 3 年。' },
          {
            id: 'market',
            label: '拟申报的市场',
            type: 'select',
            options: [
              { value: 'main', label: '沪深主板' },
              { value: 'star', label: '科创板' },
              { value: 'chinext', label: '创业板' },
              { value: 'bse', label: '北交所' },
              { value: 'neeq', label: '新三板' },
              { value: 'overseas', label: '境外' },
            ],
          },
          { id: 'sponsor', label: '保荐机构（主办券商）', type: 'text', required: false, validation: { maxLength: 60 } },
        ],
      },
    ],
  },
});
