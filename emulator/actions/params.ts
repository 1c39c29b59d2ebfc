/** Small validators for action parameters: every failure is a clear INVALID_PARAM. */
import { invalidParam } from '../errors';

export function requireString(params: Record<string, unknown>, name: string): string {
  const value = params[name];
  if (typeof value !== 'string' || value.length === 0) throw invalidParam(`${name} must be a non-empty string`);
  return value;
}

export function optionalString(params: Record<string, unknown>, name: string): string | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw invalidParam(`${name} must be a string`);
  return value;
}

export function optionalBoolean(params: Record<string, unknown>, name: string, fallback: boolean): boolean {
  const value = params[name];
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw invalidParam(`${name} must be a boolean`);
}

export function optionalInteger(params: Record<string, unknown>, name: string, min: number): number | undefined {
  const value = params[name];
  if (value === undefined || value === null || value === '') return undefined;
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < min) throw invalidParam(`${name} must be an integer ≥ ${min}`);
  return number;
}

export function requireArray(params: Record<string, unknown>, name: string): unknown[] {
  const value = params[name];
  if (!Array.isArray(value)) throw invalidParam(`${name} must be an array`);
  return value;
}
