/**
 * Self-declared edits never silently replace a verified value (issue 11): a change to a verified field is kept as a
 * pending claim beside it (matching keeps reading the verified value) until the department that verified it
 * accepts or rejects it. An unverified field is simply changed.
 */
import { PROFILE_FIELDS, type ProfileField } from './fields';
import type { EnterpriseProfile, ProvenanceMap } from './profile';

export interface PendingClaim {
  value: unknown;
  at: string;
  openid: string;
}
export type ClaimMap = Partial<Record<ProfileField, PendingClaim>>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Applies what the enterprise sent: unverified fields change (self-declared from `at`); verified fields whose value
 * differs get a claim; sending the verified value again withdraws the claim.
 */
export function applyDeclaration(
  profile: EnterpriseProfile,
  claims: ClaimMap,
  patch: Partial<Record<ProfileField, unknown>>,
  at: string,
  openid: string,
): { profile: EnterpriseProfile; claims: ClaimMap } {
  const values: Record<string, unknown> = { ...profile };
  const provenance: ProvenanceMap = { ...profile.provenance };
  const nextClaims: ClaimMap = { ...claims };
  for (const field of PROFILE_FIELDS) {
    const sent = patch[field];
    if (sent === undefined) continue;
    if (provenance[field]?.source === 'verified') {
      if (same(sent, values[field])) delete nextClaims[field];
      else nextClaims[field] = { value: sent, at, openid };
      continue;
    }
    values[field] = sent;
    provenance[field] = { source: 'self_declared', at };
    delete nextClaims[field];
  }
  return { profile: { ...(values as EnterpriseProfile), provenance }, claims: nextClaims };
}

/** Accepting puts the claimed value in the profile, verified by `by`; rejecting drops the claim. */
export function decideClaims(
  profile: EnterpriseProfile,
  claims: ClaimMap,
  accept: ProfileField[],
  reject: ProfileField[],
  by: string,
  at: string,
): { profile: EnterpriseProfile; claims: ClaimMap } {
  const values: Record<string, unknown> = { ...profile };
  const provenance: ProvenanceMap = { ...profile.provenance };
  const next: ClaimMap = { ...claims };
  for (const field of accept) {
    const claim = next[field];
    if (!claim) continue;
    values[field] = claim.value;
    provenance[field] = { source: 'verified', by, at };
    delete next[field];
  }
  for (const field of reject) delete next[field];
  return { profile: { ...(values as EnterpriseProfile), provenance }, claims: next };
}
