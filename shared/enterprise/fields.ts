/**
 * The closed vocabulary of enterprise profile fields: their names, plain-Chinese labels and units, and the value
 * sets of the enumerated ones. Policies, the matcher and the pre-filter name fields only from this list.
 */

export const PROFILE_FIELDS = [
  'creditCode',
  'name',
  'legalRepresentative',
  'industryCode',
  'region',
  'foundedOn',
  'registeredCapital',
  'headcount',
  'revenue',
  'totalAssets',
  'insuredHeadcount',
  'unemploymentInsuranceMonths',
  'layoffRate',
  'taxCreditGrade',
  'tags',
  'flags',
] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Numeric fields that eligibility `range` can test. `revenue` may be a band. */
export const NUMERIC_FIELDS = [
  'registeredCapital',
  'headcount',
  'revenue',
  'totalAssets',
  'insuredHeadcount',
  'unemploymentInsuranceMonths',
  'layoffRate',
] as const;
export type NumericField = (typeof NUMERIC_FIELDS)[number];

/** Code-like fields that eligibility `equals` / `in` can test. */
export const CODE_FIELDS = ['creditCode', 'taxCreditGrade', 'industryCode', 'region'] as const;
export type CodeField = (typeof CODE_FIELDS)[number];

export interface FieldMeta {
  label: string;
  /** Shown after numbers: '人', '万元', '个月', '%'. */
  unit?: string;
}

export const FIELD_META: Record<ProfileField, FieldMeta> = {
  creditCode: { label: '统一社会信用代码' },
  name: { label: '企业名称' },
  legalRepresentative: { label: '法定代表人' },
  industryCode: { label: '所属行业' },
  region: { label: '所在地区' },
  foundedOn: { label: '成立日期' },
  registeredCapital: { label: '注册资本', unit: '万元' },
  headcount: { label: '从业人数', unit: '人' },
  revenue: { label: '上年度营业收入', unit: '万元' },
  totalAssets: { label: '资产总额', unit: '万元' },
  insuredHeadcount: { label: '参保人数', unit: '人' },
  unemploymentInsuranceMonths: { label: '失业保险连续缴费', unit: '个月' },
  layoffRate: { label: '上年度裁员率', unit: '%' },
  taxCreditGrade: { label: '纳税信用等级' },
  tags: { label: '资质认定' },
  flags: { label: '信用状况' },
};

/** 纳税信用等级 (国家税务总局), best first. */
export const TAX_CREDIT_GRADES = ['A', 'B', 'M', 'C', 'D'] as const;
export type TaxCreditGrade = (typeof TAX_CREDIT_GRADES)[number];

/** Recognitions an enterprise holds; each is certified by a department, so staff verify them. */
export const ENTERPRISE_TAGS = ['high_tech', 'specialized_sme', 'little_giant', 'tech_sme', 'innovative_sme'] as const;
export type EnterpriseTag = (typeof ENTERPRISE_TAGS)[number];

export const TAG_LABEL: Record<EnterpriseTag, string> = {
  high_tech: '高新技术企业',
  specialized_sme: '专精特新中小企业',
  little_giant: '专精特新"小巨人"企业',
  tech_sme: '科技型中小企业',
  innovative_sme: '创新型中小企业',
};

/** Adverse credit records (市场监管 / 信用中国). */
export const ENTERPRISE_FLAGS = ['abnormal_operations', 'serious_dishonesty'] as const;
export type EnterpriseFlag = (typeof ENTERPRISE_FLAGS)[number];

export const FLAG_LABEL: Record<EnterpriseFlag, string> = {
  abnormal_operations: '经营异常名录',
  serious_dishonesty: '严重违法失信名单',
};

/** Revenue bands offered when a figure is not to hand; the edges are the size-class bounds that matter most. */
export const REVENUE_BANDS = [
  { min: 0, max: 50 },
  { min: 50, max: 100 },
  { min: 100, max: 300 },
  { min: 300, max: 500 },
  { min: 500, max: 1000 },
  { min: 1000, max: 2000 },
  { min: 2000, max: 5000 },
  { min: 5000, max: 10000 },
  { min: 10000, max: 20000 },
  { min: 20000, max: 40000 },
  { min: 40000 },
] as const;
