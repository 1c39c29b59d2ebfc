/**
 * The catalog: every theme definition, versioned, with each city's overlay applied on request.
 * A case stores the theme id and the exact version it was submitted under and reads it back with
 * `getTheme(id, { version, city })`.
 */
import { CITY_OVERLAYS } from './cities';
import { LIFE_EVENTS, type Audience, type LifeEventId } from './life-events';
import { cityOverlaySchema, type CityOverlay, type CityOverlayDefinition } from './overlay';
import { summarizeTheme, type ThemeSummary } from './overview';
import { CatalogError, resolveTheme } from './resolve';
import { themeSchema, type Theme, type ThemeDefinition, type Version } from './schema';
import { searchIn, type SearchHit } from './search';
import { NATIONAL_THEMES } from './themes';
import { issuesOf } from '../validation';

/** Compares "1.10.0" and "1.9" part by part; integers compare as one-part versions; build metadata (+…) is ignored. */
export function compareVersions(a: Version, b: Version): number {
  const parts = (v: Version) =>
    String(v)
      .split(/[+-]/)[0]!
      .split('.')
      .map(Number);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export interface ThemeQuery {
  /** A version as stored with a case ("1.0.0", or "1.0.0+440300.1" for a city); latest when absent. */
  version?: Version;
  /** 6-digit city code; the city's overlay is applied when it has one for this theme. */
  city?: string;
}

export interface Catalog {
  /** Latest version of every theme, national or for a city. */
  themes(options?: { city?: string }): Theme[];
  list(filter?: { audience?: Audience; lifeEvent?: LifeEventId; city?: string }): ThemeSummary[];
  /** Themes grouped by life event, in the order of LIFE_EVENTS (home page). */
  byLifeEvent(options?: { audience?: Audience; city?: string }): { lifeEvent: LifeEventId; label: string; themes: ThemeSummary[] }[];
  get(id: string, query?: ThemeQuery): Theme | undefined;
  versions(id: string): Version[];
  search(query: string, options?: { audience?: Audience; city?: string }): SearchHit[];
  cities(): { code: string; name: string }[];
}

export function createCatalog(definitions: readonly ThemeDefinition[], overlayDefinitions: readonly CityOverlayDefinition[] = []): Catalog {
  const byId = new Map<string, Theme[]>();
  for (const definition of definitions) {
    const parsed = themeSchema.safeParse(definition);
    if (!parsed.success) throw new CatalogError(`一件事「${definition.id}」的定义有误`, issuesOf(parsed.error));
    const versions = byId.get(parsed.data.id) ?? [];
    if (versions.some((t) => compareVersions(t.version, parsed.data.version) === 0)) {
      throw new CatalogError(`一件事「${parsed.data.id}」的版本 ${parsed.data.version} 重复`);
    }
    byId.set(parsed.data.id, [...versions, parsed.data].sort((a, b) => compareVersions(b.version, a.version)));
  }

  // Every version of every overlay is kept: a case submitted under "1.0.0+440300.1" reads back overlay 1.
  const overlays = new Map<string, CityOverlay[]>();
  for (const definition of overlayDefinitions) {
    const overlay = cityOverlaySchema.parse(definition);
    if (!byId.has(overlay.themeId)) throw new CatalogError(`${overlay.city.name}的配置引用了不存在的一件事「${overlay.themeId}」`);
    const key = `${overlay.city.code}/${overlay.themeId}`;
    const versions = overlays.get(key) ?? [];
    if (versions.some((o) => o.version === overlay.version)) throw new CatalogError(`${overlay.city.name}「${overlay.themeId}」的配置版本 ${overlay.version} 重复`);
    overlays.set(key, [...versions, overlay].sort((a, b) => b.version - a.version));
  }

  const resolved = new Map<string, Theme>();
  const get = (id: string, query: ThemeQuery = {}): Theme | undefined => {
    const versions = byId.get(id);
    if (!versions) return undefined;
    const national = query.version === undefined ? versions[0] : versions.find((t) => compareVersions(t.version, query.version!) === 0);
    if (!national) return undefined;
    const cityVersions = query.city ? overlays.get(`${query.city}/${id}`) : undefined;
    if (!cityVersions) return national;
    const stored = String(query.version ?? '');
    const suffix = `+${query.city}.`;
    const at = stored.lastIndexOf(suffix);
    const overlay = at >= 0 ? cityVersions.find((o) => String(o.version) === stored.slice(at + suffix.length)) : cityVersions[0];
    if (!overlay) return undefined;
    const key = `${overlay.city.code}/${id}@${national.version}#${overlay.version}`;
    let theme = resolved.get(key);
    if (!theme) {
      theme = resolveTheme(national, overlay);
      resolved.set(key, theme);
    }
    return theme;
  };

  const themes = (options: { city?: string } = {}) => [...byId.keys()].map((id) => get(id, { city: options.city })!);
  const list: Catalog['list'] = (filter = {}) =>
    themes({ city: filter.city })
      .filter((t) => (!filter.audience || t.audience === filter.audience) && (!filter.lifeEvent || t.lifeEvent === filter.lifeEvent))
      .map(summarizeTheme);

  return {
    themes,
    list,
    byLifeEvent: (options = {}) =>
      (Object.keys(LIFE_EVENTS) as LifeEventId[])
        .filter((id) => !options.audience || LIFE_EVENTS[id].audience === options.audience)
        .map((lifeEvent) => ({ lifeEvent, label: LIFE_EVENTS[lifeEvent].label, themes: list({ ...options, lifeEvent }) }))
        .filter((group) => group.themes.length > 0),
    get,
    versions: (id) => (byId.get(id) ?? []).map((t) => t.version),
    search: (query, options = {}) =>
      searchIn(
        themes({ city: options.city }).filter((t) => !options.audience || t.audience === options.audience),
        query,
      ),
    cities: () => [...new Map([...overlays.values()].map(([latest]) => [latest!.city.code, latest!.city])).values()],
  };
}

/** The shipped catalog: the national 2024 first batch plus the city overlays. */
export const catalog: Catalog = createCatalog(NATIONAL_THEMES, CITY_OVERLAYS);

export const listThemes = catalog.list;
export const getTheme = catalog.get;
export const searchThemes = catalog.search;

export { answerQuestion, evaluate, nextQuestion, previousQuestion, pruneAnswers, visibleQuestions } from './engine';
export type { Evaluation, RequiredMaterial, SelectedSubItem, ConsentNeeded } from './engine';
export { answersSchema, answerSchemaFor, describeAnswer, validateAnswers } from './answers';
export { themeOverview, summarizeTheme } from './overview';
export type { ThemeOverview, ThemeSummary } from './overview';
export { resolveTheme, CatalogError } from './resolve';
export { lintCatalog, lintTheme } from './lint';
export type { Theme, ThemeDefinition, Version } from './schema';
export type { Answers, AnswerValue, Condition } from './conditions';
