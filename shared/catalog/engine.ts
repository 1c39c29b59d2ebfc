/**
 * The guide (情形引导) as pure functions over a theme and the answers so far: which question comes next
 * (one per page), and what the answers mean — the tailored sub-items, materials with their sources, form
 * fields, time limit and consents (一次性告知).
 */
import type { FieldIssue } from '../errors';
import { departmentName } from '../departments';
import { answerSchemaFor, isValidAnswer } from './answers';
import { holds, type AnswerValue, type Answers } from './conditions';
import type { FormField, FormSection, Material, MaterialSource, Question, Rule, SubItem, Theme } from './schema';
import { scheduleSubItems } from './schedule';
import { SENSITIVE_KINDS, SENSITIVE_KIND_IDS, type SensitiveKind } from './sensitivity';
import { SHARED_RECORDS } from './shared-records';
import { issuesOf } from '../validation';

// ── the questionnaire ────────────────────────────────────────────────────────────────────────────────

/**
 * Walks the questions in order, keeping an answer only if its question is asked given the answers kept
 * before it and the answer is valid. Everything else is dropped: this is what makes a changed early answer
 * forget the answers to questions that are no longer asked.
 */
function walk(theme: Theme, answers: Answers): { visible: Question[]; kept: Record<string, AnswerValue> } {
  const kept: Record<string, AnswerValue> = {};
  const visible: Question[] = [];
  for (const question of theme.questions) {
    if (!holds(question.askWhen, kept)) continue;
    visible.push(question);
    const value = answers[question.id];
    if (value !== undefined && isValidAnswer(question, value)) kept[question.id] = value;
  }
  return { visible, kept };
}

/** The questions asked given these answers, in order (answered or not). */
export function visibleQuestions(theme: Theme, answers: Answers): Question[] {
  return walk(theme, answers).visible;
}

/** The answers that still count, and the ids of those dropped (question no longer asked, unknown or invalid). */
export function pruneAnswers(theme: Theme, answers: Answers): { answers: Record<string, AnswerValue>; dropped: string[] } {
  const { kept } = walk(theme, answers);
  return { answers: kept, dropped: Object.keys(answers).filter((id) => !(id in kept)) };
}

/** The first asked question without an answer; null when the guide is done. */
export function nextQuestion(theme: Theme, answers: Answers): Question | null {
  const { visible, kept } = walk(theme, answers);
  return visible.find((q) => !(q.id in kept)) ?? null;
}

/** The page before `currentId` (or the last asked question when the person is on the result page). */
export function previousQuestion(theme: Theme, answers: Answers, currentId: string | null): Question | null {
  const { visible } = walk(theme, answers);
  if (currentId === null) return visible[visible.length - 1] ?? null;
  const index = visible.findIndex((q) => q.id === currentId);
  return index > 0 ? visible[index - 1]! : null;
}

export type AnswerResult =
  | { ok: true; answers: Record<string, AnswerValue>; dropped: string[] }
  | { ok: false; issues: FieldIssue[] };

/** Records one answer; answers to questions that this makes unnecessary are dropped (and listed). */
export function answerQuestion(theme: Theme, answers: Answers, questionId: string, value: unknown): AnswerResult {
  const question = theme.questions.find((q) => q.id === questionId);
  if (!question) return { ok: false, issues: [{ path: questionId, message: '没有这个问题' }] };
  const parsed = answerSchemaFor(question).safeParse(value);
  if (!parsed.success) {
    return { ok: false, issues: issuesOf(parsed.error).map((i) => ({ ...i, path: i.path === '(root)' ? questionId : `${questionId}.${i.path}` })) };
  }
  const before = pruneAnswers(theme, answers).answers;
  const after = pruneAnswers(theme, { ...before, [questionId]: parsed.data });
  if (!(questionId in after.answers)) return { ok: false, issues: [{ path: questionId, message: '根据前面的回答，这个问题不需要回答' }] };
  return { ok: true, answers: after.answers, dropped: Object.keys(before).filter((id) => !(id in after.answers)) };
}

