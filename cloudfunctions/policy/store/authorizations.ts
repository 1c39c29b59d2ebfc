/**
 * `enterprise_authorizations`: a 经办人 named by the legal representative. Only a digest of the one-time code is
 * kept; redeeming moves it from 'issued' to 'redeemed' with a conditional update, so a code binds one person once.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { AUTH_CODE_ALPHABET, AUTH_CODE_LENGTH, type AgentScope } from '@shared/enterprise/binding';
import type { Database } from '../../_runtime/cloudbase';
import { readAll } from '../../_runtime/read-all';
import { COLLECTIONS } from '../../collections';

export interface AuthorizationDoc {
  _id: string;
  creditCode: string;
  enterpriseName: string;
  agentName: string;
  scopes: AgentScope[];
  expiresOn: string;
  codeHash: string;
  codeValidUntil: Date;
  status: 'issued' | 'redeemed' | 'revoked';
  issuedByOpenid: string;
  redeemedByOpenid: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const hashCode = (code: string) => createHash('sha256').update(code).digest('hex');

export function newCode(): string {
  let code = '';
  for (let i = 0; i < AUTH_CODE_LENGTH; i += 1) code += AUTH_CODE_ALPHABET[randomInt(AUTH_CODE_ALPHABET.length)];
  return code;
}

export const newAuthorizationId = () => `au-${randomBytes(8).toString('hex')}`;

export async function createAuthorization(db: Database, doc: AuthorizationDoc): Promise<void> {
  await db.collection(COLLECTIONS.enterpriseAuthorizations).add(doc);
}

export async function findIssued(db: Database, code: string): Promise<AuthorizationDoc | null> {
  const found = await readAll<AuthorizationDoc>(db, COLLECTIONS.enterpriseAuthorizations, { codeHash: hashCode(code), status: 'issued' }, { max: 1 });
  return found[0] ?? null;
}

export async function outstandingAuthorizations(db: Database, creditCode: string, now: Date): Promise<AuthorizationDoc[]> {
  const docs = await readAll<AuthorizationDoc>(db, COLLECTIONS.enterpriseAuthorizations, { creditCode, status: 'issued' }, { orderBy: ['createdAt', 'desc'], max: 100 });
  return docs.filter((doc) => new Date(doc.codeValidUntil).getTime() > now.getTime());
}

/** False when the authorisation was not 'issued' any more (redeemed or revoked meanwhile). */
export async function settleAuthorization(db: Database, id: string, where: Record<string, unknown>, changes: Partial<AuthorizationDoc>): Promise<boolean> {
  const res = await db.collection(COLLECTIONS.enterpriseAuthorizations).where({ _id: id, status: 'issued', ...where }).update(changes);
  return (res.updated ?? 0) > 0;
}
