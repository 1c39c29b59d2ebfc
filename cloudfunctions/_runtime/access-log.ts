import type { Role } from '@shared/roles';
import { COLLECTIONS } from '../collections';
import type { Database } from './cloudbase';

/** Records that someone saw a person's personal data whole (PIPL: access by the owner or authorised staff is traceable). */
export async function recordAccess(
  db: Database,
  entry: { subjectOpenid: string; viewerOpenid: string; viewerRoles: Role[]; fields: string[]; purpose: string },
): Promise<void> {
  await db.collection(COLLECTIONS.accessLog).add({ ...entry, at: new Date() });
}
