/**
 * The document kept per enterprise in the `enterprises` collection, and the dotted paths queries use. The database
 * pre-filter (shared/policy/prefilter.ts) is written against exactly this shape:
 *
 *   {
 *     _id: '91420600MA4…',                  // the 统一社会信用代码
 *     profile: { creditCode, name, industryCode: '3985', region: '420606', foundedOn: '2019-03-12',
 *                headcount: 48, revenue: 2600 | { min: 1000, max: 2000 }, insuredHeadcount: 45,
 *                unemploymentInsuranceMonths: 30, layoffRate: 2.1, taxCreditGrade: 'A',
 *                tags: ['high_tech'], flags: [], …, provenance: { headcount: { source: 'verified', … }, … } },
 *     derived: { sizeClass: 'small' | null, sizePossible: ['small'], sizeRule: 'industry' | null },
 *   }
 *
 * A field the enterprise has not filled in is absent (never null). `derived` is recomputed from `profile` on every
 * write (toStoredEnterprise), so it can never disagree with what the matcher computes.
 */
import type { ProfileField } from './fields';
import { sizeOf, type EnterpriseProfile } from './profile';
import type { SizeClass, SizeRuleId } from './size';

// A type alias rather than an interface, so that it is assignable to Record<string, unknown> (database drivers).
export type StoredEnterprise = {
  _id: string;
  profile: EnterpriseProfile;
  derived: {
    /** null when the profile does not decide it. */
    sizeClass: SizeClass | null;
    /** Every class still possible; one element when decided. */
    sizePossible: SizeClass[];
    sizeRule: SizeRuleId | null;
  };
};

export const STORED_PATHS = {
  field: (field: ProfileField) => `profile.${field}`,
  sizeClass: 'derived.sizeClass',
  sizePossible: 'derived.sizePossible',
} as const;

export function toStoredEnterprise(profile: EnterpriseProfile): StoredEnterprise {
  const size = sizeOf(profile);
  return {
    _id: profile.creditCode,
    profile,
    derived: { sizeClass: size.sizeClass, sizePossible: size.possible, sizeRule: size.rule?.id ?? null },
  };
}
