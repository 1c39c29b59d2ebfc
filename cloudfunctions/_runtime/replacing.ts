import type { Database } from './cloudbase';

/**
 * CloudBase's update merges nested objects field by field; objects we set must replace what was there, so they
 * go through `_.set`. Dates and arrays are written as they are.
 */
export function replacing(db: Database, fields: Record<string, unknown>): Record<string, unknown> {
  const _ = db.command;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    const plainObject = value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value);
    out[key] = plainObject ? _.set(value) : value;
  }
  return out;
}
