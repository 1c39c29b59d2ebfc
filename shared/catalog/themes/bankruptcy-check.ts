import { defineTheme, source, UPLOAD, when } from '../dsl';

// Real estate (不动产登记) and bank deposits are also checked in practice; no department id for them exists
// yet in shared/department-ids.ts, so they are not bundled here.
export const bankruptcyCheck = defineTheme({
  id: 'bankruptcy_check',
  version: '1.0.0',
  title: '企业破产信息核查',
  audience: 'enterprise',
  lifeEvent: 'exit',
  batch: '2024-1',
  summary: '破产管理人一次申请，查清破产企业的登记档案、纳税、社保医保、公积金和车辆情况，不用拿着法院文书到各个部门分别去查。',
  keywords: ['破产', '破产管理人', '破产清算', '财产查询', '破产信息核查', '企业破产'],
  promisedDays: 2,
  delivery: ['electronic', 'window'],
  preconditions: ['法院已受理破产申请并指定了管理人。'],
  subItems: [
    { id: 'registration_query', name: '企业登记档案查询', department: 'samr', legalDays: 5, promisedDays: 1, output: { name: '企业登记档案', kind: 'record', electronic: true } },
    { id: 'tax_query', name: '涉税信息查询', department: 'tax', legalDays: 5, promisedDays: 2, output: { name: '欠税和纳税申报情况', kind: 'record' }, byDefault: false },
    { id: 'social_query', name: '社会保险缴费信息查询', department: 'hrss', legalDays: 5, promisedDays: 2, output: { name: '社保缴费和欠费情况', kind: 'record' }, byDefault: false },
    { id: 'medical_query', name: '医疗保险缴费信息查询', department: 'nhsa', legalDays: 5, promisedDays: 2, output: { name: '医保缴费和欠费情况', kind: 'record' }, byDefault: false },
    { id: 'fund_query', name: '住房公积金缴存信息查询', department: 'fund', legalDays: 5, promisedDays: 2, output: { name: '公积金缴存和欠缴情况', kind: 'record' }, byDefault: false },
    { id: 'vehicle_query', name: '机动车登记信息查询', department: 'police', legalDays: 5, promisedDays: 2, output: { name: '名下机动车情况', kind: 'record' }, byDefault: false },
  ],
  questions: [
    {
      id: 'query_scope',
      type: 'multiple',
      text: '除了企业登记档案，还要查哪些信息？（可以多选）',
      options: [
        { value: 'tax', label: '纳税和欠税' },
        { value: 'social', label: '社保和医保缴费' },
        { value: 'fund', label: '住房公积金' },
        { value: 'vehicle', label: '名下车辆' },
      ],
    },
    {
      id: 'administrator_kind',
      type: 'single',
      text: '管理人是哪种？',
      options: [
        { value: 'firm', label: '律师事务所、会计师事务所等中介机构' },
        { value: 'group', label: '清算组' },
      ],
    },
  ],
  rules: [
    { id: 'query_tax', when: when.has('query_scope', 'tax'), add: { subItems: ['tax_query'] }, why: '要查纳税和欠税' },
    { id: 'query_social', when: when.has('query_scope', 'social'), add: { subItems: ['social_query', 'medical_query'] }, why: '要查社保和医保缴费' },
    { id: 'query_fund', when: when.has('query_scope', 'fund'), add: { subItems: ['fund_query'] }, why: '要查住房公积金' },
    { id: 'query_vehicle', when: when.has('query_scope', 'vehicle'), add: { subItems: ['vehicle_query'] }, why: '要查名下车辆' },
  ],
  materials: [
    {
      id: 'court_ruling',
      name: '法院受理破产申请的裁定书',
      neededBy: ['registration_query', 'tax_query', 'social_query', 'medical_query', 'fund_query', 'vehicle_query'],
      sources: [{ source: source.upload(UPLOAD.pdf('法院裁定书的扫描件。')) }],
    },
    {
      id: 'appointment_decision',
      name: '法院指定管理人的决定书',
      neededBy: ['registration_query', 'tax_query', 'social_query', 'medical_query', 'fund_query', 'vehicle_query'],
      sources: [{ source: source.upload(UPLOAD.pdf('法院决定书的扫描件。')) }],
    },
    {
      id: 'administrator_identity',
      name: '管理人的主体资格证明',
      neededBy: ['registration_query', 'tax_query', 'social_query', 'medical_query', 'fund_query', 'vehicle_query'],
      sources: [
        { when: when.is('administrator_kind', 'firm'), source: source.shared('business_license') },
        { source: source.upload(UPLOAD.pdf('法院关于成立清算组的文件。')) },
      ],
    },
    {
      id: 'handler_id_card',
      name: '经办人的身份证',
      neededBy: ['registration_query', 'tax_query', 'social_query', 'medical_query', 'fund_query', 'vehicle_query'],
      sources: [{ source: source.shared('id_card') }],
    },
  ],
  form: {
    sections: [
      {
        id: 'debtor',
        title: '破产企业',
        fields: [
          { id: 'debtor_name', label: '破产企业名称', type: 'text' },
          { id: 'debtor_uscc', label: '破产企业统一社会信用代码', type: 'uscc' },
          { id: 'case_number', label: '法院案号', type: 'text', placeholder: '如：（2026）粤03破1号', validation: { maxLength: 40 } },
        ],
      },
      {
        id: 'handler',
        title: '经办人',
        fields: [
          { id: 'handler_name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'handler_phone', label: '手机号码', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
    ],
  },
});
