import type { RequiredConsent } from '@shared/privacy/case-consents';
import { CONSENTS, CONSENT_PURPOSES, type ConsentPurpose } from '@shared/privacy/consents';
import { api, ApiError, call } from '@/api';

/** The consents a CONSENT_REQUIRED answer names, read from our own register (never shown from untrusted text). */
export function requiredConsentsOf(cause: unknown): RequiredConsent[] {
  const error = ApiError.of(cause);
  if (error.code !== 'CONSENT_REQUIRED') return [];
  const named = (error.details as { consents?: { purpose?: unknown }[] } | null)?.consents ?? [];
  return named
    .map((c) => c.purpose)
    .filter((p): p is ConsentPurpose => typeof p === 'string' && (CONSENT_PURPOSES as readonly string[]).includes(p))
    .map((purpose) => {
      const { title, why, consequenceOfWithdrawal, version } = CONSENTS[purpose];
      return { purpose, title, why, consequenceOfWithdrawal, version };
    });
}

/** Records the person's agreement to each consent, one after another, for this step. */
export async function grantConsents(consents: RequiredConsent[], context: string): Promise<void> {
  for (const consent of consents) await call(api.account['consents.grant'], { purpose: consent.purpose, version: consent.version, context });
}
