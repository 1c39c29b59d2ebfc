import { defineTheme, source, UPLOAD, when } from '../dsl';
import type { DateRange } from '../../values/dates';

/** A child entering kindergarten, primary or junior middle school is under 18 and was born before today. */
const SCHOOL_CHILD_BIRTH: DateRange = { earliest: { monthsFromToday: -18 * 12 }, latest: { daysFromToday: 0 } };

/** Months of local social insurance many cities ask of 随迁子女's parents; a city overlay may differ. */
const INSURANCE_MONTHS = 12;
const fromOutside = when.is('child_hukou', 'outside');

export const schoolEnrollment = defineTheme({
  id: 'school_enrollment',
  version: '1.0.0',
  title: '教育入学',
  audience: 'person',
  lifeEvent: 'education',
  batch: '2024-1',
  summary:
    '孩子上小学一年级或初中一年级，网上一次报名。户籍、房产、租房备案、社保、居住证、预防接种这些信息，由各部门在后台直接核验，您不用再去开证明。',
  keywords: ['上学', '入学', '报名', '小学报名', '小一', '初一', '小升初', '学位', '学位申请', '积分入学', '随迁子女', '外地孩子上学', '义务教育', '预防接种证'],
  promisedDays: 10,
  promiseNote: '学位分配按当年招生工作安排的时间公布。',
  delivery: ['electronic'],
  preconditions: ['在当年报名时间内申请，以教育局发布的招生公告为准。', '上小学的孩子当年 8 月 31 日前满 6 周岁。'],
  subItems: [
    {
      id: 'enrollment_application',
      name: '义务教育入学报名（学位申请）',
      department: 'edu',
      legalDays: 20,
      promisedDays: 5,
      output: { name: '学位分配结果通知', kind: 'notice', electronic: true },
      after: ['hukou_verification', 'housing_verification', 'residence_verification', 'insurance_verification', 'vaccination_check'],
    },
    { id: 'hukou_verification', name: '户籍信息核验', department: 'police', legalDays: 5, promisedDays: 2, output: { name: '户籍核验结果', kind: 'record' } },
    { id: 'housing_verification', name: '住房信息核验', department: 'housing', legalDays: 5, promisedDays: 2, output: { name: '住房核验结果', kind: 'record' } },
    {
      id: 'residence_verification',
      name: '居住证信息核验',
      department: 'police',
      legalDays: 5,
      promisedDays: 2,
      output: { name: '居住证核验结果', kind: 'record' },
      byDefault: false,
    },
    {
      id: 'insurance_verification',
      name: '社保缴纳信息核验',
      department: 'hrss',
      legalDays: 5,
      promisedDays: 2,
      output: { name: '社保核验结果', kind: 'record' },
      byDefault: false,
    },
    {
      id: 'vaccination_check',
      name: '入学预防接种证查验',
      department: 'health',
      legalDays: 5,
      promisedDays: 2,
      output: { name: '预防接种查验结果', kind: 'record' },
    },
    {
      id: 'special_education_assessment',
      name: '特殊教育需要评估（随班就读、送教上门安置）',
      department: 'edu',
      legalDays: 20,
      promisedDays: 5,
      output: { name: '安置意见', kind: 'notice' },
      byDefault: false,
    },
    {
      id: 'student_aid',
      name: '家庭经济困难学生资助',
      department: 'edu',
      legalDays: 20,
      promisedDays: 3,
      output: { name: '资助认定结果', kind: 'benefit' },
      after: ['enrollment_application'],
      byDefault: false,
    },
  ],
  questions: [
    {
      id: 'stage',
      type: 'single',
      text: '孩子今年要上几年级？',
      options: [
        { value: 'primary', label: '小学一年级' },
        { value: 'junior', label: '初中一年级' },
      ],
    },
    {
      id: 'child_hukou',
      type: 'single',
      text: '孩子的户口在哪里？',
      options: [
        { value: 'local_district', label: '在本区' },
        { value: 'local_other', label: '在本市其他区' },
        { value: 'outside', label: '不在本市' },
      ],
    },
    {
      id: 'housing',
      type: 'single',
      text: '家里现在住的房子是？',
      options: [
        { value: 'owned', label: '父母自己的房子' },
        { value: 'rented', label: '租的房子' },
        { value: 'other', label: '其他（单位宿舍、借住亲友家等）' },
      ],
    },
    {
      id: 'lease_filed',
      type: 'yesNo',
      text: '租房合同在住建部门办过租赁登记备案吗？',
      help: '没有备案的，也可以先承诺、报名后补办。',
      askWhen: when.is('housing', 'rented'),
    },
    {
      id: 'insurance_months',
      type: 'number',
      text: '爸爸或妈妈在本市连续交社保多少个月了？',
      unit: '个月',
      min: 0,
      max: 600,
      askWhen: fromOutside,
    },
    { id: 'has_residence_permit', type: 'yesNo', text: '爸爸或妈妈有本市的居住证吗？', askWhen: fromOutside },
    {
      id: 'vaccination_card',
      type: 'single',
      text: '孩子的预防接种证是哪一种？',
      askWhen: when.is('stage', 'primary'),
      options: [
        { value: 'electronic', label: '电子接种证（在本市接种的）' },
        { value: 'paper', label: '纸质接种证（小本子）' },
      ],
    },
    { id: 'special_needs', type: 'yesNo', text: '孩子有残疾，或有特殊教育需要吗？', help: '会安排随班就读、特殊教育学校或送教上门。' },
    { id: 'financial_aid', type: 'yesNo', text: '家庭经济困难，需要申请学生资助吗？' },
  ],
  rules: [
    {
      id: 'outside_verification',
      when: fromOutside,
      add: { subItems: ['insurance_verification'], materials: ['insurance_record'] },
      why: '孩子是随迁子女，要核验父母在本市的社保',
    },
    {
      id: 'residence_permit',
      when: when.all(fromOutside, when.yes('has_residence_permit')),
      add: { subItems: ['residence_verification'], materials: ['residence_permit_doc'] },
      why: '核验父母的居住证',
    },
    {
      id: 'no_residence_permit',
      when: when.all(fromOutside, when.no('has_residence_permit')),
      why: '父母没有本市居住证',
      notice: '随迁子女入学需要父母一方持有本市居住证，请先到派出所办理居住证。',
    },
    {
      id: 'insurance_too_short',
      when: when.all(fromOutside, when.below('insurance_months', INSURANCE_MONTHS)),
      why: `父母在本市交社保不满 ${INSURANCE_MONTHS} 个月`,
      notice: `父母在本市连续交社保不满 ${INSURANCE_MONTHS} 个月的，公办学校学位可能无法保证，可以同时关注民办学校学位补贴。`,
    },
    { id: 'owned_home', when: when.is('housing', 'owned'), add: { materials: ['property_cert'] }, why: '住在自己的房子里' },
    { id: 'rented_home', when: when.is('housing', 'rented'), add: { materials: ['lease_record'] }, why: '租房居住' },
    { id: 'other_home', when: when.is('housing', 'other'), add: { materials: ['residence_proof'] }, why: '住在单位宿舍或亲友家' },
    { id: 'junior_school', when: when.is('stage', 'junior'), add: { materials: ['student_status'] }, remove: { subItems: ['vaccination_check'], materials: ['birth_cert'] }, why: '升初中' },
    {
      id: 'special_needs',
      when: when.yes('special_needs'),
      add: { subItems: ['special_education_assessment'], materials: ['disability_cert', 'medical_assessment'] },
      why: '孩子有特殊教育需要',
    },
    { id: 'financial_aid', when: when.yes('financial_aid'), add: { subItems: ['student_aid'], materials: ['low_income_proof'] }, why: '申请学生资助' },
  ],
  materials: [
    { id: 'guardian_id_card', name: '爸爸或妈妈的身份证', neededBy: ['enrollment_application'], sources: [{ source: source.shared('id_card') }] },
    {
      id: 'child_hukou_book',
      name: '孩子的户口簿',
      neededBy: ['enrollment_application', 'hukou_verification'],
      sources: [
        { when: when.not(fromOutside), source: source.shared('hukou') },
        { source: source.upload(UPLOAD.photoOrPdf('户口簿首页和孩子、父母的个人页。', 6)) },
      ],
      sensitive: ['minor'],
    },
    {
      id: 'birth_cert',
      name: '孩子的出生医学证明',
      neededBy: ['enrollment_application'],
      sources: [{ source: source.shared('birth_medical_cert', '出生医学证明正页。') }],
      sensitive: ['minor'],
    },
    { id: 'property_cert', name: '不动产权证书', neededBy: ['housing_verification'], byDefault: false, sources: [{ source: source.shared('real_estate_cert') }] },
    {
      id: 'lease_record',
      name: '住房租赁登记备案',
      neededBy: ['housing_verification'],
      byDefault: false,
      sources: [
        { when: when.yes('lease_filed'), source: source.shared('lease_record') },
        {
          source: source.promise('本人承诺所填租住地址真实，并在规定期限内办好住房租赁登记备案；如有不实，愿意承担取消学位等后果。', 10),
        },
      ],
    },
    {
      id: 'residence_proof',
      name: '实际居住情况证明',
      neededBy: ['housing_verification'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('单位或社区（居委会）出具的实际居住证明。')) }],
    },
    {
      id: 'residence_permit_doc',
      name: '爸爸或妈妈的本市居住证',
      neededBy: ['residence_verification'],
      byDefault: false,
      sources: [{ source: source.shared('residence_permit') }],
    },
    {
      id: 'insurance_record',
      name: '爸爸或妈妈的社保缴费记录',
      neededBy: ['insurance_verification'],
      byDefault: false,
      sources: [{ source: source.shared('social_insurance_record') }],
    },
    {
      id: 'vaccination_cert',
      name: '预防接种证',
      neededBy: ['vaccination_check'],
      sources: [
        { when: when.is('vaccination_card', 'electronic'), source: source.shared('vaccination_record') },
        { source: source.upload(UPLOAD.photoOrPdf('接种证里孩子信息页和所有接种记录页。', 10)) },
      ],
      sensitive: ['minor', 'health'],
    },
    {
      id: 'student_status',
      name: '小学学籍信息',
      neededBy: ['enrollment_application'],
      byDefault: false,
      sources: [{ source: source.shared('student_status') }],
    },
    {
      id: 'disability_cert',
      name: '孩子的残疾人证',
      description: '没有残疾人证的，交医院的诊断证明也可以。',
      neededBy: ['special_education_assessment'],
      byDefault: false,
      sources: [{ source: source.shared('disability_cert', '残疾人证，或二级以上医院的诊断证明。') }],
      sensitive: ['minor', 'disability'],
    },
    {
      id: 'medical_assessment',
      name: '近期的医学诊断或康复评估报告',
      neededBy: ['special_education_assessment'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('医院的诊断证明或康复机构的评估报告。', 10)) }],
      sensitive: ['minor', 'health'],
    },
    {
      id: 'low_income_proof',
      name: '家庭经济困难认定材料',
      neededBy: ['student_aid'],
      byDefault: false,
      sources: [{ source: source.shared('low_income_record', '低保证、特困证明或街道出具的困难证明。') }],
    },
  ],
  form: {
    sections: [
      {
        id: 'guardian',
        title: '监护人（爸爸或妈妈）',
        fields: [
          { id: 'guardian_name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'guardian_id_number', label: '身份证号码', type: 'idNumber', prefillFrom: 'person.idNumber' },
          { id: 'guardian_phone', label: '手机号码', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
      {
        id: 'child',
        title: '孩子的信息',
        fields: [
          { id: 'child_name', label: '孩子的姓名', type: 'name', sensitive: ['minor'] },
          { id: 'child_id_number', label: '孩子的身份证号码', type: 'idNumber', sensitive: ['minor'] },
          { id: 'child_birth_date', label: '出生日期', type: 'date', dateRange: SCHOOL_CHILD_BIRTH, sensitive: ['minor'] },
          { id: 'primary_school', label: '现在就读的小学', type: 'text', askWhen: when.is('stage', 'junior'), sensitive: ['minor'] },
        ],
      },
      {
        id: 'home',
        title: '现在住的地址',
        fields: [{ id: 'home_address', label: '实际居住地址', type: 'address', prefillFrom: 'person.address', help: '学位按这个地址划片安排，请与房产或租房备案上的地址一致。' }],
      },
    ],
  },
});
