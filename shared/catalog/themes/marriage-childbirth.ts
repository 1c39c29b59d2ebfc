/**
 * 公民婚育 — national key item of the 2024 second batch.
 *
 * Source: 国务院办公厅《"高效办成一件事"2024年度新一批重点事项清单》（国办函〔2024〕53号）; number and title confirmed by
 * a citing document (渝退役军人局〔2025〕7号, 2025-03-18), the list's own text and date not found in the searchable
 * sources. Local practice: no city's 办事指南 for this bundle was found. The steps follow the rules they rest on:
 * 《婚姻登记条例》(registration on the spot when the conditions are met; the 2025 revision lets couples register
 * anywhere in the country, not only where one of them has 户口), 户口登记项目变更 for 婚姻状况, 夫妻投靠落户, and
 * the 生育登记 of the health commission. 婚前医学检查 and 孕前优生健康检查 are voluntary and free in most places;
 * here they are booked, not performed. Promised limits are demonstration values.
 */
import { defineTheme, source, UPLOAD, when } from '../dsl';

const someLocal = when.isOneOf('local_hukou', ['both', 'one']);

export const marriageChildbirth = defineTheme({
  id: 'marriage_childbirth',
  version: '1.0.0',
  title: '公民婚育',
  audience: 'person',
  lifeEvent: 'marriage',
  batch: '2024-2',
  summary:
    '领结婚证时一次申请：结婚登记后，户口簿上的婚姻状况跟着改，想把户口迁到一起的一并办理；还可以预约免费婚检、孕前检查，怀孕了的同时办生育登记。',
  keywords: ['结婚', '领证', '结婚登记', '结婚证', '婚姻登记', '婚检', '婚前检查', '孕前检查', '生育登记', '怀孕', '夫妻投靠', '随迁户口', '婚育'],
  promisedDays: 5,
  promiseNote: '结婚登记当场办结；夫妻投靠落户的时间从结婚登记办好起计算。',
  delivery: ['window', 'electronic'],
  preconditions: ['男方年满 22 周岁、女方年满 20 周岁。', '双方都没有配偶，也不是直系血亲或三代以内的旁系血亲。', '结婚登记要双方本人一起到婚姻登记处。'],
  subItems: [
    {
      id: 'premarital_checkup',
      name: '婚前医学检查预约',
      department: 'health',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '婚检预约', kind: 'record' },
      byDefault: false,
    },
    {
      id: 'marriage_registration',
      name: '结婚登记',
      department: 'civil',
      legalDays: 1,
      promisedDays: 0,
      output: { name: '结婚证', kind: 'certificate', electronic: true },
    },
    {
      id: 'hukou_marital_status',
      name: '户口登记项目变更（婚姻状况）',
      department: 'police',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '户口簿婚姻状况变更', kind: 'registration' },
      after: ['marriage_registration'],
    },
    {
      id: 'spouse_hukou_move',
      name: '夫妻投靠落户',
      department: 'police',
      legalDays: 20,
      promisedDays: 5,
      output: { name: '户口迁入登记', kind: 'registration' },
      after: ['marriage_registration'],
      byDefault: false,
    },
    {
      id: 'pregnancy_checkup',
      name: '孕前优生健康检查预约',
      department: 'health',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '孕前检查预约', kind: 'record' },
      after: ['marriage_registration'],
      byDefault: false,
    },
    {
      id: 'birth_registration',
      name: '生育登记',
      department: 'health',
      legalDays: 5,
      promisedDays: 0,
      output: { name: '生育登记回执', kind: 'record', electronic: true },
      after: ['marriage_registration'],
      byDefault: false,
    },
  ],
  questions: [
    {
      id: 'local_hukou',
      type: 'single',
      text: '你们两个人的户口在本市吗？',
      help: '现在全国都能办结婚登记；户口簿上的婚姻状况和落户，要户口在本市才能在这里改。',
      options: [
        { value: 'both', label: '两个人都是本市户口' },
        { value: 'one', label: '只有一个人是本市户口' },
        { value: 'none', label: '都不是本市户口' },
      ],
    },
    {
      id: 'spouse_moves_hukou',
      type: 'yesNo',
      text: '外地户口的一方要把户口迁过来吗？',
      askWhen: when.is('local_hukou', 'one'),
    },
    { id: 'married_before', type: 'yesNo', text: '你们中有人以前结过婚吗？', help: '离过婚或丧偶的，要带离婚证、离婚判决书或配偶的死亡证明。' },
    { id: 'want_checkup', type: 'yesNo', text: '要预约免费的婚前医学检查吗？' },
    {
      id: 'childbearing',
      type: 'single',
      text: '关于生孩子，现在是什么情况？',
      options: [
        { value: 'not_yet', label: '暂时没有打算' },
        { value: 'planning', label: '准备要孩子' },
        { value: 'pregnant', label: '已经怀孕了' },
      ],
    },
  ],
  rules: [
    {
      id: 'no_local_hukou',
      when: when.is('local_hukou', 'none'),
      remove: { subItems: ['hukou_marital_status'] },
      why: '两个人都不是本市户口',
      notice: '户口簿上的婚姻状况要到户籍地派出所变更，带上结婚证即可。',
    },
    {
      id: 'spouse_moves',
      when: when.yes('spouse_moves_hukou'),
      add: { subItems: ['spouse_hukou_move'], materials: ['spouse_hukou_book', 'host_housing_proof'] },
      why: '外地户口的一方投靠落户',
    },
    { id: 'remarriage', when: when.yes('married_before'), add: { materials: ['previous_marriage_end'] }, why: '以前结过婚' },
    { id: 'checkup', when: when.yes('want_checkup'), add: { subItems: ['premarital_checkup'] }, why: '您预约了婚前医学检查' },
    { id: 'planning', when: when.is('childbearing', 'planning'), add: { subItems: ['pregnancy_checkup'] }, why: '准备要孩子，预约孕前检查' },
    {
      id: 'pregnant',
      when: when.is('childbearing', 'pregnant'),
      add: { subItems: ['birth_registration'] },
      why: '已经怀孕，办理生育登记',
      notice: '生育登记后，请到社区卫生服务中心建立孕产妇保健手册，定期产检。',
    },
  ],
  materials: [
    {
      id: 'id_card',
      name: '本人的身份证',
      neededBy: ['marriage_registration', 'hukou_marital_status', 'spouse_hukou_move', 'premarital_checkup', 'pregnancy_checkup', 'birth_registration'],
      sources: [{ source: source.shared('id_card') }],
    },
    {
      id: 'partner_id',
      name: '对方的身份证',
      neededBy: ['marriage_registration', 'premarital_checkup', 'pregnancy_checkup', 'birth_registration'],
      // The other person's card: uploaded, not read from the applicant's records.
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('对方身份证正反面。', 2)) }],
    },
    {
      id: 'hukou_book',
      name: '本市一方的户口簿',
      // Not for the registration itself: since the 2025 revision an ID card is enough there.
      neededBy: ['hukou_marital_status', 'spouse_hukou_move'],
      sources: [{ source: source.shared('hukou') }],
    },
    {
      id: 'couple_photo',
      name: '双方合影的两寸半身照',
      description: '红色背景，不戴帽子和有色眼镜，婚姻登记处也可以现场拍。',
      neededBy: ['marriage_registration'],
      sources: [
        {
          source: source.upload({
            mimeTypes: ['image/jpeg'],
            maxBytes: 2 * 1024 * 1024,
            count: { min: 1, max: 1 },
            tip: '两人红底合影，正面免冠，脸部清楚。',
          }),
        },
      ],
      sensitive: ['id_photo'],
    },
    {
      id: 'marriage_declaration',
      name: '申请结婚登记声明',
      neededBy: ['marriage_registration'],
      sources: [
        {
          source: source.promise('本人声明：本人没有配偶，与对方不是直系血亲或三代以内的旁系血亲，自愿结婚。如有不实，愿意承担法律责任。'),
        },
      ],
    },
    {
      id: 'previous_marriage_end',
      name: '离婚证、离婚判决书（调解书）或原配偶的死亡证明',
      neededBy: ['marriage_registration'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('离婚证或判决书（调解书）全部页，丧偶的拍死亡证明。', 6)) }],
    },
    {
      id: 'marriage_cert',
      name: '结婚证',
      neededBy: ['hukou_marital_status', 'spouse_hukou_move', 'birth_registration'],
      sources: [{ source: source.internal('marriage_registration') }, { source: source.shared('marriage_cert', '结婚证持证人信息页和登记页。') }],
    },
    {
      id: 'spouse_hukou_book',
      name: '迁入一方的户口簿',
      neededBy: ['spouse_hukou_move'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('迁入一方户口簿的首页和本人页。', 2)) }],
    },
    {
      id: 'host_housing_proof',
      name: '本市一方的住房证明',
      description: '落户地址的不动产权证书；住在父母家的，要房主同意落户。',
      neededBy: ['spouse_hukou_move'],
      byDefault: false,
      sources: [{ source: source.shared('real_estate_cert', '落户地址的不动产权证书，房主不是本人的另附房主签字的同意落户书。') }],
    },
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
        ],
      },
      {
        id: 'partner',
        title: '对方的信息',
        fields: [
          { id: 'partner_name', label: '对方姓名', type: 'name' },
          { id: 'partner_id_number', label: '对方身份证号码', type: 'idNumber' },
          { id: 'partner_phone', label: '对方手机号码', type: 'phone' },
        ],
      },
      {
        id: 'appointment',
        title: '预约',
        fields: [
          { id: 'registration_date', label: '想在哪天办理结婚登记', type: 'date', dateRange: { earliest: { daysFromToday: 1 }, latest: { daysFromToday: 90 } } },
          { id: 'new_hukou_address', label: '迁入的地址', type: 'address', askWhen: when.yes('spouse_moves_hukou'), neededBy: ['spouse_hukou_move'] },
        ],
      },
    ],
  },
});