// ── the evaluation ───────────────────────────────────────────────────────────────────────────────────

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

export function evaluate(theme: Theme, rawAnswers: Answers): Evaluation {
  const { answers, dropped } = pruneAnswers(theme, rawAnswers);
  const next = nextQuestion(theme, answers);
  const rules = applyRules(theme, answers);

  const chosen = theme.subItems.filter(rules.subItemIncluded);
  const selectedIds = new Set(chosen.map((s) => s.id));
  const promised = scheduleSubItems(chosen);
  // The promise to the person leaves out steps whose time the theme does not promise.
  const promiseTotal = scheduleSubItems(chosen, (s) => (s.outsidePromise ? 0 : s.promisedDays)).totalDays;
  const legal = scheduleSubItems(chosen, (s) => s.legalDays);
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
    why: rules.addedBecause(s.id).length ? rules.addedBecause(s.id) : ['这件事的基本环节'],
  }));

  const nameOf = new Map(theme.subItems.map((s) => [s.id, s.name]));
  const materials: RequiredMaterial[] = [];
  for (const material of theme.materials) {
    if (!rules.materialIncluded(material)) continue;
    const neededBy = material.neededBy.filter((id) => selectedIds.has(id));
    if (neededBy.length === 0) continue;
    // Lint guarantees a source always matches; an upload of the default kind keeps a faulty definition usable.
    const picked = chooseSource(material, answers, selectedIds) ?? {
      source: { kind: 'upload', upload: { mimeTypes: ['image/jpeg', 'image/png', 'application/pdf'], maxBytes: 10485760, count: { min: 1, max: 3 }, tip: '请上传清晰的照片或扫描件。' } } as MaterialSource,
      index: -1,
    };
    materials.push({
      id: material.id,
      name: material.name,
      ...(material.description ? { description: material.description } : {}),
      neededBy: neededBy.map((id) => ({ id, name: nameOf.get(id) ?? id })),
      source: picked.source,
      sourceIndex: picked.index,
      sourceSummary: describeSource(theme, picked.source),
      why: [...neededBy.map((id) => `办理「${nameOf.get(id) ?? id}」需要`), ...rules.addedBecause(material.id)],
      sensitive: material.sensitive,
    });
  }

  const formSections: Evaluation['formSections'] = [];
  const formFields: Evaluation['formFields'] = [];
  for (const section of theme.form.sections) {
    if (!holds(section.askWhen, answers)) continue;
    const fields = section.fields.filter(
      (f) => holds(f.askWhen, answers) && (!f.neededBy || f.neededBy.some((id) => selectedIds.has(id))),
    );
    if (fields.length === 0) continue;
    formSections.push({ ...section, fields });
    formFields.push(...fields.map((f) => ({ ...f, section: section.id })));
  }

  const because = new Map<SensitiveKind, string[]>();
  const need = (kinds: readonly SensitiveKind[], reason: string) => {
    for (const kind of kinds) because.set(kind, [...(because.get(kind) ?? []), reason]);
  };
  for (const m of materials) need(m.sensitive, m.name);
  for (const f of formFields) need(f.sensitive, f.label);
  for (const r of rules.fired) need(r.requireConsent, r.why);
  const sensitiveConsentsNeeded = SENSITIVE_KIND_IDS.filter((k) => because.has(k)).map((kind) => ({
    kind,
    ...SENSITIVE_KINDS[kind],
    because: [...new Set(because.get(kind))],
  }));

  return {
    themeId: theme.id,
    version: theme.version,
    complete: next === null,
    nextQuestion: next,
    answers,
    dropped,
    subItems,
    materials,
    formSections,
    formFields,
    totalPromisedDays: promiseTotal,
    totalLegalDays: legal.totalDays,
    sensitiveConsentsNeeded,
    notices: rules.fired.flatMap((r) => (r.notice ? [r.notice] : [])),
    firedRules: rules.fired.map((r) => r.id),
  };
}
