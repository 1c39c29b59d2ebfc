/**
 * Market-registration data (市场主体登记) through the data-sharing provider: who the register names as an
 * enterprise's legal representative. Production reads the city's data-sharing platform behind this interface;
 * the local one reads the seeded `shared_records` documents of type `market_registration` (_id = `mr-<credit code>`).
 */
import type { Database } from '../../_runtime/cloudbase';
import { getById } from '../../_runtime/read-all';
import { COLLECTIONS } from '../../collections';

export interface RegisteredLegalRepresentative {
  enterpriseName: string;
  name: string;
  idNumber: string;
}

export interface MarketRegistration {
  /** The legal representative on record for the credit code; null when the register has no such enterprise. */
  legalRepresentativeOf(creditCode: string): Promise<RegisteredLegalRepresentative | null>;
}

interface StoredRegistration {
  type: 'market_registration';
  creditCode: string;
  enterpriseName: string;
  legalRepresentative: { name: string; idNumber: string };
}

export const registrationRecordId = (creditCode: string) => `mr-${creditCode}`;

export function localMarketRegistration(db: Database): MarketRegistration {
  return {
    async legalRepresentativeOf(creditCode) {
      const doc = await getById<StoredRegistration>(db, COLLECTIONS.sharedRecords, registrationRecordId(creditCode));
      if (!doc || doc.type !== 'market_registration') return null;
      return { enterpriseName: doc.enterpriseName, name: doc.legalRepresentative.name, idNumber: doc.legalRepresentative.idNumber };
    },
  };
}
