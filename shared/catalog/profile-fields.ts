/**
 * Profile paths a form field may be prefilled from. The profile itself lives elsewhere (account data and
 * earlier cases); this list is the contract between the catalog and whoever fills the form in.
 */
export const PROFILE_FIELDS = {
  'person.name': '姓名',
  'person.idNumber': '身份证号码',
  'person.phone': '手机号码',
  'person.gender': '性别',
  'person.birthDate': '出生日期',
  'person.address': '常住地址',
  'person.hukouAddress': '户籍地址',
  'enterprise.name': '企业名称',
  'enterprise.uscc': '统一社会信用代码',
  'enterprise.address': '企业住所',
  'enterprise.legalRepresentative': '法定代表人',
  'enterprise.phone': '企业联系电话',
  'delivery.name': '收件人',
  'delivery.phone': '收件人电话',
  'delivery.address': '收件地址',
} as const;

export type ProfilePath = keyof typeof PROFILE_FIELDS;
export const PROFILE_PATHS = Object.keys(PROFILE_FIELDS) as [ProfilePath, ...ProfilePath[]];
