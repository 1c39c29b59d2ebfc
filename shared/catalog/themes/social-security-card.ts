import { defineTheme, source, UPLOAD, when } from '../dsl';

const forChild = when.is('for_whom', 'child');

export const socialSecurityCard = defineTheme({
  id: 'social_security_card',
  version: '1.0.0',
  title: '社会保障卡居民服务',
  audience: 'person',
  lifeEvent: 'social_security',
  batch: '2024-1',
  summary: '一次办好社保卡的申领、补换或信息变更，同时开通看病买药、坐公交地铁等用卡功能。社保卡可以看病、领养老金和各种补贴。',
  keywords: ['社保卡', '办社保卡', '补办社保卡', '社保卡丢了', '换社保卡', '电子社保卡', '一卡通', '医保卡', '乘车', '就医购药'],
  promisedDays: 6,
  promiseNote: '制卡和邮寄的时间不计算在内。',
  delivery: ['window', 'ems', 'electronic'],
  subItems: [
    { id: 'card_application', name: '社会保障卡申领', department: 'hrss', legalDays: 20, promisedDays: 5, output: { name: '社会保障卡', kind: 'card', electronic: true }, byDefault: false },
    { id: 'card_replacement', name: '社会保障卡挂失补换', department: 'hrss', legalDays: 20, promisedDays: 5, output: { name: '新的社会保障卡', kind: 'card', electronic: true }, byDefault: false },
    { id: 'info_change', name: '社会保障卡信息变更', department: 'hrss', legalDays: 5, promisedDays: 1, output: { name: '变更后的持卡信息', kind: 'record' }, byDefault: false },
    { id: 'medical_function', name: '就医购药功能开通（医保电子凭证激活）', department: 'nhsa', legalDays: 1, promisedDays: 0, output: { name: '医保电子凭证', kind: 'record', electronic: true } },
    {
      id: 'transport_function',
      name: '公共交通乘车功能开通',
      department: 'transport',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '社保卡乘车功能', kind: 'record' },
      after: ['card_application', 'card_replacement'],
      byDefault: false,
    },
  ],
  questions: [
    {
      id: 'need',
      type: 'single',
      text: '您要办什么？',
      options: [
        { value: 'new', label: '第一次办社保卡' },
        { value: 'replace', label: '卡丢了或坏了，补办换新' },
        { value: 'change_info', label: '姓名、身份证号等信息变了' },
      ],
    },
    {
      id: 'for_whom',
      type: 'single',
      text: '给谁办？',
      options: [
        { value: 'self', label: '我自己' },
        { value: 'child', label: '未成年的孩子' },
        { value: 'elder', label: '家里的老人（我代办）' },
      ],
    },
    { id: 'enable_transport', type: 'yesNo', text: '要开通坐公交、地铁的功能吗？', askWhen: when.not(when.is('need', 'change_info')) },
    { id: 'want_mail', type: 'yesNo', text: '做好的卡要免费邮寄到家吗？', askWhen: when.not(when.is('need', 'change_info')) },
  ],
  rules: [
    { id: 'new_card', when: when.is('need', 'new'), add: { subItems: ['card_application'] }, why: '第一次办卡' },
    { id: 'replace_card', when: when.is('need', 'replace'), add: { subItems: ['card_replacement'] }, why: '补办换新' },
    { id: 'change_info', when: when.is('need', 'change_info'), add: { subItems: ['info_change'], materials: ['change_proof'] }, why: '持卡人信息变了' },
    { id: 'transport', when: when.yes('enable_transport'), add: { subItems: ['transport_function'] }, why: '开通乘车功能' },
    { id: 'agent', when: when.not(when.is('for_whom', 'self')), add: { materials: ['agent_id_card'] }, why: '由家人代办' },
    { id: 'minor_card', when: forChild, why: '给未成年人办卡', requireConsent: ['minor'] },
  ],
  materials: [
    {
      id: 'holder_id',
      name: '持卡人的身份证（孩子用户口簿）',
      neededBy: ['card_application', 'card_replacement', 'info_change', 'medical_function'],
      sources: [{ when: forChild, source: source.shared('hukou') }, { source: source.shared('id_card') }],
    },
    {
      id: 'photo',
      name: '持卡人的证件照',
      neededBy: ['card_application', 'card_replacement'],
      sources: [{ when: when.not(forChild), source: source.shared('id_card_photo') }, { source: source.upload(UPLOAD.idPhoto()) }],
      sensitive: ['id_photo'],
    },
    { id: 'agent_id_card', name: '代办人的身份证', neededBy: ['card_application', 'card_replacement', 'info_change'], byDefault: false, sources: [{ source: source.shared('id_card') }] },
    {
      id: 'change_proof',
      name: '信息变更的证明',
      neededBy: ['info_change'],
      byDefault: false,
      sources: [{ source: source.shared('hukou', '户口簿变更页或公安机关出具的变更证明。') }],
    },
  ],
  form: {
    sections: [
      {
        id: 'holder',
        title: '持卡人',
        fields: [
          { id: 'holder_name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'holder_id_number', label: '身份证号码', type: 'idNumber', prefillFrom: 'person.idNumber' },
          { id: 'holder_phone', label: '手机号码', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
      {
        id: 'delivery',
        title: '邮寄地址',
        askWhen: when.yes('want_mail'),
        fields: [
          { id: 'delivery_name', label: '收件人', type: 'name', prefillFrom: 'delivery.name' },
          { id: 'delivery_phone', label: '收件人电话', type: 'phone', prefillFrom: 'delivery.phone' },
          { id: 'delivery_address', label: '收件地址', type: 'address', prefillFrom: 'delivery.address' },
        ],
      },
    ],
  },
});
