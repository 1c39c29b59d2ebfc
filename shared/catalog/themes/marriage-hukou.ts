/**
 * 结婚落户（公民婚育）— 2025 first national batch.
 *
 * National list: 国务院办公厅关于印发《"高效办成一件事"2025年度第一批重点事项清单》的通知（国办函〔2025〕3号, as cited
 * by 汕府办函〔2025〕60号). The national item's exact name could not be confirmed: 四川省人民政府办公厅 川办发〔2025〕3号
 * (2025-01-26) lists "结婚落户" among the year's 一件事, and issue 18 calls it 公民婚育; both names are searchable.
 * The list's own text was not found in the reference corpus.
 * Practice followed: 结婚登记 at the 婚姻登记机关 (即办; the 2025 revision of 《婚姻登记条例》 no longer ties it to the
 * place of 户籍 nor asks for the 户口簿), then, for a couple with one local 户口, 夫妻投靠 户口迁入 (跨省迁移 done
 * in one place, at the 迁入地, since 公安部's 2023 户口迁移"跨省通办"), the household register's 婚姻状况 updated,
 * and optionally the free 婚前医学检查 and 生育登记 (卫生健康), with the 城乡居民医保 following the 户口. Promised
 * days are common city figures; no single city's 办事指南 for this bundle was found, so no overlay.
 */
import { defineTheme, source, UPLOAD, when } from '../dsl';

const moves = when.yes('move_hukou');

