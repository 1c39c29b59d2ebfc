/**
 * 户口迁移 — national key item of the 2024 second batch.
 *
 * Source: 国务院办公厅《"高效办成一件事"2024年度新一批重点事项清单》（国办函〔2024〕53号）; number and title confirmed by
 * a citing document (渝退役军人局〔2025〕7号, 2025-03-18), the list's own text and date not found in the searchable
 * sources. Local practice: no city's 办事指南 for this bundle was found. The steps follow what the rules provide:
 * 户口迁移 "迁入地一站式办理" (the 迁入地 police obtain the 迁移 from the 迁出地 electronically, so the person does not
 * travel back for a 迁移证), the new address on the ID card (《居民身份证法》: cards issued within 60 days — the legal
 * limit below), and 城乡居民养老保险 / 城乡居民医保, which follow the 户籍. Promised limits are demonstration values.
 */
import { defineTheme, source, UPLOAD, when } from '../dsl';

const fromElsewhere = when.isOneOf('from_where', ['other_province', 'same_province']);

export const hukouMove = defineTheme({
  id: 'hukou_move',
  version: '1.0.0',
  title: '户口迁移',
  audience: 'person',
  lifeEvent: 'hukou',
  batch: '2024-2',
  summary:
    '把户口迁到本市，在迁入地一次申请就行，不用再回老家开迁移证；迁好后一起换领新地址的身份证，城乡居民养老保险、医保跟着转过来，驾驶证上的地址一起更新。',
  keywords: ['迁户口', '户口迁移', '落户', '户口迁入', '准迁证', '迁移证', '投靠', '购房落户', '人才落户', '随迁', '户口迁到', '换身份证'],
  promisedDays: 10,
  promiseNote: '身份证制证和邮寄的时间不计算在内。',
  delivery: ['window', 'ems'],
  preconditions: ['符合本市的落户条件（购房、就业、投靠亲属或升学等）。', '迁入的地址有合法固定住所，或者落到单位、人才集体户。'],
  subItems: [
    {
      id: 'move_in_registration',
      name: '户口迁入登记',
      description: '迁入地派出所审核落户条件，在线向迁出地调取户口信息，办好迁入。',
      department: 'police',
      legalDays: 20,
      promisedDays: 5,
      output: { name: '迁入后的户口簿', kind: 'registration' },
    },
    {
      id: 'id_card_renewal',
      name: '居民身份证换领（住址变更）',
      department: 'police',
      legalDays: 60,
      promisedDays: 15,
      output: { name: '新地址的居民身份证', kind: 'card' },
      after: ['move_in_registration'],
      outsidePromise: true,
    },
    {
      id: 'resident_pension_transfer',
      name: '城乡居民基本养老保险关系转移',
      department: 'hrss',
      legalDays: 15,
      promisedDays: 5,
      output: { name: '养老保险关系转入', kind: 'registration' },
      after: ['move_in_registration'],
      byDefault: false,
    },
    {
      id: 'resident_medical_enrollment',
      name: '城乡居民医保参保登记',
      department: 'nhsa',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '医保参保登记', kind: 'registration', electronic: true },
      after: ['move_in_registration'],
      byDefault: false,
    },
    {
      id: 'licence_address_change',
      name: '机动车驾驶证联系地址变更',
      department: 'police',
      legalDays: 1,
      promisedDays: 1,
      output: { name: '驾驶证信息变更', kind: 'record', electronic: true },
      after: ['move_in_registration'],
      byDefault: false,
    },
  ],
  questions: [
    {
      id: 'reason',
      type: 'single',
      text: '您凭什么条件落户？',
      options: [
        { value: 'housing', label: '在本市买了房（购房落户）' },
        { value: 'employment', label: '在本市工作（就业、人才落户）' },
        { value: 'family', label: '投靠亲属（夫妻、父母、子女）' },
        { value: 'study', label: '考上本市的学校（升学）' },
      ],
    },
    {
      id: 'from_where',
      type: 'single',
      text: '现在的户口在哪里？',
      options: [
        { value: 'other_province', label: '外省' },
        { value: 'same_province', label: '本省其他城市' },
        { value: 'same_city', label: '本市其他区（市内迁移）' },
      ],
    },
    { id: 'with_family', type: 'yesNo', text: '配偶或孩子要一起迁过来吗？' },
    {
      id: 'insurance',
      type: 'single',
      text: '您现在参加的是哪种养老保险？',
      help: '城乡居民养老保险和医保跟着户口走，户口迁过来要一起转；职工社保跟着工作单位走，不用转。',
      askWhen: fromElsewhere,
      options: [
        { value: 'employee', label: '职工养老保险（单位交，或灵活就业交）' },
        { value: 'resident', label: '城乡居民养老保险' },
        { value: 'none', label: '没有参加，或不清楚' },
      ],
    },
    { id: 'has_driving_licence', type: 'yesNo', text: '您有机动车驾驶证吗？' },
  ],
  rules: [
    { id: 'by_housing', when: when.is('reason', 'housing'), add: { materials: ['property_cert'] }, why: '购房落户' },
    { id: 'by_employment', when: when.is('reason', 'employment'), add: { materials: ['labour_contract', 'insurance_record'] }, why: '就业落户' },
    { id: 'by_family', when: when.is('reason', 'family'), add: { materials: ['relation_proof', 'host_consent'] }, why: '投靠亲属落户' },
    { id: 'by_study', when: when.is('reason', 'study'), add: { materials: ['admission_notice'] }, why: '升学落户' },
    {
      id: 'within_city',
      when: when.is('from_where', 'same_city'),
      why: '市内迁移',
      notice: '市内迁移的，户口簿由迁入地派出所直接换发，原户口簿交回。',
    },
    {
      id: 'from_other_province',
      when: when.is('from_where', 'other_province'),
      why: '从外省迁入',
      notice: '迁入地派出所在网上向迁出地调取户口信息，您不用回老家开迁移证；如果迁出地需要核实，派出所会联系您。',
    },
    {
      id: 'family_moves',
      when: when.yes('with_family'),
      add: { materials: ['family_documents'] },
      why: '配偶或孩子随迁',
    },
    {
      id: 'resident_insurance_follows',
      when: when.is('insurance', 'resident'),
      add: { subItems: ['resident_pension_transfer', 'resident_medical_enrollment'] },
      why: '城乡居民养老保险和医保跟着户口转到本市',
    },
    { id: 'driving_licence', when: when.yes('has_driving_licence'), add: { subItems: ['licence_address_change'] }, why: '驾驶证上的地址一起更新' },
  ],
  materials: [
    { id: 'id_card', name: '本人的身份证', neededBy: ['move_in_registration', 'id_card_renewal', 'resident_pension_transfer', 'resident_medical_enrollment', 'licence_address_change'], sources: [{ source: source.shared('id_card') }] },
    {
      id: 'current_hukou_book',
      name: '现在的户口簿',
      neededBy: ['move_in_registration'],
      sources: [
        { when: when.is('from_where', 'same_city'), source: source.shared('hukou') },
        // A 户口 outside the city is not in the local library.
        { source: source.upload(UPLOAD.photoOrPdf('户口簿首页和本人页。', 2)) },
      ],
    },
    {
      id: 'property_cert',
      name: '本市住房的不动产权证书',
      neededBy: ['move_in_registration'],
      byDefault: false,
      sources: [{ source: source.shared('real_estate_cert', '不动产权证书的登记页。') }],
    },
    {
      id: 'labour_contract',
      name: '劳动合同',
      neededBy: ['move_in_registration'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.pdf('和本市单位签订的劳动合同，含签字盖章页。')) }],
    },
    {
      id: 'insurance_record',
      name: '本市社保缴费记录',
      neededBy: ['move_in_registration'],
      byDefault: false,
      sources: [{ source: source.shared('social_insurance_record') }],
    },
    {
      id: 'relation_proof',
      name: '和被投靠人的关系证明',
      description: '夫妻投靠用结婚证，投靠父母或子女用户口簿或出生医学证明。',
      neededBy: ['move_in_registration'],
      byDefault: false,
      sources: [{ source: source.shared('marriage_cert', '结婚证，或能证明亲属关系的户口簿、出生医学证明。') }],
    },
    {
      id: 'host_consent',
      name: '被投靠人同意落户的书面意见',
      neededBy: ['move_in_registration'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('被投靠人签字的同意落户书。')) }],
    },
    {
      id: 'admission_notice',
      name: '录取通知书',
      neededBy: ['move_in_registration'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('学校的录取通知书。')) }],
    },
    {
      id: 'family_documents',
      name: '随迁家属的身份证和户口簿',
      description: '孩子没有身份证的，交出生医学证明。',
      neededBy: ['move_in_registration'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('每位随迁家属的身份证正反面和户口簿本人页。', 10)) }],
    },
    {
      id: 'id_photo',
      name: '身份证相片',
      description: '照相馆拍的数码相片回执，或到派出所现场拍。',
      neededBy: ['id_card_renewal'],
      sources: [{ source: source.shared('id_card_photo', '照相馆出具的身份证数码相片回执。') }],
    },
    {
      id: 'new_hukou_book',
      name: '迁入后的户口簿',
      neededBy: ['id_card_renewal', 'resident_pension_transfer', 'resident_medical_enrollment', 'licence_address_change'],
      sources: [{ source: source.internal('move_in_registration') }, { source: source.shared('hukou') }],
    },
    { id: 'driving_licence', name: '机动车驾驶证', neededBy: ['licence_address_change'], sources: [{ source: source.shared('driver_license') }] },
  ],
  form: {
    sections: [
      {
        id: 'applicant',
        title: '申请人',
        fields: [
          { id: 'applicant_name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'applicant_id_number', label: '身份证号码', type: 'idNumber', prefillFrom: 'person.idNumber' },
          { id: 'applicant_phone', label: '手机号码', type: 'phone', prefillFrom: 'person.phone' },
          { id: 'current_hukou_address', label: '现在的户籍地址', type: 'address', prefillFrom: 'person.hukouAddress' },
        ],
      },
      {
        id: 'destination',
        title: '迁入地址',
        fields: [{ id: 'new_address', label: '迁入的详细地址', type: 'address' }],
      },
      {
        id: 'family',
        title: '随迁家属',
        askWhen: when.yes('with_family'),
        fields: [
          { id: 'family_names', label: '随迁家属的姓名和关系', type: 'textarea', placeholder: '如：刘芳（配偶）、王小宝（儿子）', validation: { maxLength: 200 } },
        ],
      },
      {
        id: 'delivery',
        title: '新身份证邮寄地址',
        fields: [
          { id: 'delivery_name', label: '收件人', type: 'name', prefillFrom: 'delivery.name' },
          { id: 'delivery_phone', label: '收件人电话', type: 'phone', prefillFrom: 'delivery.phone' },
          { id: 'delivery_address', label: '收件地址', type: 'address', prefillFrom: 'delivery.address' },
        ],
      },
    ],
  },
});
