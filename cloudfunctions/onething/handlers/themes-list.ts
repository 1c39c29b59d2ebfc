import { catalog, summarizeTheme, type Theme } from '@shared/catalog';
import type { onethingContracts } from '@shared/contracts/onething';
import type { Handler } from '../../_runtime/router';
import { usualBundle } from '../themes';

const summary = (theme: Theme, matched: string[]) => {
  const s = summarizeTheme(theme);
  return {
    id: s.id,
    name: s.title,
    version: s.version,
    audience: s.audience,
    lifeEvent: s.lifeEvent,
    lifeEventLabel: s.lifeEventLabel,
    summary: s.summary,
    promisedDays: s.promisedDays,
    ...usualBundle(theme),
    matched,
  };
};

/** Every theme (national definitions), optionally for one audience, or the search hits best first. */
export const listThemes: Handler<(typeof onethingContracts)['themes.list']> = async (input) => {
  const audience = input.audience ? { audience: input.audience } : {};
  if (input.search) return { themes: catalog.search(input.search, audience).map((hit) => summary(hit.theme, hit.matched)) };
  return { themes: catalog.themes().filter((t) => !input.audience || t.audience === input.audience).map((t) => summary(t, [])) };
};
