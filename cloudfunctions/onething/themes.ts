import { catalog, evaluate, type Theme } from '@shared/catalog';
import { AppError } from '@shared/errors';

/** The theme as this city sees it (national when the city has no overlay); NOT_FOUND when there is no such theme. */
export function themeOrThrow(themeId: string, regionCode?: string): Theme {
  const theme = catalog.get(themeId, regionCode ? { city: regionCode } : {});
  if (!theme) throw new AppError('NOT_FOUND', `没有找到「${themeId}」这件事，请回到首页重新选择。`, { themeId });
  return theme;
}

/** The usual bundle (no answers yet): how many sub-items and their total legal time along the longest chain. */
export function usualBundle(theme: Theme): { subItemCount: number; totalLegalDays: number } {
  const before = evaluate(theme, {});
  return { subItemCount: before.subItems.length, totalLegalDays: before.totalLegalDays };
}
