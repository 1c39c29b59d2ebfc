import { AppError } from '@shared/errors';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import type { StoredHelper } from './types';

export async function loadHelper(db: Database, openid: string): Promise<StoredHelper | null> {
  return getById<StoredHelper>(db, COLLECTIONS.helpers, openid);
}

/** The caller's helper profile when verified; FORBIDDEN saying what to do otherwise. */
export async function requireVerifiedHelper(db: Database, openid: string): Promise<StoredHelper> {
  const helper = await loadHelper(db, openid);
  if (!helper) throw new AppError('FORBIDDEN', '您还不是认证帮办员：请联系帮办调度员完成身份、服务类型和服务区域的认证。');
  if (helper.status !== 'verified') {
    throw new AppError('FORBIDDEN', `您的帮办员资格已暂停${helper.statusReason ? `（${helper.statusReason}）` : ''}，如有疑问请联系帮办调度员。`);
  }
  return helper;
}

export function matchProfile(helper: StoredHelper) {
  return { status: helper.status, skills: helper.skills, supports: helper.supports, languages: helper.languages, serviceAreas: helper.serviceAreas };
}
