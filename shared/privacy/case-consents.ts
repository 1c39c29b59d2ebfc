import type { SensitiveKind } from '../catalog/sensitivity';
import { CONSENTS, consentStatus, type ConsentPurpose, type ConsentRecord } from './consents';

/**
 * Which consent of the register covers each kind of sensitive data the catalog marks. Health data (病历、诊断证明)
 * has no separate consent in the register yet: it is handled under the privacy notice and only shown to the
 * reviewing department.
 */
const PURPOSE_OF_KIND: Record<SensitiveKind, ConsentPurpose | null> = {
  minor: 'minor_data',
  id_photo: 'id_photo',
  disability: 'disability',
  bank_card: 'bank_card',
  health: null,
};

/** The consents a case needs, from the sensitive kinds its evaluation carries (catalog: materials, fields, rules). */
export function consentsForCase(kinds: readonly SensitiveKind[]): ConsentPurpose[] {
  const purposes = kinds.map((kind) => PURPOSE_OF_KIND[kind]).filter((p): p is ConsentPurpose => p !== null);
  return [...new Set(purposes)];
}

/** A consent asked for in a CONSENT_REQUIRED answer: enough for the page to ask right there. */
export interface RequiredConsent {
  purpose: ConsentPurpose;
  title: string;
  why: string;
  consequenceOfWithdrawal: string;
  version: string;
}

/** The consents among `purposes` the person does not hold now (never given, withdrawn, or an older version). */
export function missingConsents(purposes: readonly ConsentPurpose[], records: ConsentRecord[]): RequiredConsent[] {
  return purposes
    .filter((purpose) => consentStatus(purpose, records).status !== 'granted')
    .map((purpose) => {
      const { title, why, consequenceOfWithdrawal, version } = CONSENTS[purpose];
      return { purpose, title, why, consequenceOfWithdrawal, version };
    });
}

/** The message of a CONSENT_REQUIRED answer, naming each consent. */
export function consentRequiredMessage(missing: readonly RequiredConsent[]): string {
  return `提交前需要您单独同意：${missing.map((c) => `「${c.title}」`).join('、')}。`;
}
