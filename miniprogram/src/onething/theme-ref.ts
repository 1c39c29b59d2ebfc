import { cityConfig } from '@shared/config/city';

/** Which theme, as this deployment's city sees it (its overlay: local time limits, extra steps). */
export function themeRef(themeId: string): { themeId: string; regionCode: string } {
  return { themeId, regionCode: cityConfig().regionCode };
}

/** The theme id from a page's query (`?themeId=`), decoded. */
export function themeIdFrom(params: Record<string, string | undefined>): string | null {
  return params.themeId ? decodeURIComponent(params.themeId) : null;
}
