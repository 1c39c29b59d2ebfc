/**
 * Finds the built functions: `<functionsDir>/<name>/index.js` (+ optional `config.json`), re-read on every
 * use so a rebuild while the emulator runs is picked up (workers holding an older bundle are recycled).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface TimerTrigger {
  name: string;
  type: 'timer';
  /** 7-field cron: sec min hour day month weekday year (Beijing time). */
  config: string;
  /** Optional custom message (SCF calls it "argument"): passed as the event's `Message`. */
  argument?: string;
}

export interface FunctionConfig {
  /** Seconds (CloudBase console default: 3). */
  timeout: number;
  /** MB; caps the worker's V8 heap. */
  memorySize: number;
  envVariables: Record<string, string>;
  triggers: TimerTrigger[];
  permissions: { openapi: string[] };
}

export interface FunctionDefinition {
  name: string;
  dir: string;
  entry: string;
  /** Modification time of the bundle: workers loaded from an older one are replaced. */
  version: number;
  config: FunctionConfig;
}

export const DEFAULT_TIMEOUT_SECONDS = 3;
export const DEFAULT_MEMORY_MB = 256;
const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

export function isValidFunctionName(name: string): boolean {
  return NAME.test(name);
}

export class FunctionRegistry {
  constructor(private readonly functionsDir: string | undefined) {}

  names(): string[] {
    if (!this.functionsDir || !existsSync(this.functionsDir)) return [];
    return readdirSync(this.functionsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && isValidFunctionName(entry.name) && existsSync(path.join(this.functionsDir!, entry.name, 'index.js')))
      .map((entry) => entry.name)
      .sort();
  }

  /** The function's current definition, or undefined when there is no such bundle. Throws on a broken config.json. */
  get(name: string): FunctionDefinition | undefined {
    if (!this.functionsDir || !isValidFunctionName(name)) return undefined;
    const dir = path.join(this.functionsDir, name);
    const entry = path.join(dir, 'index.js');
    if (!existsSync(entry)) return undefined;
    return { name, dir, entry, version: statSync(entry).mtimeMs, config: readConfig(path.join(dir, 'config.json')) };
  }

  all(): FunctionDefinition[] {
    const out: FunctionDefinition[] = [];
    for (const name of this.names()) {
      try {
        const def = this.get(name);
        if (def) out.push(def);
      } catch {
        // a broken config.json surfaces when the function is invoked
      }
    }
    return out;
  }
}

function readConfig(file: string): FunctionConfig {
  if (!existsSync(file)) return normalizeConfig({}, file);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  return normalizeConfig(raw, file);
}

export function normalizeConfig(raw: unknown, file: string): FunctionConfig {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const timeout = input.timeout === undefined ? DEFAULT_TIMEOUT_SECONDS : Number(input.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) throw new Error(`${file}: timeout must be a positive number of seconds`);
  const memorySize = input.memorySize === undefined ? DEFAULT_MEMORY_MB : Number(input.memorySize);
  if (!Number.isFinite(memorySize) || memorySize < 64) throw new Error(`${file}: memorySize must be ≥ 64 (MB)`);
  const envVariables: Record<string, string> = {};
  if (input.envVariables && typeof input.envVariables === 'object') {
    for (const [k, v] of Object.entries(input.envVariables as Record<string, unknown>)) envVariables[k] = String(v);
  }
  const triggers: TimerTrigger[] = [];
  if (Array.isArray(input.triggers)) {
    for (const t of input.triggers as Record<string, unknown>[]) {
      if (!t || t.type !== 'timer') continue;
      if (typeof t.name !== 'string' || typeof t.config !== 'string') throw new Error(`${file}: a timer trigger needs "name" and "config"`);
      triggers.push({ name: t.name, type: 'timer', config: t.config, argument: typeof t.argument === 'string' ? t.argument : undefined });
    }
  }
  const permissions = input.permissions as { openapi?: unknown } | undefined;
  const openapi = Array.isArray(permissions?.openapi) ? (permissions!.openapi as unknown[]).map(String) : [];
  return { timeout, memorySize, envVariables, triggers, permissions: { openapi } };
}
