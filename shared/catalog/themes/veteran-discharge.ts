/**
 * 军人退役 — national key item of the 2024 second batch.
 *
 * Source: 国务院办公厅《"高效办成一件事"2024年度新一批重点事项清单》（国办函〔2024〕53号）, cited by 重庆市退役军人事务局等5部门
 * 《关于军人退役"一件事"迭代升级为退役军人服务"一件事"的通知》（渝退役军人局〔2025〕7号, 2025-03-18). The list's own text
 * and date were not found in the searchable sources.
 * Local practice followed: Chongqing's 军人退役"一件事" (live on 渝快办 since 2023-09), which from 2025-03-01 adds
 * 自主就业职业技能培训和就业创业指导, 社会保障卡（含电子社保卡）申领 and 基本医疗保险变更登记 to the existing joint items.
 * 《退役军人保障法》第14–18条: 报到 with the 退役证明 at the 安置地 退役军人 department, the 优待证 issued on receipt,
 * 户口登记 by the 安置地 police, 社会保险关系 transferred by the 原部队 to the 安置地. Time limits are demonstration values
 * where the law sets none.
 */
import { defineTheme, source, UPLOAD, when } from '../dsl';

export const veteranDischarge = defineTheme({
  id: 'veteran_discharge',
  version: '1.0.0',
  title: '军人退役',
  audience: 'person',
  lifeEvent: 'veteran',
  batch: '2024-2',
  summary:
    '退役回到安置地，报到时一次申请：领退役军人优待证、恢复户口、养老和医疗保险接续、办社保卡；自主就业的，一次性经济补助和职业技能培训、就业创业指导一起办。',
  keywords: ['退伍', '退役', '退伍军人', '退役军人', '退伍报到', '退役报到', '优待证', '退役士兵', '自主就业', '安置', '复员', '转业', '当兵回来'],
  promisedDays: 10,
  promiseNote: '优待证和社保卡制卡、邮寄的时间不计算在内；一次性经济补助按当地发放批次到账。',
  delivery: ['window', 'ems'],
  preconditions: ['已经拿到部队出具的退出现役证明和《退役士兵接收安置通知书》（或相应的介绍信）。', '在规定时间内到安置地报到（一般为离队后 30 天内）。'],
  subItems: [
    {
      id: 'veteran_report',
      name: '退役报到',
      description: '安置地退役军人事务局核验退役证明，登记报到，接收人事档案。',
      department: 'veterans',
      legalDays: 1,
      promisedDays: 0,
      output: { name: '报到登记', kind: 'record' },
    },
    {
      id: 'preferential_card',
      name: '退役军人优待证申领',
      department: 'veterans',
      legalDays: 30,
      promisedDays: 10,
      output: { name: '退役军人优待证', kind: 'card' },
      after: ['veteran_report'],
      outsidePromise: true,
    },
    {
      id: 'hukou_restore',
      name: '退役军人户口登记',
      department: 'police',
      legalDays: 10,
      promisedDays: 1,
      output: { name: '户口簿（恢复户口）', kind: 'registration' },
      after: ['veteran_report'],
      byDefault: false,
    },
    {
      id: 'pension_transfer',
      name: '基本养老保险关系接续',
      department: 'hrss',
      legalDays: 15,
      promisedDays: 5,
      output: { name: '养老保险关系转入', kind: 'registration' },
      after: ['veteran_report'],
    },
    {
      id: 'medical_transfer',
      name: '基本医疗保险关系接续（变更登记）',
      department: 'nhsa',
      legalDays: 15,
      promisedDays: 5,
      output: { name: '医保关系转入', kind: 'registration' },
      after: ['veteran_report'],
    },
    {
      id: 'ss_card',
      name: '社会保障卡（含电子社保卡）申领',
      department: 'hrss',
      legalDays: 20,
      promisedDays: 1,
      output: { name: '社会保障卡', kind: 'card', electronic: true },
      after: ['pension_transfer'],
      byDefault: false,
    },
    {
      id: 'lump_sum_subsidy',
      name: '自主就业一次性经济补助',
      department: 'veterans',
      legalDays: 30,
      promisedDays: 10,
      output: { name: '一次性经济补助发放', kind: 'benefit' },
      after: ['veteran_report'],
      byDefault: false,
    },
    {
      id: 'job_training',
      name: '职业技能培训和就业创业指导登记',
      department: 'hrss',
      legalDays: 5,
      promisedDays: 2,
      output: { name: '培训和就业指导登记', kind: 'record' },
      after: ['veteran_report'],
      byDefault: false,
    },
  ],
  questions: [
    {
      id: 'placement',
      type: 'single',
      text: '您的安置方式是哪一种？',
      help: '看《退役士兵接收安置通知书》上写的安置方式。',
      options: [
        { value: 'self_employed', label: '自主就业' },
        { value: 'arranged', label: '安排工作' },
        { value: 'other', label: '其他（退休、供养等）' },
      ],
    },
    {
      id: 'hukou_cancelled',
      type: 'yesNo',
      text: '当兵时户口注销了吗？',
      help: '户口注销了的，要在安置地恢复户口；没注销的不用办。',
    },
    { id: 'has_ss_card', type: 'yesNo', text: '您已经有社会保障卡了吗？' },
    {
      id: 'wants_training',
      type: 'yesNo',
      text: '需要免费的职业技能培训或者就业创业指导吗？',
      askWhen: when.is('placement', 'self_employed'),
    },
    { id: 'was_student', type: 'yesNo', text: '入伍前您是在校大学生吗？' },
  ],
  rules: [
    {
      id: 'self_employed',
      when: when.is('placement', 'self_employed'),
      add: { subItems: ['lump_sum_subsidy'], materials: ['bank_card'] },
      why: '自主就业，发放一次性经济补助',
    },
    { id: 'training', when: when.yes('wants_training'), add: { subItems: ['job_training'] }, why: '您需要培训或就业创业指导' },
    {
      id: 'arranged_job',
      when: when.is('placement', 'arranged'),
      why: '安排工作',
      notice: '安排工作的岗位按当年安置计划分配，由退役军人事务局另行通知，不在这次办理范围内。',
    },
    {
      id: 'other_placement',
      when: when.is('placement', 'other'),
      remove: { subItems: ['pension_transfer', 'medical_transfer'] },
      why: '退休或供养安置',
      notice: '退休、供养等安置方式的待遇由退役军人事务局按规定另行办理，工作人员会和您联系。',
    },
    {
      id: 'restore_hukou',
      when: when.yes('hukou_cancelled'),
      add: { subItems: ['hukou_restore'], materials: ['family_hukou_book'] },
      why: '当兵时户口注销了，在安置地恢复户口',
    },
    { id: 'need_ss_card', when: when.no('has_ss_card'), add: { subItems: ['ss_card'] }, why: '还没有社会保障卡' },
    {
      id: 'student',
      when: when.yes('was_student'),
      why: '入伍前是在校大学生',
      notice: '退役大学生士兵可以申请复学，学费按规定资助；请在退役后 2 年内向原学校提出复学申请。',
    },
  ],
  materials: [
    { id: 'id_card', name: '本人的身份证', neededBy: ['veteran_report', 'preferential_card', 'hukou_restore', 'pension_transfer', 'medical_transfer', 'ss_card', 'lump_sum_subsidy', 'job_training'], sources: [{ source: source.shared('id_card') }] },
    {
      id: 'discharge_cert',
      name: '退出现役证明（退伍证或士官退出现役证）',
      neededBy: ['veteran_report', 'preferential_card', 'hukou_restore', 'lump_sum_subsidy'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('退出现役证明的照片页和内容页。', 2)) }],
    },
    {
      id: 'placement_notice',
      name: '《退役士兵接收安置通知书》或行政介绍信',
      neededBy: ['veteran_report'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('部队出具的安置通知书或介绍信。', 2)) }],
    },
    {
      id: 'personnel_file',
      name: '人事档案',
      neededBy: ['veteran_report'],
      sources: [{ source: source.promise('人事档案由原部队通过机要渠道寄送安置地退役军人事务局，本人不用自带。') }],
    },
    {
      id: 'insurance_transfer_proof',
      name: '军人退役养老、医疗保险关系转移凭证',
      description: '部队开具的参保缴费凭证和转移接续信息表。',
      neededBy: ['pension_transfer', 'medical_transfer'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('部队开具的养老、医疗保险参保缴费凭证和转移信息表。', 6)) }],
    },
    {
      id: 'family_hukou_book',
      name: '家庭户口簿',
      description: '落户到家里的户口簿。',
      neededBy: ['hukou_restore'],
      byDefault: false,
      sources: [{ source: source.shared('hukou') }],
    },
    {
      id: 'photo',
      name: '证件照',
      neededBy: ['preferential_card', 'ss_card'],
      sources: [{ source: source.upload(UPLOAD.idPhoto()) }],
      sensitive: ['id_photo'],
    },
    {
      id: 'bank_card',
      name: '本人的银行卡',
      description: '一次性经济补助发到这张卡上（社保卡的银行账户也可以）。',
      neededBy: ['lump_sum_subsidy'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('拍银行卡正面，能看清卡号和开户银行即可。', 1)) }],
      sensitive: ['bank_card'],
    },
  ],
  form: {
    sections: [
      {
        id: 'applicant',
        title: '退役军人',
        fields: [
          { id: 'applicant_name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'applicant_id_number', label: '身份证号码', type: 'idNumber', prefillFrom: 'person.idNumber' },
          { id: 'applicant_phone', label: '手机号码', type: 'phone', prefillFrom: 'person.phone' },
          { id: 'discharge_date', label: '退出现役时间', type: 'date', dateRange: { earliest: { monthsFromToday: -24 }, latest: { daysFromToday: 0 } } },
          { id: 'home_address', label: '安置地居住地址', type: 'address', prefillFrom: 'person.address' },
        ],
      },
      {
        id: 'subsidy',
        title: '一次性经济补助发放',
        askWhen: when.is('placement', 'self_employed'),
        fields: [
          { id: 'bank_account', label: '本人银行卡号', type: 'bankCard', neededBy: ['lump_sum_subsidy'], sensitive: ['bank_card'] },
          { id: 'bank_name', label: '开户银行', type: 'text', neededBy: ['lump_sum_subsidy'] },
        ],
      },
    ],
  },
});
