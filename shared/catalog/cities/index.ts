import { cityConfig, type CityConfig } from '../../config/city';
import type { CityOverlayDefinition } from '../overlay';
import { SHENZHEN_OVERLAYS } from './shenzhen';

/**
 * Overlay sets by name. Overlays carry questions, rules and form fields, so they stay code; a city's file names
 * the sets it applies (cities/<id>.json → catalogOverlays). A theme with no overlay is the national definition.
 */
export const OVERLAY_SETS: Readonly<Record<string, readonly CityOverlayDefinition[]>> = {
  shenzhen: SHENZHEN_OVERLAYS,
};

export function overlaysOf(city: CityConfig): CityOverlayDefinition[] {
  return city.catalogOverlays.flatMap((name) => {
    const set = OVERLAY_SETS[name];
    if (!set) throw new Error(`城市「${city.id}」引用的目录差异「${name}」不存在：可用的有 ${Object.keys(OVERLAY_SETS).join('、')}`);
    return set;
  });
}

/** The overlays of the city this build serves. */
export const CITY_OVERLAYS: readonly CityOverlayDefinition[] = overlaysOf(cityConfig());