export const marriageHukou = defineTheme({
  id: 'marriage_hukou',
  version: '1.0.0',
  title: '结婚落户',
  audience: 'person',
  lifeEvent: 'marriage',
  batch: '2025-1',
  summary:
    '领结婚证后要办的事一次申请：结婚登记、户口簿上的婚姻状况更新、一方把户口迁过来，还可以一起预约免费婚检、办生育登记，医保跟着户口转过来。',
  keywords: ['结婚', '领证', '登记结婚', '结婚证', '结婚登记', '结婚落户', '公民婚育', '婚育', '夫妻投靠', '投靠落户', '迁户口', '户口迁移', '婚检', '婚前检查'],
  promisedDays: 10,
  promiseNote: '婚前医学检查按预约的日期进行，不计算在内。',
  delivery: ['window', 'ems'],
  preconditions: ['男方年满 22 周岁、女方年满 20 周岁，双方都没有配偶，也不是直系血亲或三代以内旁系血亲。', '结婚登记要两个人一起到婚姻登记机关，当面签字。'],
  subItems: [
    {
      id: 'marriage_registration',
      name: '结婚登记',
      department: 'civil',
      legalDays: 1,
      promisedDays: 0,
      output: { name: '结婚证', kind: 'certificate', electronic: true },
    },
    {
      id: 'premarital_check',
      name: '免费婚前医学检查预约',
      department: 'health',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '婚前医学检查证明', kind: 'record' },
      byDefault: false,
    },
    {
      id: 'hukou_marital_update',
      name: '户口簿婚姻状况变更',
      department: 'police',
      legalDays: 1,
      promisedDays: 1,
      output: { name: '更新后的户口簿本人页', kind: 'registration' },
      after: ['marriage_registration'],
    },
    {
      id: 'hukou_move',
      name: '户口迁入（夫妻投靠）',
      description: '外地或外区的一方把户口迁到本市这一方的户里，迁出手续由公安机关内部办好。',
      department: 'police',
      legalDays: 20,
      promisedDays: 5,
      output: { name: '迁入后的户口簿', kind: 'registration' },
      after: ['marriage_registration'],
      byDefault: false,
    },
    {
      id: 'resident_insurance_transfer',
      name: '城乡居民医保参保地变更',
      department: 'nhsa',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '本市城乡居民医保参保登记', kind: 'registration', electronic: true },
      after: ['hukou_move'],
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
      text: '你们两个人的户口在哪里？',
      options: [
        { value: 'both', label: '两个人都是本市户口' },
        { value: 'one', label: '只有一个人是本市户口' },
        { value: 'none', label: '两个人都不是本市户口' },
      ],
    },
    {
      id: 'move_hukou',
      type: 'yesNo',
      text: '不是本市户口的一方，要把户口迁过来吗？',
      help: '结婚后可以投靠配偶落户，迁出地的手续不用您回去办。',
      askWhen: when.is('local_hukou', 'one'),
    },
    {
      id: 'move_from',
      type: 'single',
      text: '要迁过来的户口现在在哪里？',
      askWhen: moves,
      options: [
        { value: 'same_province', label: '本省其他地方' },
        { value: 'other_province', label: '外省' },
      ],
    },
    {
      id: 'resident_insured',
      type: 'yesNo',
      text: '迁户口的一方，现在在老家参加的是城乡居民医保吗？',
      help: '户口迁过来后，城乡居民医保可以转到本市；在单位参加职工医保的不用转。',
      askWhen: moves,
    },
    { id: 'want_check', type: 'yesNo', text: '要预约免费的婚前医学检查吗？', help: '婚检自愿、免费，可以了解双方健康情况。' },
    { id: 'plan_birth', type: 'yesNo', text: '要同时办生育登记吗？', help: '已经怀孕或者打算要孩子的，可以一起登记，孕期检查和生育保险都用得上。' },
  ],
  rules: [
    {
      id: 'none_local',
      when: when.is('local_hukou', 'none'),
      remove: { subItems: ['hukou_marital_update'] },
      why: '两个人都不是本市户口',
      notice: '结婚登记不再限于户口所在地，可以在本市办；户口簿上的婚姻状况请到各自的户籍地派出所更新。',
    },
    {
      id: 'move_in',
      when: moves,
      add: { subItems: ['hukou_move'], materials: ['mover_hukou', 'host_hukou'] },
      why: '一方投靠配偶落户',
    },
    {
      id: 'cross_province',
      when: when.is('move_from', 'other_province'),
      why: '户口从外省迁入',
      notice: '跨省迁户口在本市一次办好：迁入地公安机关直接向迁出地核实，您不用回老家开准迁证和迁移证。',
    },
    {
      id: 'insurance_follows',
      when: when.yes('resident_insured'),
      add: { subItems: ['resident_insurance_transfer'] },
      why: '城乡居民医保跟着户口转到本市',
      notice: '老家的城乡居民医保当年已经交了费的，本年度仍在老家享受待遇，下一年度起在本市参保。',
    },
    { id: 'premarital_check', when: when.yes('want_check'), add: { subItems: ['premarital_check'] }, why: '您选择预约免费婚检' },
    { id: 'birth_registration', when: when.yes('plan_birth'), add: { subItems: ['birth_registration'] }, why: '您选择一起办生育登记' },
  ],
  materials: [
    {
      id: 'applicant_id',
      name: '本人的身份证',
      neededBy: ['marriage_registration', 'premarital_check', 'hukou_marital_update', 'hukou_move', 'birth_registration'],
      sources: [{ source: source.shared('id_card') }],
    },
    {
      id: 'partner_id',
      name: '对方的身份证',
      neededBy: ['marriage_registration', 'premarital_check', 'hukou_move', 'birth_registration'],
      // The other person's card: the applicant's own shared records cannot supply it.
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('对方身份证正反面。', 2)) }],
    },
    {
      id: 'couple_photo',
      name: '双方近期合影',
      description: '2 寸半身免冠合影，红色背景，用于结婚证。',
      neededBy: ['marriage_registration'],
      sources: [{ source: source.upload(UPLOAD.idPhoto('两人并排的 2 寸红底合影，露出双耳，不戴帽子和有色眼镜。')) }],
      sensitive: ['id_photo'],
    },
    {
      id: 'marriage_declaration',
      name: '申请结婚登记声明书',
      description: '声明双方都没有配偶、也不是不能结婚的亲属关系。',
      neededBy: ['marriage_registration'],
      sources: [{ source: source.promise('我们承诺到婚姻登记机关当面签署《申请结婚登记声明书》，所填内容真实；如有不实，愿意承担法律责任。') }],
    },
    {
      id: 'marriage_cert',
      name: '结婚证',
      neededBy: ['hukou_marital_update', 'hukou_move', 'birth_registration'],
      sources: [
        { source: source.internal('marriage_registration') },
        { source: source.shared('marriage_cert', '结婚证持证人信息页和登记页。') },
      ],
    },
    {
      id: 'own_hukou',
      name: '本人的户口簿',
      neededBy: ['hukou_marital_update'],
      sources: [{ source: source.shared('hukou', '户口簿首页和本人页。') }],
    },
    {
      id: 'host_hukou',
      name: '迁入地（本市一方）的户口簿',
      neededBy: ['hukou_move'],
      byDefault: false,
      sources: [{ source: source.shared('hukou', '户口簿首页、户主页和本人页。') }],
    },
    {
      id: 'mover_hukou',
      name: '迁户口一方的户口簿',
      neededBy: ['hukou_move'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('户口簿首页和迁户口的人那一页。', 2)) }],
    },
  ],
  form: {
    sections: [
      {
        id: 'applicant',
        title: '本人',
        fields: [
          { id: 'applicant_name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'applicant_id_number', label: '身份证号码', type: 'idNumber', prefillFrom: 'person.idNumber' },
          { id: 'applicant_phone', label: '手机号码', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
      {
        id: 'partner',
        title: '对方',
        fields: [
          { id: 'partner_name', label: '对方姓名', type: 'name' },
          { id: 'partner_id_number', label: '对方身份证号码', type: 'idNumber' },
          { id: 'partner_phone', label: '对方手机号码', type: 'phone' },
        ],
      },
      {
        id: 'registration',
        title: '登记预约',
        fields: [
          { id: 'registration_date', label: '想去登记的日期', type: 'date', dateRange: { earliest: { daysFromToday: 1 }, latest: { daysFromToday: 60 } } },
          { id: 'move_to_address', label: '户口迁入的地址（本市一方的户籍地址）', type: 'address', askWhen: moves },
        ],
      },
    ],
  },
});
