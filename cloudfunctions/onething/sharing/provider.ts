/**
 * The data-sharing provider (电子证照 / 数据共享): which records the platform holds for a person. Production
 * plugs in the province's licence platform behind this interface; the local one reads the seeded
 * `shared_records` collection.
 */
import type { SharedRecordType } from '@shared/catalog/shared-records';
import type { SharedRecordRef } from '@shared/onething/supply';
import { COLLECTIONS } from '../../collections';
import type { Database } from '../../_runtime/cloudbase';
import { readAll } from '../../_runtime/read-all';

export interface SharingProvider {
  /** Every record the person may use, optionally only of these types. */
  recordsFor(openid: string, types?: readonly SharedRecordType[]): Promise<SharedRecordRef[]>;
}

interface StoredSharedRecord {
  _id: string;
  ownerOpenid: string;
  type: SharedRecordType;
  holder: string;
  number: string;
  issuer: string;
}

export function localSharingProvider(db: Database): SharingProvider {
  return {
    async recordsFor(openid, types) {
      const _ = db.command;
      const where: Record<string, unknown> = { ownerOpenid: openid };
      if (types) where.type = _.in([...types]);
      const docs = await readAll<StoredSharedRecord>(db, COLLECTIONS.sharedRecords, where, { max: 200 });
      return docs.map((d) => ({ recordId: d._id, type: d.type, holder: d.holder, number: d.number, issuer: d.issuer }));
    },
  };
}
