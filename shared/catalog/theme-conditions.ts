import type { Condition } from './conditions';
import type { Theme } from './schema';

export interface PlacedCondition {
  condition: Condition;
  /** Where it sits in the definition, e.g. `rules.3.when` (the form zod uses for issue paths). */
  path: string;
  /** For a question's `askWhen`: that question's position (it may only look at earlier questions). */
  questionIndex?: number;
}

/** Every condition in a theme, wherever it appears. */
export function conditionsOf(theme: Theme): PlacedCondition[] {
  const found: PlacedCondition[] = [];
  theme.questions.forEach((q, i) => {
    if (q.askWhen) found.push({ condition: q.askWhen, path: `questions.${i}.askWhen`, questionIndex: i });
  });
  theme.rules.forEach((r, i) => found.push({ condition: r.when, path: `rules.${i}.when` }));
  theme.materials.forEach((m, i) =>
    m.sources.forEach((s, j) => {
      if (s.when) found.push({ condition: s.when, path: `materials.${i}.sources.${j}.when` });
    }),
  );
  theme.form.sections.forEach((section, i) => {
    if (section.askWhen) found.push({ condition: section.askWhen, path: `form.sections.${i}.askWhen` });
    section.fields.forEach((f, j) => {
      if (f.askWhen) found.push({ condition: f.askWhen, path: `form.sections.${i}.fields.${j}.askWhen` });
    });
  });
  return found;
}
