/** What a theme page says before anything is asked: what it bundles, how long, what you will probably need. */
import { departmentName } from '../departments';
import { evaluate } from './engine';
import { LIFE_EVENTS } from './life-events';
import { DELIVERY_LABELS, type Theme } from './schema';

export interface ThemeSummary {
  id: string;
  version: Theme['version'];
  title: string;
  audience: Theme['audience'];
  lifeEvent: Theme['lifeEvent'];
  lifeEventLabel: string;
  summary: string;
  promisedDays: number;
  city?: Theme['city'];
}

export interface ThemeOverview extends ThemeSummary {
  promiseNote?: string;
  preconditions: string[];
  delivery: { id: Theme['delivery'][number]; label: string }[];
  /** Every sub-item the theme can bundle; `usual` false means "only if your situation needs it". */
  subItems: { id: string; name: string; department: string; promisedDays: number; output: string; usual: boolean }[];
  departments: string[];
  /** The materials needed before any answer (the common case); the guide tailors them. */
  probableMaterials: { id: string; name: string; sourceSummary: string }[];
  questionCount: number;
}

export function summarizeTheme(theme: Theme): ThemeSummary {
  return {
    id: theme.id,
    version: theme.version,
    title: theme.title,
    audience: theme.audience,
    lifeEvent: theme.lifeEvent,
    lifeEventLabel: LIFE_EVENTS[theme.lifeEvent].label,
    summary: theme.summary,
    promisedDays: theme.promisedDays,
    ...(theme.city ? { city: theme.city } : {}),
  };
}

export function themeOverview(theme: Theme): ThemeOverview {
  const before = evaluate(theme, {});
  return {
    ...summarizeTheme(theme),
    ...(theme.promiseNote ? { promiseNote: theme.promiseNote } : {}),
    preconditions: theme.preconditions,
    delivery: theme.delivery.map((id) => ({ id, label: DELIVERY_LABELS[id] })),
    subItems: theme.subItems.map((s) => ({
      id: s.id,
      name: s.name,
      department: departmentName(s.department),
      promisedDays: s.promisedDays,
      output: s.output.name,
      usual: s.byDefault,
    })),
    departments: [...new Set(theme.subItems.map((s) => departmentName(s.department)))],
    probableMaterials: before.materials.map((m) => ({ id: m.id, name: m.name, sourceSummary: m.sourceSummary })),
    questionCount: theme.questions.length,
  };
}
