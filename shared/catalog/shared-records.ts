/**
 * Record types the data-sharing provider (电子证照 / 数据共享) can answer for. A material whose source is
 * `shared` names one of these; the provider maps each to its own licence catalogue. When the provider has no
 * record for the person, the material falls back to the upload described next to it.
 */
export const SHARED_RECORDS = {
  id_card: { label: '居民身份证', issuer: '公安机关' },
  id_card_photo: { label: '身份证件照片', issuer: '公安机关' },
  hukou: { label: '居民户口簿', issuer: '公安机关' },
  residence_permit: { label: '居住证', issuer: '公安机关' },
  driver_license: { label: '机动车驾驶证', issuer: '公安交通管理部门' },
  marriage_cert: { label: '结婚证', issuer: '民政部门' },
  low_income_record: { label: '低保、特困等困难认定信息', issuer: '民政部门' },
  cremation_cert: { label: '火化证明', issuer: '殡仪馆（民政部门）' },
  birth_medical_cert: { label: '出生医学证明', issuer: '卫生健康部门' },
  death_medical_cert: { label: '居民死亡医学证明（推断）书', issuer: '卫生健康部门' },
  vaccination_record: { label: '预防接种记录', issuer: '卫生健康部门' },
  disability_cert: { label: '残疾人证', issuer: '残疾人联合会' },
  social_insurance_record: { label: '社会保险参保缴费记录', issuer: '人力资源和社会保障部门' },
  housing_fund_record: { label: '住房公积金缴存记录', issuer: '住房公积金管理中心' },
  real_estate_cert: { label: '不动产权证书', issuer: '不动产登记机构' },
  lease_record: { label: '住房租赁合同登记备案', issuer: '住房和城乡建设部门' },
  student_status: { label: '学籍信息', issuer: '教育部门' },
  degree_cert: { label: '学历学位信息', issuer: '教育部门' },
  business_license: { label: '营业执照', issuer: '市场监督管理部门' },
  enterprise_publicity: { label: '国家企业信用信息公示系统记录', issuer: '市场监督管理部门' },
  food_business_license: { label: '食品经营许可证', issuer: '市场监督管理部门' },
  road_transport_license: { label: '道路运输经营许可证', issuer: '交通运输部门' },
  driver_qualification: { label: '道路运输从业资格证', issuer: '交通运输部门' },
  tax_record: { label: '纳税信息', issuer: '税务部门' },
} as const;

export type SharedRecordType = keyof typeof SHARED_RECORDS;
export const SHARED_RECORD_TYPES = Object.keys(SHARED_RECORDS) as [SharedRecordType, ...SharedRecordType[]];
