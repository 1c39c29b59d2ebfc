import { AppError } from '@shared/errors';
import { consentRequiredMessage, missingConsents } from '@shared/privacy/case-consents';
import type { ConsentPurpose, ConsentRecord } from '@shared/privacy/consents';
import { COLLECTIONS } from '../collections';
import type { Database } from './cloudbase';
import { readAll } from './read-all';

/** Everything a person has consented to or withdrawn (a handful of documents). */
export async function consentRecordsOf<T extends ConsentRecord = ConsentRecord>(db: Database, openid: string): Promise<T[]> {
  return readAll<T>(db, COLLECTIONS.consents, { openid });
}

/**
 * For handlers that process sensitive data: refuses with CONSENT_REQUIRED, naming every consent missing
 * (`details.consents`), until the person holds the current version of each. Call it before writing anything.
 */
export async function requireConsents(db: Database, openid: string, purposes: readonly ConsentPurpose[]): Promise<void> {
  if (purposes.length === 0) return;
  refuseMissingConsents(purposes, await consentRecordsOf(db, openid));
}

/** requireConsents over records already read (e.g. together with other reads in one round trip). */
export function refuseMissingConsents(purposes: readonly ConsentPurpose[], records: readonly ConsentRecord[]): void {
  const missing = missingConsents(purposes, [...records]);
  if (missing.length) throw new AppError('CONSENT_REQUIRED', consentRequiredMessage(missing), { consents: missing });
}
