/**
 * What the answers mean (一次性告知): the tailored sub-items, materials with their sources, form fields,
 * time limit, consents and notices. The questionnaire itself lives in guide.ts and is re-exported here.
 */
import { departmentName } from '../departments';
import { holds, type AnswerValue, type Answers } from './conditions';
import { walkQuestions } from './guide';
import type { FormField, FormSection, Material, MaterialSource, Question, Rule, SubItem, Theme } from './schema';
import { scheduleSubItems } from './schedule';
import { SENSITIVE_KINDS, SENSITIVE_KIND_IDS, type SensitiveKind } from './sensitivity';
import { SHARED_RECORDS } from './shared-records';

export { answerQuestion, nextQuestion, previousQuestion, pruneAnswers, visibleQuestions, type AnswerResult } from './guide';

export interface SelectedSubItem {
  id: string;
  name: string;
  description?: string;
  department: SubItem['department'];
  departmentName: string;
  legalDays: number;
  promisedDays: number;
  output: SubItem['output'];
  outsidePromise: boolean;
  /** Predecessors in this bundle (串联); the rest run in parallel (并联). */
  after: string[];
  startDay: number;
  finishDay: number;
  why: string[];
}

export interface RequiredMaterial {
  id: string;
  name: string;
  description?: string;
  neededBy: { id: string; name: string }[];
  source: MaterialSource;
  /** Which `sources` entry was chosen (kept with a case so a later change of the definition can be traced). */
  sourceIndex: number;
  /** One line for the checklist: shared (nothing to do), promise (tick), upload (what to take). */
  sourceSummary: string;
  why: string[];
  sensitive: SensitiveKind[];
}

export interface ConsentNeeded {
  kind: SensitiveKind;
  label: string;
  explanation: string;
  /** Names of the materials, form fields or situations that need it. */
  because: string[];
}

export interface Evaluation {
  themeId: string;
  version: Theme['version'];
  /** All asked questions are answered: the checklist is final. Before that it is "what you will probably need". */
  complete: boolean;
  /** Complete and something to apply for: the answers may leave nothing that can be done here (see notices). */
  canSubmit: boolean;
  nextQuestion: Question | null;
  answers: Record<string, AnswerValue>;
  dropped: string[];
  subItems: SelectedSubItem[];
  materials: RequiredMaterial[];
  formSections: (Omit<FormSection, 'fields'> & { fields: FormField[] })[];
  formFields: (FormField & { section: string })[];
  /** Longest serial chain of promised limits over the selected sub-items (those `outsidePromise` count 0). */
  totalPromisedDays: number;
  totalLegalDays: number;
  sensitiveConsentsNeeded: ConsentNeeded[];
  /** Things to tell the person at once (一次性告知), from the rules that apply. */
  notices: string[];
  firedRules: string[];
}

type Inclusion = 'added' | 'removed';

function applyRules(theme: Theme, answers: Answers) {
  const subItemState = new Map<string, Inclusion>();
  const materialState = new Map<string, Inclusion>();
  const addedBecause = new Map<string, string[]>();
  const fired: Rule[] = [];
  // Rules apply in order; a later rule overrides an earlier one for the same sub-item or material.
  for (const rule of theme.rules) {
    if (!holds(rule.when, answers)) continue;
    fired.push(rule);
    for (const id of rule.add?.subItems ?? []) subItemState.set(id, 'added');
    for (const id of rule.add?.materials ?? []) materialState.set(id, 'added');
    for (const id of rule.remove?.subItems ?? []) subItemState.set(id, 'removed');
    for (const id of rule.remove?.materials ?? []) materialState.set(id, 'removed');
    for (const id of [...(rule.add?.subItems ?? []), ...(rule.add?.materials ?? [])]) {
      addedBecause.set(id, [...(addedBecause.get(id) ?? []), rule.why]);
    }
  }
  const included = (item: { id: string; byDefault: boolean }, state: Map<string, Inclusion>) =>
    item.byDefault ? state.get(item.id) !== 'removed' : state.get(item.id) === 'added';
  return {
    fired,
    subItemIncluded: (s: SubItem) => included(s, subItemState),
    materialIncluded: (m: Material) => included(m, materialState),
    addedBecause: (id: string) => addedBecause.get(id) ?? [],
  };
}

export function describeSource(theme: Theme, source: MaterialSource): string {
  switch (source.kind) {
    case 'shared':
      return `无需提交：从电子证照库自动获取${SHARED_RECORDS[source.record].label}`;
    case 'promise':
      return source.supplyWithinDays
        ? `可先承诺：勾选告知承诺，${source.supplyWithinDays} 个工作日内补交`
        : '签署告知承诺即可，无需提交';
    case 'upload':
      return `需要上传：${source.upload.tip}`;
    case 'internal': {
      const from = theme.subItems.find((s) => s.id === source.fromSubItem);
      return `无需提交：由「${from?.name ?? source.fromSubItem}」办好后在部门之间流转`;
    }
  }
}

/** The chosen source: the first entry whose condition holds (an internal one only if its sub-item is in the bundle). */
export function chooseSource(material: Material, answers: Answers, selected: ReadonlySet<string>): { source: MaterialSource; index: number } | null {
  for (const [index, entry] of material.sources.entries()) {
    if (!holds(entry.when, answers)) continue;
    if (entry.source.kind === 'internal' && !selected.has(entry.source.fromSubItem)) continue;
    return { source: entry.source, index };
  }
  return null;
}

export interface Decision {
  answers: Record<string, AnswerValue>;
  dropped: string[];
  next: Question | null;
  fired: Rule[];
  subItems: SubItem[];
  materials: { material: Material; neededBy: string[]; source: MaterialSource; sourceIndex: number; addedBecause: string[] }[];
  form: { section: FormSection; fields: FormField[] }[];
  consents: Map<SensitiveKind, string[]>;
  totalPromisedDays: number;
  addedBecause: (id: string) => string[];
}

