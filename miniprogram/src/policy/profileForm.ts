import type { EnterpriseView } from '@shared/contracts/policy';
import type { NumericField, TaxCreditGrade, EnterpriseTag } from '@shared/enterprise/fields';
import { classifySize, type SizeResult } from '@shared/enterprise/size';
import { revenueQuestion } from '@shared/values/enterprise-figures';

/** The numbers a person types, with their units (revenue as a figure here; a band stays as stored). */
export const NUMBER_FIELDS: { field: NumericField; label: string; unit: string; hint?: string }[] = [
  { field: 'registeredCapital', label: '注册资本', unit: '万元' },
  { field: 'headcount', label: '从业人数', unit: '人', hint: '期末从业人员，含劳务派遣' },
  { field: 'revenue', label: '上年度营业收入', unit: '万元', hint: '单位是“万元”：营业收入 1,200,000 元，填 120' },
  { field: 'totalAssets', label: '资产总额', unit: '万元' },
  { field: 'insuredHeadcount', label: '参保人数', unit: '人' },
  { field: 'unemploymentInsuranceMonths', label: '失业保险连续缴费', unit: '个月' },
  { field: 'layoffRate', label: '上年度裁员率', unit: '%', hint: '没有裁员填 0' },
];

/** What the form holds: text as typed, choices as picked. */
export interface ProfileForm {
  industry: { code: string; label: string } | null;
  region: { code: string; label: string } | null;
  foundedOn: string;
  numbers: Partial<Record<NumericField, string>>;
  taxCreditGrade: TaxCreditGrade | null;
  tags: EnterpriseTag[];
}

const displayOf = (view: EnterpriseView, field: string) => view.fields.find((f) => f.field === field)?.display ?? null;

/** The form as the stored profile fills it. */
export function formFrom(view: EnterpriseView): ProfileForm {
  const v = view.values as Record<string, unknown>;
  const numbers: ProfileForm['numbers'] = {};
  for (const { field } of NUMBER_FIELDS) if (typeof v[field] === 'number') numbers[field] = String(v[field]);
  return {
    industry: typeof v.industryCode === 'string' ? { code: v.industryCode, label: displayOf(view, 'industryCode') ?? v.industryCode } : null,
    region: typeof v.region === 'string' ? { code: v.region, label: displayOf(view, 'region') ?? v.region } : null,
    foundedOn: typeof v.foundedOn === 'string' ? v.foundedOn : '',
    numbers,
    taxCreditGrade: (v.taxCreditGrade as TaxCreditGrade | undefined) ?? null,
    tags: Array.isArray(v.tags) ? (v.tags as EnterpriseTag[]) : [],
  };
}

const asNumber = (text: string | undefined): number | undefined => {
  if (text === undefined || text.trim() === '') return undefined;
  const n = Number(text.trim());
  // NaN goes to the contract's check, which names the field.
  return n as number;
};

/**
 * Only what the person changed: values sent are recorded as self-declared, so sending an unchanged verified value
 * would wrongly turn it into a self-declared one.
 */
export function changedValues(before: ProfileForm, after: ProfileForm): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  if (after.industry && after.industry.code !== before.industry?.code) patch.industryCode = after.industry.code;
  if (after.region && after.region.code !== before.region?.code) patch.region = after.region.code;
  if (after.foundedOn.trim() && after.foundedOn.trim() !== before.foundedOn) patch.foundedOn = after.foundedOn.trim();
  for (const { field } of NUMBER_FIELDS) {
    const text = after.numbers[field];
    if (text !== undefined && text.trim() !== (before.numbers[field] ?? '')) {
      const value = asNumber(text);
      if (value !== undefined) patch[field] = value;
    }
  }
  if (after.taxCreditGrade && after.taxCreditGrade !== before.taxCreditGrade) patch.taxCreditGrade = after.taxCreditGrade;
  if ([...after.tags].sort().join() !== [...before.tags].sort().join()) patch.tags = after.tags;
  return patch;
}

/**
 * The question to ask before saving when the revenue typed looks like 元 rather than 万元 (shared rule), or null.
 * Asked only when the revenue itself changed: a figure already saved was already confirmed.
 */
export function revenueQuestionFor(before: ProfileForm, after: ProfileForm, stored: EnterpriseView): string | null {
  const patch = changedValues(before, after);
  if (typeof patch.revenue !== 'number' || !Number.isFinite(patch.revenue)) return null;
  const headcount = asNumber(after.numbers.headcount);
  const storedHeadcount = (stored.values as Record<string, unknown>).headcount;
  const known = headcount !== undefined && Number.isFinite(headcount) ? headcount : typeof storedHeadcount === 'number' ? storedHeadcount : undefined;
  return revenueQuestion(patch.revenue, known);
}

/** The size class as it would be computed from the form right now (the same 300号 rules as the backend). */
export function sizePreview(form: ProfileForm, stored: EnterpriseView): SizeResult {
  const v = stored.values as Record<string, unknown>;
  const pick = (field: NumericField) => {
    const typed = asNumber(form.numbers[field]);
    if (typed !== undefined && Number.isFinite(typed)) return typed;
    // A revenue band stays as stored until a figure is typed.
    return typeof v[field] === 'object' && v[field] !== null ? (v[field] as never) : undefined;
  };
  return classifySize({
    industryCode: form.industry?.code,
    headcount: pick('headcount'),
    revenue: pick('revenue'),
    totalAssets: pick('totalAssets'),
  });
}
