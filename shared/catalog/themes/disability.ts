import { defineTheme, source, UPLOAD, when } from '../dsl';

const ALL_STEPS = ['disability_assessment', 'disability_cert_new', 'living_allowance', 'nursing_allowance', 'assistive_devices'];
const byGuardian = when.isOneOf('applicant', ['guardian_minor', 'guardian_adult']);
// 重度残疾人护理补贴: 一、二级残疾，或三级智力、精神残疾（多数省份的口径）.
const severe = when.any(
  when.isOneOf('grade', ['g1', 'g2']),
  when.all(when.is('grade', 'g3'), when.isOneOf('disability_kind', ['intellectual', 'mental'])),
);

export const disability = defineTheme({
  id: 'disability',
  // 1.1.0: another person's documents are no longer taken from the applicant's own shared records.
  version: '1.1.0',
  title: '残疾人服务',
  audience: 'person',
  lifeEvent: 'disability',
  batch: '2024-1',
  summary:
    '一次申请办好残疾评定和残疾人证，符合条件的同时申请困难残疾人生活补贴、重度残疾人护理补贴和辅助器具。身份证、户口簿从电子证照库调取，不用再交。家属可以代办。',
  keywords: ['残疾', '残疾人', '残疾证', '办残疾证', '残疾评定', '两项补贴', '生活补贴', '护理补贴', '轮椅', '助听器', '辅助器具', '残联'],
  promisedDays: 15,
  delivery: ['window', 'ems', 'electronic'],
  preconditions: ['本市户籍的残疾人。', '第一次办证的，需要按约定时间到指定医院做残疾评定。'],
  subItems: [
    {
      id: 'disability_assessment',
      name: '残疾评定',
      description: '到指定的医院，由医生评定残疾类别和等级。',
      department: 'health',
      legalDays: 20,
      promisedDays: 5,
      output: { name: '残疾评定表', kind: 'record' },
    },
    {
      id: 'disability_cert_new',
      name: '残疾人证新办',
      department: 'cdpf',
      legalDays: 10,
      promisedDays: 5,
      output: { name: '中华人民共和国残疾人证', kind: 'card', electronic: true },
      after: ['disability_assessment'],
    },
    {
      id: 'living_allowance',
      name: '困难残疾人生活补贴',
      department: 'civil',
      legalDays: 20,
      promisedDays: 5,
      output: { name: '生活补贴按月发放', kind: 'benefit' },
      after: ['disability_cert_new'],
      byDefault: false,
    },
    {
      id: 'nursing_allowance',
      name: '重度残疾人护理补贴',
      department: 'civil',
      legalDays: 20,
      promisedDays: 5,
      output: { name: '护理补贴按月发放', kind: 'benefit' },
      after: ['disability_cert_new'],
      byDefault: false,
    },
    {
      id: 'assistive_devices',
      name: '残疾人辅助器具适配',
      department: 'cdpf',
      legalDays: 20,
      promisedDays: 5,
      output: { name: '辅助器具适配服务', kind: 'benefit' },
      after: ['disability_cert_new'],
      byDefault: false,
    },
  ],
  questions: [
    {
      id: 'applicant',
      type: 'single',
      text: '您是给谁办？',
      options: [
        { value: 'self', label: '给我自己办' },
        { value: 'guardian_minor', label: '给未成年的孩子办（我是监护人）' },
        { value: 'guardian_adult', label: '给成年的被监护人办（我是监护人）' },
        { value: 'relative', label: '替家里人代办（受本人委托）' },
      ],
    },
    {
      id: 'has_cert',
      type: 'single',
      text: '已经有残疾人证了吗？',
      options: [
        { value: 'new', label: '还没有，第一次办' },
        { value: 'has', label: '已经有了，这次办补贴或辅助器具' },
      ],
    },
    {
      id: 'disability_kind',
      type: 'single',
      text: '是哪一类残疾？',
      help: '第一次办证的，按医生的初步诊断选；最终以评定结果为准。',
      options: [
        { value: 'visual', label: '视力残疾' },
        { value: 'hearing', label: '听力残疾' },
        { value: 'speech', label: '言语残疾' },
        { value: 'physical', label: '肢体残疾' },
        { value: 'intellectual', label: '智力残疾' },
        { value: 'mental', label: '精神残疾' },
        { value: 'multiple', label: '多重残疾' },
      ],
    },
    {
      id: 'grade',
      type: 'single',
      text: '残疾人证上写的是几级？',
      askWhen: when.is('has_cert', 'has'),
      options: [
        { value: 'g1', label: '一级' },
        { value: 'g2', label: '二级' },
        { value: 'g3', label: '三级' },
        { value: 'g4', label: '四级' },
      ],
    },
    {
      id: 'needs_care',
      type: 'yesNo',
      text: '生活上需要别人长期照料吗？',
      help: '护理补贴以评定的等级为准：一、二级残疾，或三级智力、精神残疾的可以领。',
      askWhen: when.is('has_cert', 'new'),
    },
    {
      id: 'low_income',
      type: 'single',
      text: '家里是低保或其他困难家庭吗？',
      options: [
        { value: 'dibao', label: '是低保家庭' },
        { value: 'edge', label: '是低保边缘家庭或其他困难家庭' },
        { value: 'none', label: '都不是' },
      ],
    },
    { id: 'needs_devices', type: 'yesNo', text: '需要轮椅、助听器、假肢这类辅助器具吗？' },
  ],
  rules: [
    {
      id: 'already_has_cert',
      when: when.is('has_cert', 'has'),
      remove: { subItems: ['disability_assessment', 'disability_cert_new'] },
      why: '已经有残疾人证',
    },
    {
      id: 'living_allowance',
      when: when.isOneOf('low_income', ['dibao', 'edge']),
      add: { subItems: ['living_allowance'], materials: ['low_income_proof'] },
      why: '家庭经济困难',
    },
    { id: 'nursing_by_grade', when: when.all(when.is('has_cert', 'has'), severe), add: { subItems: ['nursing_allowance'] }, why: '残疾等级符合护理补贴条件' },
    {
      id: 'nursing_after_assessment',
      when: when.all(when.is('has_cert', 'new'), when.yes('needs_care')),
      add: { subItems: ['nursing_allowance'] },
      why: '生活需要长期照料',
      notice: '护理补贴以这次评定的残疾等级为准；评定结果不符合条件的，会告诉您原因，其他事项照常办理。',
    },
    { id: 'assistive_devices', when: when.yes('needs_devices'), add: { subItems: ['assistive_devices'] }, why: '需要辅助器具' },
    {
      id: 'guardian_applies',
      when: byGuardian,
      add: { materials: ['agent_id_card', 'guardianship_proof'] },
      why: '由监护人申请',
    },
    {
      id: 'minor_applicant',
      when: when.is('applicant', 'guardian_minor'),
      why: '为未成年人办理',
      requireConsent: ['minor'],
    },
    {
      id: 'relative_applies',
      when: when.is('applicant', 'relative'),
      add: { materials: ['agent_id_card', 'authorization'] },
      why: '由亲属代办',
    },
  ],
  materials: [
    {
      id: 'disabled_person_id',
      name: '残疾人本人的身份证（未成年人用户口簿）',
      neededBy: ALL_STEPS,
      // Only the applicant's own records can be shared: a child is on the guardian's 户口簿; anyone else's card is uploaded.
      sources: [
        { when: when.is('applicant', 'self'), source: source.shared('id_card') },
        { when: when.is('applicant', 'guardian_minor'), source: source.shared('hukou') },
        { source: source.upload(UPLOAD.photoOrPdf('残疾人本人身份证正反面（未成年人用户口簿本人页）。', 2)) },
      ],
    },
    { id: 'hukou_book', name: '户口簿', neededBy: ['disability_cert_new', 'living_allowance'], sources: [{ source: source.shared('hukou') }] },
    {
      id: 'photo',
      name: '近期免冠证件照',
      description: '用于制作残疾人证。',
      neededBy: ['disability_cert_new'],
      sources: [
        { when: when.is('applicant', 'self'), source: source.shared('id_card_photo') },
        { source: source.upload(UPLOAD.idPhoto()) },
      ],
      sensitive: ['id_photo'],
    },
    {
      id: 'medical_records',
      name: '病历、诊断证明和检查报告',
      neededBy: ['disability_assessment'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('近期的病历、诊断证明和检查报告，评定时医生要看。', 20)) }],
      sensitive: ['health', 'disability'],
    },
    {
      id: 'assessment_form',
      name: '残疾评定表',
      neededBy: ['disability_cert_new'],
      sources: [{ source: source.internal('disability_assessment') }, { source: source.upload(UPLOAD.photoOrPdf('评定医院盖章的残疾评定表。')) }],
      sensitive: ['disability'],
    },
    {
      id: 'disability_cert',
      name: '残疾人证',
      neededBy: ['living_allowance', 'nursing_allowance', 'assistive_devices'],
      sources: [{ source: source.internal('disability_cert_new') }, { source: source.shared('disability_cert') }],
      sensitive: ['disability'],
    },
    {
      id: 'low_income_proof',
      name: '低保或困难家庭认定证明',
      neededBy: ['living_allowance'],
      byDefault: false,
      sources: [
        { when: when.is('low_income', 'dibao'), source: source.shared('low_income_record') },
        { source: source.upload(UPLOAD.photoOrPdf('街道（乡镇）或民政部门出具的低保边缘、困难家庭认定证明。')) },
      ],
    },
    {
      id: 'agent_id_card',
      name: '监护人或代办人的身份证',
      neededBy: ALL_STEPS,
      byDefault: false,
      sources: [{ source: source.shared('id_card') }],
    },
    {
      id: 'guardianship_proof',
      name: '监护关系证明',
      neededBy: ALL_STEPS,
      byDefault: false,
      sources: [
        { when: when.is('applicant', 'guardian_minor'), source: source.shared('hukou') },
        { source: source.upload(UPLOAD.photoOrPdf('法院判决书，或居（村）委会、民政部门指定监护人的证明。')) },
      ],
    },
    {
      id: 'authorization',
      name: '代办委托书',
      description: '残疾人本人签字（或按手印）委托您代办。',
      neededBy: ALL_STEPS,
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('本人签字或按手印的委托书，写明委托办理的事项。')) }],
    },
    {
      id: 'bank_card',
      name: '领取补贴的银行卡',
      description: '本人或监护人的银行卡，社保卡的银行账户也可以。',
      neededBy: ['living_allowance', 'nursing_allowance'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('拍银行卡正面，能看清卡号和开户银行即可。', 1)) }],
      sensitive: ['bank_card'],
    },
  ],
  form: {
    sections: [
      {
        id: 'applicant',
        title: '申请人（来办事的人）',
        fields: [
          { id: 'applicant_name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'applicant_id_number', label: '身份证号码', type: 'idNumber', prefillFrom: 'person.idNumber' },
          { id: 'applicant_phone', label: '手机号码', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
      {
        id: 'disabled_person',
        title: '残疾人的信息',
        askWhen: when.not(when.is('applicant', 'self')),
        fields: [
          { id: 'person_name', label: '残疾人姓名', type: 'name' },
          { id: 'person_id_number', label: '残疾人身份证号码', type: 'idNumber' },
          {
            id: 'relation',
            label: '您和残疾人的关系',
            type: 'select',
            options: [
              { value: 'parent', label: '父母' },
              { value: 'spouse', label: '配偶' },
              { value: 'child', label: '子女' },
              { value: 'other', label: '其他亲属或监护人' },
            ],
          },
        ],
      },
      {
        id: 'contact',
        title: '联系地址',
        fields: [{ id: 'home_address', label: '现在住的地址', type: 'address', prefillFrom: 'person.address', help: '上门评定、送证和回访都用这个地址。' }],
      },
      {
        id: 'allowance_payment',
        title: '补贴发放',
        fields: [
          { id: 'bank_account', label: '银行卡号', type: 'bankCard', neededBy: ['living_allowance', 'nursing_allowance'], sensitive: ['bank_card'] },
          { id: 'bank_name', label: '开户银行', type: 'text', neededBy: ['living_allowance', 'nursing_allowance'] },
          {
            id: 'account_holder',
            label: '银行卡的持卡人',
            type: 'select',
            neededBy: ['living_allowance', 'nursing_allowance'],
            options: [
              { value: 'self', label: '残疾人本人' },
              { value: 'guardian', label: '监护人' },
            ],
          },
        ],
      },
    ],
  },
});
