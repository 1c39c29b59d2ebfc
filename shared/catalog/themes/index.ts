/** The national definitions: the 13 key items of the 2024 first batch (国发〔2024〕3号, domain.md §1). */
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
];
