import { themeOverview } from '@shared/catalog';
import type { onethingContracts } from '@shared/contracts/onething';
import type { Handler } from '../../_runtime/router';
import { themeOrThrow, usualBundle } from '../themes';

/** What the theme page says before anything is asked, with the city's overlay when it has one. */
export const getTheme: Handler<(typeof onethingContracts)['themes.get']> = async (input) => {
  const theme = themeOrThrow(input.themeId, input.regionCode);
  const overview = themeOverview(theme);
  const legalDays = new Map(theme.subItems.map((s) => [s.id, s.legalDays]));
  return {
    id: overview.id,
    name: overview.title,
    version: overview.version,
    audience: overview.audience,
    lifeEvent: overview.lifeEvent,
    lifeEventLabel: overview.lifeEventLabel,
    summary: overview.summary,
    promisedDays: overview.promisedDays,
    ...usualBundle(theme),
    city: theme.city ?? null,
    promiseNote: overview.promiseNote ?? null,
    preconditions: overview.preconditions,
    delivery: overview.delivery,
    subItems: overview.subItems.map((s) => ({ ...s, legalDays: legalDays.get(s.id)! })),
    departments: overview.departments,
    probableMaterials: overview.probableMaterials,
    questionCount: overview.questionCount,
  };
};
