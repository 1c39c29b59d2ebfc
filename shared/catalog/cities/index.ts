import type { CityOverlayDefinition } from '../overlay';
import { SHENZHEN_OVERLAYS } from './shenzhen';

/** Every city's overlays. A city with no overlay for a theme uses the national definition as it is. */
export const CITY_OVERLAYS: readonly CityOverlayDefinition[] = [...SHENZHEN_OVERLAYS];
