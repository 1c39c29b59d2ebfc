import type { HelperProfile } from '@shared/contracts/help-views';
import { fullRegionDirectory } from '@shared/datasets/region-streets';
import { HELP_KIND_LABELS, HELPER_TEAM_LABELS, SPECIAL_NEED_LABELS } from '@shared/help/kinds';
import { HELPER_STATUS_LABELS } from '@shared/help/matching';
import { maskIdNumber, maskName, maskPhone } from '@shared/mask';
import type { HelperLoad } from '../store/helper-loads';
import type { StoredHelper } from '../store/types';

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'];

/** '周一至周五 09:00–18:00' or '周二、周四 14:00–17:00'. */
export function availabilityText(a: { weekdays: readonly number[]; from: string; to: string }): string {
  const days = [...a.weekdays].sort((x, y) => x - y);
  const consecutive = days.length > 2 && days.every((d, i) => i === 0 || d === days[i - 1]! + 1);
  const dayText = consecutive
    ? `周${WEEKDAY_NAMES[days[0]! - 1]}至周${WEEKDAY_NAMES[days[days.length - 1]! - 1]}`
    : days.map((d) => `周${WEEKDAY_NAMES[d - 1]}`).join('、');
  return `${dayText} ${a.from}–${a.to}`;
}

/** A helper's profile with identity masked (for coordinators and the helper alike). */
export function helperProfileView(helper: StoredHelper, load: HelperLoad): HelperProfile {
  const regions = fullRegionDirectory();
  return {
    openid: helper._id,
    name: maskName(helper.identity.realName),
    phone: maskPhone(helper.identity.phone),
    idNumber: maskIdNumber(helper.identity.idNumber),
    team: { value: helper.team, label: HELPER_TEAM_LABELS[helper.team] },
    organisation: helper.organisation,
    skills: helper.skills.map((k) => ({ value: k, label: HELP_KIND_LABELS[k] })),
    supports: helper.supports.map((n) => ({ value: n, label: SPECIAL_NEED_LABELS[n] })),
    languages: helper.languages,
    serviceAreas: helper.serviceAreas.map((code) => ({ code, name: regions.fullName(code) ?? code })),
    availability: { ...helper.availability, weekdays: [...helper.availability.weekdays], note: helper.availability.note ?? null, text: availabilityText(helper.availability) },
    status: { value: helper.status, label: HELPER_STATUS_LABELS[helper.status] },
    statusReason: helper.statusReason,
    verifiedAt: helper.verifiedAt ? helper.verifiedAt.toISOString() : null,
    suspendedAt: helper.suspendedAt ? helper.suspendedAt.toISOString() : null,
    activeCount: load.activeCount,
    completedCount: load.completedCount,
  };
}
