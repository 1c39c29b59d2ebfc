/**
 * Checks of a new request that need more than its shape: the region exists and is in this city, the window is
 * in the future, the 委托书 date is allowed, the theme exists, the enterprise is the caller's. Every problem is
 * reported at once as VALIDATION_FAILED with field paths, before anything is written.
 */
import { getTheme } from '@shared/catalog';
import { cityConfig } from '@shared/config/city';
import type { ParsedInputOf } from '@shared/contract';
import type { helpContracts } from '@shared/contracts/help';
import { fullRegionDirectory } from '@shared/datasets/region-streets';
import { AppError, type FieldIssue } from '@shared/errors';
import { validUntilProblem } from '@shared/help/authorization';
import { regionCovers, regionPath } from '@shared/help/regions';
import { windowProblems } from '@shared/help/window';
import type { UserRecord } from '../_runtime/users';
import type { About } from './store/types';

type CreateInput = ParsedInputOf<(typeof helpContracts)['requests.create']>;

export interface ResolvedRegion {
  code: string;
  path: string[];
  name: string;
}

export function cityRegionPrefix(): string {
  return fullRegionDirectory().normalize(cityConfig().regionCode) ?? cityConfig().regionCode;
}

/** The city's 帮办代办 service areas (cities/<id>.json → help.serviceAreas) in the directory's short forms. */
function serviceAreaOf(area: string): string {
  return fullRegionDirectory().normalize(area) ?? area;
}

function serviceAreaPrefixes(): string[] {
  return cityConfig().help.serviceAreas.map(serviceAreaOf);
}

function serviceAreaNames(): string {
  return cityConfig().help.serviceAreas.map((area) => fullRegionDirectory().path(serviceAreaOf(area)).at(-1)?.name ?? area).join('、');
}

/** A region of this city at county or street level, or the problem. */
export function resolveRequestRegion(raw: string): ResolvedRegion | string {
  const directory = fullRegionDirectory();
  const code = directory.normalize(raw);
  if (!code || (code.length !== 6 && code.length !== 9)) return '没有这个区县或街道，请重新选择';
  if (!regionCovers(cityRegionPrefix(), code)) return `只能申请${cityConfig().name}范围内的帮办服务`;
  if (!serviceAreaPrefixes().some((area) => regionCovers(area, code))) return `${cityConfig().name}的帮办服务目前只在${serviceAreaNames()}开展，请选择这些区县`;
  return { code, path: regionPath(code), name: directory.fullName(code) ?? code };
}

function resolveAbout(about: CreateInput['about'], issues: FieldIssue[]): About {
  if (about.type === 'theme') {
    const theme = getTheme(about.themeId, { city: cityConfig().regionCode });
    if (!theme) issues.push({ path: 'about.themeId', message: '没有这件“一件事”，请重新选择' });
    return { type: 'theme', themeId: about.themeId, title: theme?.title ?? about.themeId };
  }
  if (about.type === 'case') return { type: 'case', caseNumber: about.caseNumber, title: `办件 ${about.caseNumber}` };
  return { type: 'text', text: about.text, title: about.text.length > 30 ? `${about.text.slice(0, 30)}…` : about.text };
}

export interface ResolvedCreate {
  region: ResolvedRegion;
  about: About;
  window: { from: Date; to: Date };
  enterprise: { id: string; name: string } | null;
}

export function resolveCreateInput(input: CreateInput, user: UserRecord, now: Date): ResolvedCreate {
  const issues: FieldIssue[] = [];
  const config = cityConfig().help;
  const region = resolveRequestRegion(input.regionCode);
  if (typeof region === 'string') issues.push({ path: 'regionCode', message: region });
  const window = { from: new Date(input.window.from), to: new Date(input.window.to) };
  issues.push(...windowProblems(window, now, config));
  if (input.authorization) {
    const problem = validUntilProblem(input.authorization.validUntil, now, config.maxAuthorizationDays);
    if (problem) issues.push({ path: 'authorization.validUntil', message: problem });
  }
  const about = resolveAbout(input.about, issues);
  let enterprise: ResolvedCreate['enterprise'] = null;
  if (input.enterpriseId) {
    const link = user.enterprises.find((e) => e.enterpriseId === input.enterpriseId);
    if (!link) throw new AppError('FORBIDDEN', '您不是这家企业的法定代表人或授权经办人，不能以企业名义申请。');
    enterprise = { id: link.enterpriseId, name: link.name };
  }
  if (issues.length > 0) {
    throw new AppError('VALIDATION_FAILED', `提交的内容有 ${issues.length} 处需要修改：${issues[0]!.message}`, { fields: issues });
  }
  return { region: region as ResolvedRegion, about, window, enterprise };
}
