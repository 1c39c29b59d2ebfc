/**
 * The national definitions: the 13 key items of the 2024 first batch (国发〔2024〕3号, domain.md §1), the 8 of the
 * 2024 second batch (国办函〔2024〕53号), then those of the 2025 first batch modelled so far (国办函〔2025〕3号);
 * each file says what its source is.
 */
import type { ThemeDefinition } from '../schema';
import { afterDeath } from './after-death';
import { bankruptcyCheck } from './bankruptcy-check';
import { creditRepair } from './credit-repair';
import { disability } from './disability';
import { employeeHiring } from './employee-hiring';
import { enterpriseChange } from './enterprise-change';
import { newborn } from './newborn';
import { restaurant } from './restaurant';
import { retirement } from './retirement';
import { schoolEnrollment } from './school-enrollment';
import { socialSecurityCard } from './social-security-card';
import { transportCompany } from './transport-company';
import { utilities } from './utilities';
// 2024 second batch
import { enterpriseRelocation } from './enterprise-relocation';
import { listingCompliance } from './listing-compliance';
import { sportsEvent } from './sports-event';
import { secondHandHousing } from './second-hand-housing';
import { marriageChildbirth } from './marriage-childbirth';
import { hukouMove } from './hukou-move';
import { veteranDischarge } from './veteran-discharge';
import { housingFundLoan } from './housing-fund-loan';
// 2025 first batch
import { carTradeIn } from './car-trade-in';
import { individualToEnterprise } from './individual-to-enterprise';

export const NATIONAL_THEMES: readonly ThemeDefinition[] = [
  enterpriseChange,
  restaurant,
  transportCompany,
  employeeHiring,
  bankruptcyCheck,
  creditRepair,
  utilities,
  newborn,
  schoolEnrollment,
  socialSecurityCard,
  disability,
  retirement,
  afterDeath,
  // 2024 second batch
  enterpriseRelocation,
  listingCompliance,
  sportsEvent,
  secondHandHousing,
  marriageChildbirth,
  hukouMove,
  veteranDischarge,
  housingFundLoan,
  // 2025 first batch
  individualToEnterprise,
  carTradeIn,
];
