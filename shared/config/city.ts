import type { HelpKind } from '../help/kinds';
import { CITY_FILES, DEFAULT_CITY_ID } from './cities';
import { cityFileSchema, type CityFile } from './city-schema';

/** 帮办代办 service levels and limits (domain.md §3: no national response time, so every number is configuration). */
export interface HelpConfig {
  /** Minutes an open request may wait for a helper before it is escalated to the coordinator (once). */
  acceptWithinMinutes: number;
  /** Minutes after the end of the preferred window by which an owned request must have started, else overdue. */
  startGraceMinutes: number;
  /** Working days from acceptance to 办结, per kind, else overdue. */
  completeWithinWorkingDays: Record<HelpKind, number>;
  /** Shortest preferred window a requester may pick, in minutes. */
  minWindowMinutes: number;
  /** How many days ahead a preferred window may start. */
  maxWindowDaysAhead: number;
  /** Longest validity of a 代办委托书, in days. */
  maxAuthorizationDays: number;
  /** Requests one person may have open or in progress at once. */
  maxActiveRequestsPerPerson: number;
}

/** 好差评 rules that are local, not national (domain.md §2). */
export interface ReviewConfig {
  /** Working days a department has to rectify a bad review (Sichuan 15; some cities 5 or 7). */
  rectifyWithinWorkingDays: number;
  /** Days after a completed case is still unrated before its one reminder. */
  remindAfterDays: number;
  /** Days after a stage is reached during which it can be rated. */
  ratingWindowDays: number;
  /** Department answerable for help-on-demand cases (帮办代办). */
  helpDepartment: string;
}

/**
 * Per-city settings (FixMyStreet's "cobrand" idea): what differs between cities is configuration layered on
 * the national definitions, never a fork of the code. Each city is one file, cities/<id>.json (schema in
 * ./city-schema.ts); a build picks its city with CITY=<id> (default demo).
 */
export type CityConfig = Omit<CityFile, 'help'> & { help: HelpConfig & { serviceAreas: string[] } };

/** The figures a city that sets nothing special would use (the demo city's file starts from these). */
export const NATIONAL_DEFAULTS: { feedback: CityConfig['feedback']; help: HelpConfig; review: ReviewConfig } = {
  feedback: { replyWithinWorkingDays: 5, defaultDepartment: 'govservice' },
  help: {
    acceptWithinMinutes: 120,
    startGraceMinutes: 60,
    completeWithinWorkingDays: { guidance: 1, proxy: 5, home_visit: 2 },
    minWindowMinutes: 30,
    maxWindowDaysAhead: 30,
    maxAuthorizationDays: 90,
    maxActiveRequestsPerPerson: 5,
  },
  review: { rectifyWithinWorkingDays: 15, remindAfterDays: 3, ratingWindowDays: 30, helpDepartment: 'govservice' },
};

/** Set by the builds (esbuild `define` for the functions, Taro `defineConstants` for the mini-program). */
declare const __CITY__: string | undefined;

export function knownCityIds(): string[] {
  return Object.keys(CITY_FILES).sort();
}

/** The city this build serves: the build-time constant, else CITY in the environment (scripts, tests), else demo. */
export function selectedCityId(): string {
  if (typeof __CITY__ === 'string' && __CITY__) return __CITY__;
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.CITY || DEFAULT_CITY_ID;
}

const parsed = new Map<string, CityConfig>();

/** One city's validated configuration; a clear error for an unknown id or a file that does not validate. */
export function cityById(id: string): CityConfig {
  const known = parsed.get(id);
  if (known) return known;
  const raw = CITY_FILES[id];
  if (raw === undefined) throw new Error(`没有城市「${id}」的配置：可用的有 ${knownCityIds().join('、')}（cities/<id>.json）`);
  const result = cityFileSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(根)'}：${issue.message}`).join('；');
    throw new Error(`cities/${id}.json 有误：${problems}`);
  }
  if (result.data.id !== id) throw new Error(`cities/${id}.json 的 id 写成了「${result.data.id}」，应与文件名一致`);
  parsed.set(id, result.data);
  return result.data;
}

export function cityConfig(): CityConfig {
  return cityById(selectedCityId());
}

export const DEMO_CITY: CityConfig = cityById(DEFAULT_CITY_ID);
