import type { EnterpriseView, PolicyMatchView, PolicySummary } from '@shared/contracts/policy';
import type { CalendarDate } from '@shared/enterprise/calendar-date';
import type { ClaimMap } from '@shared/enterprise/claims';
import { FIELD_META, FLAG_LABEL, PROFILE_FIELDS, TAG_LABEL, type EnterpriseFlag, type EnterpriseTag, type ProfileField } from '@shared/enterprise/fields';
import { industryLabel } from '@shared/enterprise/industry';
import { formatMeasure, withUnit, type Measure } from '@shared/enterprise/measure';
import { profileView, type EnterpriseProfile } from '@shared/enterprise/profile';
import { SIZE_CLASS_LABEL } from '@shared/enterprise/size';
import { OUTCOME_LABEL, type MatchResult } from '@shared/policy/match';
import { describeAmount, POLICY_CATEGORY_LABEL, POLICY_MODE_LABEL, type Policy } from '@shared/policy/policy';

function display(profile: EnterpriseProfile, field: ProfileField): string | null {
  const value = (profile as Record<string, unknown>)[field];
  if (value === undefined) return null;
  const unit = FIELD_META[field].unit ?? '';
  switch (field) {
    case 'industryCode':
      return industryLabel(String(value));
    case 'tags':
      return (value as EnterpriseTag[]).length === 0 ? '无' : (value as EnterpriseTag[]).map((t) => TAG_LABEL[t]).join('、');
    case 'flags':
      return (value as EnterpriseFlag[]).length === 0 ? '无不良记录' : (value as EnterpriseFlag[]).map((f) => FLAG_LABEL[f]).join('、');
    default:
      if (typeof value === 'number') return withUnit(value, unit);
      if (typeof value === 'object') return formatMeasure(value as Measure, unit);
      return String(value);
  }
}

/** `claims`: changes the enterprise declared to verified values, shown beside them until the department decides. */
function claimView(profile: EnterpriseProfile, field: ProfileField, claims: ClaimMap): { display: string; at: string } | null {
  const claim = claims[field];
  if (!claim) return null;
  return { display: display({ ...profile, [field]: claim.value } as EnterpriseProfile, field) ?? '', at: claim.at };
}

export function enterpriseView(profile: EnterpriseProfile, today: CalendarDate, claims: ClaimMap = {}): EnterpriseView {
  const view = profileView(profile, today);
  const { provenance, ...values } = profile;
  return {
    creditCode: profile.creditCode,
    name: profile.name,
    values,
    fields: PROFILE_FIELDS.map((field) => {
      const source = provenance[field];
      return {
        field,
        label: FIELD_META[field].label,
        display: display(profile, field),
        source: source?.source ?? null,
        verifiedBy: source?.source === 'verified' ? source.by : null,
        at: source?.at ?? null,
        claim: claimView(profile, field, claims),
      };
    }),
    size: {
      sizeClass: view.size.sizeClass ? { value: view.size.sizeClass, label: SIZE_CLASS_LABEL[view.size.sizeClass] } : null,
      possible: view.size.possible,
      rule: view.size.rule,
      missing: view.size.missing,
      reasons: view.size.reasons,
      summary: view.size.summary,
    },
    yearsSinceFounding: view.yearsSinceFounding,
  };
}

export function policySummary(policy: Policy): PolicySummary {
  return {
    id: policy.id,
    version: policy.version,
    title: policy.title,
    issuingDepartment: policy.issuingDepartment,
    summary: policy.summary,
    fullTextUrl: policy.fullTextUrl,
    benefit: { text: policy.benefit.text, amount: policy.benefit.amount ? describeAmount(policy.benefit.amount) : null },
    window: { opensOn: policy.window.opensOn, closesOn: policy.window.closesOn ?? null },
    mode: { value: policy.mode, label: POLICY_MODE_LABEL[policy.mode] },
    category: { value: policy.category, label: POLICY_CATEGORY_LABEL[policy.category] },
  };
}

export function matchView(policy: Policy, result: MatchResult): PolicyMatchView {
  return {
    policy: policySummary(policy),
    outcome: { value: result.outcome, label: OUTCOME_LABEL[result.outcome] },
    shortfall: result.shortfall,
    criteria: result.criteria,
    toQualify: result.toQualify,
    summary: result.summary,
  };
}
