/**
 * Per-city settings (FixMyStreet's "cobrand" idea): what differs between cities is configuration layered on
 * the national defaults, never a fork of the code. A deployment picks its city with the CITY environment value.
 */
export interface CityConfig {
  id: string;
  name: string;
  /** GB/T 2260 code of the city. */
  regionCode: string;
  feedback: {
    /** Working days a department has to reply to a complaint or suggestion. */
    replyWithinWorkingDays: number;
    /** Department that receives feedback no rule routes elsewhere (the 12345-style desk). */
    defaultDepartment: string;
  };
}

export const NATIONAL_DEFAULTS: Omit<CityConfig, 'id' | 'name' | 'regionCode'> = {
  feedback: { replyWithinWorkingDays: 5, defaultDepartment: 'govservice' },
};

export const DEMO_CITY: CityConfig = {
  id: 'demo',
  name: '示范市',
  regionCode: '440300',
  ...NATIONAL_DEFAULTS,
};

export function cityConfig(): CityConfig {
  return DEMO_CITY;
}
