import type { StoredEnterprise } from '@shared/enterprise/stored';
import { AppError } from '@shared/errors';
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import { COLLECTIONS } from '../../collections';

/** The enterprise's stored profile; NOT_FOUND when nobody has filled one in yet. */
export async function loadEnterprise(db: Database, creditCode: string): Promise<StoredEnterprise> {
  const doc = await getById<Partial<StoredEnterprise>>(db, COLLECTIONS.enterprises, creditCode);
  if (!doc?.profile) throw new AppError('NOT_FOUND', '这家企业还没有填写企业档案，请先完善企业信息。');
  return doc as StoredEnterprise;
}