/** A material whose sources all fail (a lint error) is still asked for, as a plain upload. */
const LAST_RESORT: MaterialSource = {
  kind: 'upload',
  upload: { mimeTypes: ['image/jpeg', 'image/png', 'application/pdf'], maxBytes: 10 * 1024 * 1024, count: { min: 1, max: 3 }, tip: '请上传清晰的照片或扫描件。' },
};

/** What the answers decide, without the wording: the simulator walks thousands of these. */
export function decide(theme: Theme, rawAnswers: Answers): Decision {
  const { visible, kept: answers } = walkQuestions(theme, rawAnswers);
  const rules = applyRules(theme, answers);
  const subItems = theme.subItems.filter(rules.subItemIncluded);
  const selected = new Set(subItems.map((s) => s.id));

  const materials: Decision['materials'] = [];
  for (const material of theme.materials) {
    if (!rules.materialIncluded(material)) continue;
    const neededBy = material.neededBy.filter((id) => selected.has(id));
    if (neededBy.length === 0) continue;
    const picked = chooseSource(material, answers, selected) ?? { source: LAST_RESORT, index: -1 };
    materials.push({ material, neededBy, source: picked.source, sourceIndex: picked.index, addedBecause: rules.addedBecause(material.id) });
  }

  const form: Decision['form'] = [];
  for (const section of theme.form.sections) {
    if (!holds(section.askWhen, answers)) continue;
    const fields = section.fields.filter((f) => holds(f.askWhen, answers) && (!f.neededBy || f.neededBy.some((id) => selected.has(id))));
    if (fields.length) form.push({ section, fields });
  }

  const consents = new Map<SensitiveKind, string[]>();
  const need = (kinds: readonly SensitiveKind[], reason: string) => {
    for (const kind of kinds) {
      const reasons = consents.get(kind) ?? [];
      if (!reasons.includes(reason)) reasons.push(reason);
      consents.set(kind, reasons);
    }
  };
  for (const m of materials) need(m.material.sensitive, m.material.name);
  for (const { fields } of form) for (const f of fields) need(f.sensitive, f.label);
  for (const r of rules.fired) need(r.requireConsent, r.why);

  return {
    answers,
    dropped: Object.keys(rawAnswers).filter((id) => !(id in answers)),
    next: visible.find((q) => !(q.id in answers)) ?? null,
    fired: rules.fired,
    subItems,
    materials,
    form,
    // The promise to the person leaves out steps whose time the theme does not promise.
    totalPromisedDays: scheduleSubItems(subItems, (s) => (s.outsidePromise ? 0 : s.promisedDays)).totalDays,
    consents,
    addedBecause: rules.addedBecause,
  };
}

/** Said when the answers leave nothing to apply for and no rule explains why: the person is never left guessing. */
export const NOTHING_TO_APPLY_FOR = '按您的回答，目前没有需要通过这件事办理的事项。如果情况和回答不一样，可以返回修改回答。';

export function evaluate(theme: Theme, rawAnswers: Answers): Evaluation {
  const decision = decide(theme, rawAnswers);
  const notices = decision.fired.flatMap((r) => (r.notice ? [r.notice] : []));
  if (decision.next === null && decision.subItems.length === 0 && notices.length === 0) notices.push(NOTHING_TO_APPLY_FOR);
  const { answers, subItems: chosen } = decision;
  const promised = scheduleSubItems(chosen);
  const nameOf = new Map(theme.subItems.map((s) => [s.id, s.name]));

  const subItems: SelectedSubItem[] = chosen.map((s, i) => ({
    id: s.id,
    name: s.name,
    ...(s.description ? { description: s.description } : {}),
    department: s.department,
    departmentName: departmentName(s.department),
    legalDays: s.legalDays,
    promisedDays: s.promisedDays,
    output: s.output,
    outsidePromise: s.outsidePromise,
    after: promised.items[i]!.after,
    startDay: promised.items[i]!.startDay,
    finishDay: promised.items[i]!.finishDay,
    why: decision.addedBecause(s.id).length ? decision.addedBecause(s.id) : ['这件事的基本环节'],
  }));

  const materials: RequiredMaterial[] = decision.materials.map(({ material, neededBy, source, sourceIndex, addedBecause }) => ({
    id: material.id,
    name: material.name,
    ...(material.description ? { description: material.description } : {}),
    neededBy: neededBy.map((id) => ({ id, name: nameOf.get(id) ?? id })),
    source,
    sourceIndex,
    sourceSummary: describeSource(theme, source),
    why: [...neededBy.map((id) => `办理「${nameOf.get(id) ?? id}」需要`), ...addedBecause],
    sensitive: material.sensitive,
  }));

  return {
    themeId: theme.id,
    version: theme.version,
    complete: decision.next === null,
    canSubmit: decision.next === null && subItems.length > 0,
    nextQuestion: decision.next,
    answers,
    dropped: decision.dropped,
    subItems,
    materials,
    formSections: decision.form.map(({ section, fields }) => ({ ...section, fields })),
    formFields: decision.form.flatMap(({ section, fields }) => fields.map((f) => ({ ...f, section: section.id }))),
    totalPromisedDays: decision.totalPromisedDays,
    totalLegalDays: scheduleSubItems(chosen, (s) => s.legalDays).totalDays,
    sensitiveConsentsNeeded: SENSITIVE_KIND_IDS.filter((k) => decision.consents.has(k)).map((kind) => ({
      kind,
      ...SENSITIVE_KINDS[kind],
      because: decision.consents.get(kind)!,
    })),
    notices,
    firedRules: decision.fired.map((r) => r.id),
  };
}
