import type { HelpKind } from '../help/kinds';

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
  help: HelpConfig;
  review: ReviewConfig;
}

export const NATIONAL_DEFAULTS: Omit<CityConfig, 'id' | 'name' | 'regionCode'> = {
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

export const DEMO_CITY: CityConfig = {
  id: 'demo',
  name: '示范市',
  regionCode: '440300',
  ...NATIONAL_DEFAULTS,
  // The demo city promises a helper within half an hour (a local commitment tighter than the default).
  help: { ...NATIONAL_DEFAULTS.help, acceptWithinMinutes: 30, startGraceMinutes: 30 },
};

export function cityConfig(): CityConfig {
  return DEMO_CITY;
}
