/**
 * The stable keys the catalog, feedback routing and staff accounts use for departments. A city names, places and
 * reaches each one in its own configuration (cities/<id>.json → departments); only the keys are code.
 */
export const DEPARTMENT_IDS = [
  'govservice',
  'samr',
  'police',
  'hrss',
  'nhsa',
  'health',
  'cdpf',
  'edu',
  'fire',
  'urban',
  'tax',
  'civil',
  'housing',
  'transport',
  'tobacco',
  'fund',
  // 2024 second batch
  'natres',
  'veterans',
  'sport',
  'ndrc',
  'ecology',
  // 2025 first batch
  'commerce',
] as const;

export type DepartmentId = (typeof DEPARTMENT_IDS)[number];
