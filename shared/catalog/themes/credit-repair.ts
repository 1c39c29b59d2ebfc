import { defineTheme, source, UPLOAD, when } from '../dsl';

const ALL_REPAIRS = ['abnormal_removal', 'serious_removal', 'penalty_repair', 'tax_credit_repair'];

export const creditRepair = defineTheme({
  id: 'credit_repair',
  version: '1.0.0',
  title: '信用修复',
  audience: 'enterprise',
  lifeEvent: 'credit',
  batch: '2024-1',
  summary: '企业纠正了失信行为后，一次申请移出经营异常名录或严重违法失信名单、修复行政处罚信息和纳税信用，修复结果在各公示平台同步更新。',
  keywords: ['信用修复', '经营异常', '移出异常名录', '失信', '黑名单', '行政处罚', '处罚信息', '纳税信用', '信用中国', '公示系统'],
  promisedDays: 10,
  delivery: ['electronic'],
  preconditions: ['已经纠正失信行为、履行了法定义务（如交清罚款、补报年报）。'],
  subItems: [
    { id: 'abnormal_removal', name: '移出经营异常名录', department: 'samr', legalDays: 5, promisedDays: 3, output: { name: '移出经营异常名录决定', kind: 'notice', electronic: true }, byDefault: false },
    { id: 'serious_removal', name: '移出严重违法失信名单', department: 'samr', legalDays: 20, promisedDays: 10, output: { name: '移出严重违法失信名单决定', kind: 'notice', electronic: true }, byDefault: false },
    { id: 'penalty_repair', name: '行政处罚信息信用修复', department: 'samr', legalDays: 15, promisedDays: 5, output: { name: '停止公示行政处罚信息', kind: 'notice', electronic: true }, byDefault: false },
    { id: 'tax_credit_repair', name: '纳税信用修复', department: 'tax', legalDays: 15, promisedDays: 5, output: { name: '纳税信用修复结果', kind: 'notice', electronic: true }, byDefault: false },
  ],
  questions: [
    {
      id: 'record_types',
      type: 'multiple',
      text: '要修复哪些信用记录？（可以多选）',
      minSelected: 1,
      options: [
        { value: 'abnormal', label: '被列入经营异常名录' },
        { value: 'serious', label: '被列入严重违法失信名单' },
        { value: 'penalty', label: '行政处罚信息' },
        { value: 'tax', label: '纳税信用' },
      ],
    },
    {
      id: 'penalty_by',
      type: 'single',
      text: '行政处罚是哪个部门作出的？',
      askWhen: when.has('record_types', 'penalty'),
      options: [
        { value: 'samr', label: '市场监管部门' },
        { value: 'other', label: '其他部门' },
      ],
    },
    { id: 'fines_paid', type: 'yesNo', text: '罚款已经交清、处罚决定已经履行完了吗？', askWhen: when.has('record_types', 'penalty') },
  ],
  rules: [
    { id: 'repair_abnormal', when: when.has('record_types', 'abnormal'), add: { subItems: ['abnormal_removal'], materials: ['abnormal_fixed_proof'] }, why: '被列入经营异常名录' },
    { id: 'repair_serious', when: when.has('record_types', 'serious'), add: { subItems: ['serious_removal'] }, why: '被列入严重违法失信名单' },
    {
      id: 'repair_penalty',
      when: when.all(when.is('penalty_by', 'samr'), when.yes('fines_paid')),
      add: { subItems: ['penalty_repair'], materials: ['penalty_fulfilled_proof'] },
      why: '市场监管部门作出的行政处罚已经履行完毕',
    },
    {
      id: 'penalty_other_department',
      when: when.is('penalty_by', 'other'),
      why: '行政处罚由其他部门作出',
      notice: '其他部门作出的行政处罚，由作出处罚的部门或“信用中国”网站受理修复，本市暂未接入这件事，请到对应部门办理。',
    },
    {
      id: 'penalty_not_fulfilled',
      when: when.no('fines_paid'),
      why: '行政处罚还没有履行完毕',
      notice: '要先交清罚款、履行完处罚决定，才能申请修复行政处罚信息。',
    },
    { id: 'repair_tax', when: when.has('record_types', 'tax'), add: { subItems: ['tax_credit_repair'], materials: ['tax_paid_record'] }, why: '修复纳税信用' },
  ],
  materials: [
    { id: 'business_license', name: '营业执照', neededBy: ALL_REPAIRS, sources: [{ source: source.shared('business_license') }] },
    { id: 'legal_rep_id', name: '法定代表人的身份证', neededBy: ALL_REPAIRS, sources: [{ source: source.shared('id_card') }] },
    {
      id: 'credit_commitment',
      name: '信用修复承诺书',
      neededBy: ALL_REPAIRS,
      sources: [{ source: source.promise('本企业承诺所提交材料真实有效，已纠正失信行为，今后依法诚信经营；如有虚假，愿意接受撤销修复决定、重新公示并承担相应法律责任。') }],
    },
    {
      id: 'abnormal_fixed_proof',
      name: '已纠正异常情形的证明',
      description: '如已补报年报、已公示即时信息，或住所可以联系的证明。',
      neededBy: ['abnormal_removal'],
      byDefault: false,
      sources: [{ source: source.shared('enterprise_publicity', '住所（经营场所）的使用证明，或补报年报的截图。') }],
    },
    {
      id: 'serious_fixed_proof',
      name: '已履行法定义务、纠正违法行为的证明',
      neededBy: ['serious_removal'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('罚款缴纳凭证、整改报告等能证明已纠正的材料。', 10)) }],
    },
    {
      id: 'penalty_fulfilled_proof',
      name: '行政处罚决定履行完毕的证明',
      neededBy: ['penalty_repair'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('罚款缴纳凭证；有责令改正的，附整改完成的材料。', 10)) }],
    },
    { id: 'tax_paid_record', name: '补缴税款、滞纳金和罚款的记录', neededBy: ['tax_credit_repair'], byDefault: false, sources: [{ source: source.shared('tax_record') }] },
  ],
  form: {
    sections: [
      {
        id: 'enterprise',
        title: '企业信息',
        fields: [
          { id: 'enterprise_name', label: '企业名称', type: 'text', prefillFrom: 'enterprise.name' },
          { id: 'uscc', label: '统一社会信用代码', type: 'uscc', prefillFrom: 'enterprise.uscc' },
          { id: 'contact_phone', label: '联系电话', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
      {
        id: 'penalty',
        title: '行政处罚',
        askWhen: when.has('record_types', 'penalty'),
        fields: [{ id: 'penalty_decision_number', label: '行政处罚决定书文号', type: 'text', neededBy: ['penalty_repair'], validation: { maxLength: 60 } }],
      },
      {
        id: 'statement',
        title: '情况说明',
        fields: [{ id: 'correction_statement', label: '已经怎样纠正了失信行为', type: 'textarea', validation: { minLength: 10, maxLength: 1000 } }],
      },
    ],
  },
});
