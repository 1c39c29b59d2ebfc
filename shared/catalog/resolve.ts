/** Layers a city overlay on a national theme and validates the result. */
import type { FieldIssue } from '../errors';
import { issuesOf } from '../validation';
import { checkDefinition, type LintProblem } from './lint';
import { cityOverlaySchema, type CityOverlay, type CityOverlayDefinition } from './overlay';
import { themeSchema, type Question, type Rule, type Theme } from './schema';

export class CatalogError extends Error {
  constructor(
    message: string,
    readonly problems: readonly (FieldIssue | LintProblem)[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}` : message);
    this.name = 'CatalogError';
  }
}

function parseOverlay(input: CityOverlay | CityOverlayDefinition): CityOverlay {
  const result = cityOverlaySchema.safeParse(input);
  if (!result.success) throw new CatalogError('城市配置格式有误', issuesOf(result.error));
  return result.data;
}

function insertQuestions(questions: Question[], extra: CityOverlay['extraQuestions']): Question[] {
  const result = [...questions];
  for (const { after, question } of extra) {
    if (after === undefined) {
      result.push(question);
      continue;
    }
    const at = result.findIndex((q) => q.id === after);
    if (at < 0) throw new CatalogError(`城市配置要把问题「${question.id}」插在不存在的问题「${after}」之后`);
    result.splice(at + 1, 0, question);
  }
  return result;
}

/** A rule left with nothing to do once disabled sub-items and dropped materials are taken out of it. */
function isEmptyRule(rule: Rule): boolean {
  const lists = [rule.add?.subItems, rule.add?.materials, rule.remove?.subItems, rule.remove?.materials];
  return lists.every((l) => !l || l.length === 0) && !rule.notice && rule.requireConsent.length === 0;
}

export function resolveTheme(national: Theme, overlayInput: CityOverlay | CityOverlayDefinition): Theme {
  const overlay = parseOverlay(overlayInput);
  if (overlay.themeId !== national.id) {
    throw new CatalogError(`城市配置属于「${overlay.themeId}」，不能用在「${national.id}」上`);
  }
  const nationalIds = new Set(national.subItems.map((s) => s.id));
  for (const id of [...overlay.disabledSubItems, ...Object.keys(overlay.subItemLimits)]) {
    if (!nationalIds.has(id)) throw new CatalogError(`城市配置引用了全国定义中没有的事项「${id}」`);
  }
  const disabled = new Set(overlay.disabledSubItems);
  const keep = (ids: string[]) => ids.filter((id) => !disabled.has(id));

  const subItems = [
    ...national.subItems
      .filter((s) => !disabled.has(s.id))
      .map((s) => ({ ...s, ...overlay.subItemLimits[s.id], after: keep(s.after) })),
    ...overlay.extraSubItems,
  ];

  const droppedMaterials = new Set<string>();
  const materials = [
    ...national.materials.flatMap((m) => {
      const neededBy = [...keep(m.neededBy), ...(overlay.extraNeededBy[m.id] ?? [])];
      if (neededBy.length === 0) {
        droppedMaterials.add(m.id);
        return [];
      }
      const sources = m.sources.filter((s) => s.source.kind !== 'internal' || !disabled.has(s.source.fromSubItem));
      return [{ ...m, neededBy, sources }];
    }),
    ...overlay.extraMaterials,
  ];
  for (const id of Object.keys(overlay.extraNeededBy)) {
    if (!national.materials.some((m) => m.id === id)) throw new CatalogError(`城市配置给不存在的材料「${id}」增加了事项`);
  }

  const overrides = new Map(overlay.ruleOverrides.map((r) => [r.id, r]));
  for (const id of overrides.keys()) {
    if (!national.rules.some((r) => r.id === id)) throw new CatalogError(`城市配置要替换不存在的规则「${id}」`);
  }
  const strip = (change: Rule['add']) =>
    change && { subItems: keep(change.subItems), materials: change.materials.filter((id) => !droppedMaterials.has(id)) };
  const rules = [
    ...national.rules
      .map((r) => overrides.get(r.id) ?? r)
      .map((r) => ({ ...r, add: strip(r.add), remove: strip(r.remove) }))
      .filter((r) => !isEmptyRule(r)),
    ...overlay.extraRules,
  ];

  const sections = national.form.sections.map((section) => ({
    ...section,
    fields: [
      ...section.fields.flatMap((f) => {
        if (!f.neededBy) return [f];
        const neededBy = keep(f.neededBy);
        return neededBy.length ? [{ ...f, neededBy }] : [];
      }),
      ...overlay.extraFormFields.filter((x) => x.section === section.id).map((x) => x.field),
    ],
  }));
  for (const { section } of overlay.extraFormFields) {
    if (!sections.some((s) => s.id === section)) throw new CatalogError(`城市配置要往不存在的表单分组「${section}」里加字段`);
  }

  const merged = {
    ...national,
    version: `${national.version}+${overlay.city.code}.${overlay.version}`,
    city: overlay.city,
    promisedDays: overlay.promisedDays ?? national.promisedDays,
    promiseNote: overlay.promiseNote ?? national.promiseNote,
    delivery: overlay.delivery ?? national.delivery,
    keywords: [...national.keywords, ...overlay.extraKeywords],
    subItems,
    questions: insertQuestions(national.questions, overlay.extraQuestions),
    rules,
    materials,
    form: { sections: sections.filter((s) => s.fields.length > 0) },
  };
  const parsed = themeSchema.safeParse(merged);
  if (!parsed.success) throw new CatalogError(`「${national.title}」叠加${overlay.city.name}配置后不是合法的定义`, issuesOf(parsed.error));
  const problems = checkDefinition(parsed.data);
  if (problems.length) throw new CatalogError(`「${national.title}」叠加${overlay.city.name}配置后引用有误`, problems);
  return parsed.data;
}
