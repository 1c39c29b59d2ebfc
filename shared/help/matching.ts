/**
 * Which helper may take which request: verified and not suspended, a service area covering the request's
 * region, the skill for its kind, and support for each of its special needs (for language, the language too).
 */
import { HELP_KIND_LABELS, SPECIAL_NEED_LABELS, type HelpKind, type SpecialNeed } from './kinds';
import { regionCovers } from './regions';

export const HELPER_STATUSES = ['verified', 'suspended'] as const;
export type HelperStatus = (typeof HELPER_STATUSES)[number];

export const HELPER_STATUS_LABELS: Record<HelperStatus, string> = {
  verified: '已认证',
  suspended: '已暂停',
};

export interface HelperForMatch {
  status: HelperStatus;
  skills: readonly HelpKind[];
  supports: readonly SpecialNeed[];
  languages: readonly string[];
  /** Short-form GB/T 2260 codes of any level. */
  serviceAreas: readonly string[];
}

export interface RequestForMatch {
  kind: HelpKind;
  regionCode: string;
  specialNeeds: readonly SpecialNeed[];
  language: string | null;
}

const sameLanguage = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Why this helper does not fit this request (Chinese, for the coordinator), empty when it fits. */
export function mismatches(helper: HelperForMatch, request: RequestForMatch): string[] {
  const out: string[] = [];
  if (helper.status !== 'verified') out.push('帮办员资格已暂停');
  if (!helper.serviceAreas.some((area) => regionCovers(area, request.regionCode))) out.push('服务区域不包含申请人所在地区');
  if (!helper.skills.includes(request.kind)) out.push(`不提供${HELP_KIND_LABELS[request.kind]}服务`);
  for (const need of request.specialNeeds) {
    if (!helper.supports.includes(need)) out.push(`不能提供${SPECIAL_NEED_LABELS[need]}服务`);
    else if (need === 'language' && request.language && !helper.languages.some((l) => sameLanguage(l, request.language!))) {
      out.push(`不会${request.language}`);
    }
  }
  return out;
}

export function helperMatches(helper: HelperForMatch, request: RequestForMatch): boolean {
  return mismatches(helper, request).length === 0;
}

/** A helper's weekly availability: days 1 (Monday) … 7 (Sunday), hours HH:mm Beijing time. */
export interface Availability {
  weekdays: readonly number[];
  from: string;
  to: string;
  note?: string | null;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const BEIJING = 8 * 3600_000;

/** True when the helper's weekly hours overlap the preferred window on at least one day. */
export function availableDuring(availability: Availability, window: { from: Date; to: Date }): boolean {
  const start = window.from.getTime() + BEIJING;
  const end = window.to.getTime() + BEIJING;
  const [openMin, closeMin] = [minutesOf(availability.from), minutesOf(availability.to)];
  for (let day = Math.floor(start / 86_400_000); day * 86_400_000 < end; day += 1) {
    const weekday = ((new Date(day * 86_400_000).getUTCDay() + 6) % 7) + 1;
    if (!availability.weekdays.includes(weekday)) continue;
    const open = day * 86_400_000 + openMin * 60_000;
    const close = day * 86_400_000 + closeMin * 60_000;
    if (Math.max(open, start) < Math.min(close, end)) return true;
  }
  return false;
}
