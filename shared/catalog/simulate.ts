/**
 * For each theme: every answer combination (see enumerate.ts) and what it yields — sub-items, materials
 * with their sources, notices, consents, time limit. The text rendering is what the tests snapshot.
 */
import { answerCode } from './answers';
import type { AnswerValue } from './conditions';
import { decide } from './engine';
import { DEFAULT_MAX_PATHS, enumerateAnswerPaths } from './enumerate';
import type { MaterialSource, Theme } from './schema';
import { SENSITIVE_KIND_IDS, type SensitiveKind } from './sensitivity';

export interface SimulatedPath {
  answers: Record<string, AnswerValue>;
  subItems: string[];
  materials: { id: string; source: MaterialSource['kind']; sourceIndex: number }[];
  formFields: string[];
  firedRules: string[];
  notices: number;
  consents: SensitiveKind[];
  totalPromisedDays: number;
}

export interface Simulation {
  themeId: string;
  version: Theme['version'];
  title: string;
  questionCount: number;
  paths: SimulatedPath[];
  truncated: boolean;
  sampledQuestions: string[];
}

export function simulateTheme(theme: Theme, maxPaths = DEFAULT_MAX_PATHS): Simulation {
  const enumeration = enumerateAnswerPaths(theme, maxPaths);
  const paths = enumeration.paths.map(({ answers }): SimulatedPath => {
    const decision = decide(theme, answers);
    return {
      answers,
      subItems: decision.subItems.map((s) => s.id),
      materials: decision.materials.map((m) => ({ id: m.material.id, source: m.source.kind, sourceIndex: m.sourceIndex })),
      formFields: decision.form.flatMap(({ fields }) => fields.map((f) => f.id)),
      firedRules: decision.fired.map((r) => r.id),
      notices: decision.fired.filter((r) => r.notice).length,
      consents: SENSITIVE_KIND_IDS.filter((k) => decision.consents.has(k)),
      totalPromisedDays: decision.totalPromisedDays,
    };
  });
  return {
    themeId: theme.id,
    version: theme.version,
    title: theme.title,
    questionCount: theme.questions.length,
    paths,
    truncated: enumeration.truncated,
    sampledQuestions: enumeration.sampledQuestions,
  };
}

const SOURCE_CODE: Record<MaterialSource['kind'], string> = { shared: 'S', promise: 'P', upload: 'U', internal: 'I' };

function letters(count: number): string[] {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: count }, (_, i) => (i < 26 ? alphabet[i]! : `${alphabet[Math.floor(i / 26) - 1]}${alphabet[i % 26]}`));
}

/** The outcome of a path without its answers: paths with the same outcome are printed once. */
function outcomeOf(path: SimulatedPath, subItemCode: Map<string, string>, materialCode: Map<string, string>): string {
  const subItems = path.subItems.map((id) => subItemCode.get(id)).join('');
  const materials = path.materials.map((m) => `${materialCode.get(m.id)}${SOURCE_CODE[m.source]}`).join(' ');
  const extras = [path.notices ? `!${path.notices}` : '', path.consents.length ? `consent:${path.consents.join(',')}` : '']
    .filter(Boolean)
    .join(' ');
  return `${String(path.totalPromisedDays).padStart(2)}d ${subItems.padEnd(subItemCode.size)} | ${materials}${extras ? ` | ${extras}` : ''}`;
}

/**
 * Compact text: a legend (sub-items in capitals, materials in lower case, the question order), then one line
 * per distinct outcome: how many paths lead to it, the promised days, sub-items, materials with their
 * source, notice count and consents, and (after ←) the first path's answers. `paths: true` lists every path.
 * Material source codes: S shared (nothing to upload), P promise (告知承诺), U upload, I internal (流转).
 */
export function renderSimulation(theme: Theme, simulation: Simulation, options: { paths?: boolean } = {}): string {
  const subItemCode = new Map(theme.subItems.map((s, i) => [s.id, String.fromCharCode(65 + (i % 26)) + (i >= 26 ? i : '')]));
  const materialCode = new Map(theme.materials.map((m, i) => [m.id, letters(theme.materials.length)[i]!]));
  const groups = new Map<string, SimulatedPath[]>();
  for (const path of simulation.paths) {
    const key = outcomeOf(path, subItemCode, materialCode);
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  // Answers in question order, `-` for a question not asked: short enough to sit on the outcome's line.
  const describe = (answers: Record<string, AnswerValue>) =>
    theme.questions.map((q) => (answers[q.id] === undefined ? '-' : answerCode(answers[q.id]!))).join('/');

  const lines = [
    `# ${simulation.title} ${simulation.themeId}@${simulation.version}`,
    `questions ${simulation.questionCount} · paths ${simulation.paths.length}${simulation.truncated ? ' (truncated)' : ''} · outcomes ${groups.size}` +
      (simulation.sampledQuestions.length ? ` · sampled: ${simulation.sampledQuestions.join(', ')}` : ''),
    `sub-items: ${theme.subItems.map((s) => `${subItemCode.get(s.id)} ${s.id}`).join(' · ')}`,
    `materials: ${theme.materials.map((m) => `${materialCode.get(m.id)} ${m.id}`).join(' · ')}`,
    `answers: ${theme.questions.map((q) => q.id).join('/')}`,
  ];
  const sorted = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  for (const [outcome, paths] of sorted) {
    lines.push(`[${String(paths.length).padStart(4)}] ${outcome} ← ${describe(paths[0]!.answers)}`);
    if (options.paths) for (const p of paths.slice(1)) lines.push(`${' '.repeat(7)}${' '.repeat(outcome.length)} ← ${describe(p.answers)}`);
  }
  return lines.join('\n');
}
