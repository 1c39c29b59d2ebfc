/**
 * The catalog linter: what zod cannot see. Cross-references (conditions → questions and options, rules →
 * sub-items and materials, sources → sub-items, prefill → profile), the order of the questionnaire, and —
 * by walking every answer path — that every question, sub-item, material, rule, source and field is
 * actually reachable and that no path breaks the theme's promised time limit.
 */
import { DEPARTMENTS } from '../departments';
import { leavesOf, type Condition } from './conditions';
import { PROFILE_FIELDS } from './profile-fields';
import type { Question, Theme } from './schema';
import { comesAfter, dependencyCycles } from './schedule';
import { simulateTheme, type Simulation } from './simulate';
import { conditionsOf } from './theme-conditions';
import { answerCode } from './answers';

export type LintCode =
  | 'DUPLICATE_ID'
  | 'DUPLICATE_THEME'
  | 'UNKNOWN_DEPARTMENT'
  | 'UNKNOWN_SUB_ITEM'
  | 'UNKNOWN_MATERIAL'
  | 'UNKNOWN_QUESTION'
  | 'UNKNOWN_OPTION'
  | 'UNKNOWN_PREFILL'
  | 'FORWARD_REFERENCE'
  | 'OPERATOR_MISMATCH'
  | 'DEPENDENCY_CYCLE'
  | 'EMPTY_RULE'
  | 'CONTRADICTORY_RULE'
  | 'NO_FALLBACK_SOURCE'
  | 'INTERNAL_SOURCE_ORDER'
  | 'IMPOSSIBLE_QUESTION'
  | 'BAD_PATTERN'
  | 'BAD_RANGE'
  | 'MISSING_SENSITIVE_FLAG'
  | 'UNREACHABLE_QUESTION'
  | 'UNREACHABLE_SUB_ITEM'
  | 'UNREACHABLE_MATERIAL'
  | 'RULE_NEVER_FIRES'
  | 'SOURCE_NEVER_USED'
  | 'FIELD_NEVER_SHOWN'
  | 'PROMISE_EXCEEDED'
  | 'TOO_MANY_PATHS';

export interface LintProblem {
  themeId: string;
  code: LintCode;
  /** Where in the definition, as zod writes issue paths (`rules.2.add.subItems.0`). */
  path: string;
  message: string;
}

type Report = (code: LintCode, path: string, message: string) => void;

function checkUniqueIds(theme: Theme, report: Report): void {
  const unique = (what: string, items: { id: string; path: string }[]) => {
    const seen = new Map<string, string>();
    for (const { id, path } of items) {
      const first = seen.get(id);
      if (first) report('DUPLICATE_ID', path, `${what} id「${id}」重复（第一次出现在 ${first}）`);
      else seen.set(id, path);
    }
  };
  unique('事项', theme.subItems.map((s, i) => ({ id: s.id, path: `subItems.${i}.id` })));
  unique('问题', theme.questions.map((q, i) => ({ id: q.id, path: `questions.${i}.id` })));
  unique('规则', theme.rules.map((r, i) => ({ id: r.id, path: `rules.${i}.id` })));
  unique('材料', theme.materials.map((m, i) => ({ id: m.id, path: `materials.${i}.id` })));
  unique('表单分组', theme.form.sections.map((s, i) => ({ id: s.id, path: `form.sections.${i}.id` })));
  unique(
    '表单字段',
    theme.form.sections.flatMap((s, i) => s.fields.map((f, j) => ({ id: f.id, path: `form.sections.${i}.fields.${j}.id` }))),
  );
  theme.questions.forEach((q, i) => {
    if (q.type === 'single' || q.type === 'multiple') {
      unique(`问题「${q.id}」的选项`, q.options.map((o, j) => ({ id: o.value, path: `questions.${i}.options.${j}.value` })));
    }
  });
}

function checkSubItems(theme: Theme, report: Report): void {
  const ids = new Set(theme.subItems.map((s) => s.id));
  theme.subItems.forEach((s, i) => {
    if (!(s.department in DEPARTMENTS)) report('UNKNOWN_DEPARTMENT', `subItems.${i}.department`, `事项「${s.id}」的部门「${s.department}」不存在`);
    s.after.forEach((dep, j) => {
      if (!ids.has(dep)) report('UNKNOWN_SUB_ITEM', `subItems.${i}.after.${j}`, `事项「${s.id}」排在不存在的事项「${dep}」之后`);
      else if (dep === s.id) report('DEPENDENCY_CYCLE', `subItems.${i}.after.${j}`, `事项「${s.id}」不能排在自己之后`);
    });
  });
  for (const cycle of dependencyCycles(theme.subItems)) {
    if (cycle.length < 2) continue;
    const i = theme.subItems.findIndex((s) => s.id === cycle[0]);
    report('DEPENDENCY_CYCLE', `subItems.${i}.after`, `事项的先后顺序成环：${[...cycle, cycle[0]].join(' → ')}`);
  }
}

const OPS_BY_TYPE: Record<Question['type'], Condition['op'][]> = {
  single: ['equals', 'in', 'answered'],
  multiple: ['includes', 'answered'],
  yesNo: ['isTrue', 'isFalse', 'equals', 'answered'],
  number: ['equals', 'gte', 'gt', 'lte', 'lt', 'answered'],
  date: ['equals', 'gte', 'gt', 'lte', 'lt', 'answered'],
};

function checkConditions(theme: Theme, report: Report): void {
  const index = new Map(theme.questions.map((q, i) => [q.id, i]));
  for (const placed of conditionsOf(theme)) {
    for (const { leaf, path: sub } of leavesOf(placed.condition)) {
      const path = [placed.path, ...sub].join('.');
      const at = index.get(leaf.question);
      if (at === undefined) {
        report('UNKNOWN_QUESTION', `${path}.question`, `条件引用了不存在的问题「${leaf.question}」`);
        continue;
      }
      const question = theme.questions[at]!;
      if (placed.questionIndex !== undefined && at >= placed.questionIndex) {
        const self = theme.questions[placed.questionIndex]!.id;
        report(
          'FORWARD_REFERENCE',
          `${path}.question`,
          at === placed.questionIndex
            ? `问题「${self}」的提问条件引用了它自己`
            : `问题「${self}」的提问条件引用了排在它后面的问题「${leaf.question}」（一页一问，只能依据前面的回答）`,
        );
      }
      if (!OPS_BY_TYPE[question.type].includes(leaf.op)) {
        report('OPERATOR_MISMATCH', `${path}.op`, `「${leaf.op}」不能用于${question.type}类型的问题「${question.id}」`);
        continue;
      }
      const valueType = 'value' in leaf ? typeof leaf.value : undefined;
      const expected = { single: 'string', multiple: 'string', yesNo: 'boolean', number: 'number', date: 'string' }[question.type];
      if (valueType !== undefined && valueType !== expected) {
        report('OPERATOR_MISMATCH', `${path}.value`, `问题「${question.id}」的回答是 ${expected}，条件却和 ${valueType} 比较`);
      }
      if (question.type === 'single' || question.type === 'multiple') {
        const options = new Set(question.options.map((o) => o.value));
        const used = leaf.op === 'in' ? leaf.values : 'value' in leaf && typeof leaf.value === 'string' ? [leaf.value] : [];
        used.forEach((v, j) => {
          if (!options.has(v)) {
            report('UNKNOWN_OPTION', leaf.op === 'in' ? `${path}.values.${j}` : `${path}.value`, `问题「${question.id}」没有选项「${v}」`);
          }
        });
      }
    }
  }
}

function checkRules(theme: Theme, report: Report): void {
  const subItems = new Set(theme.subItems.map((s) => s.id));
  const materials = new Set(theme.materials.map((m) => m.id));
  theme.rules.forEach((rule, i) => {
    for (const kind of ['add', 'remove'] as const) {
      rule[kind]?.subItems.forEach((id, j) => {
        if (!subItems.has(id)) report('UNKNOWN_SUB_ITEM', `rules.${i}.${kind}.subItems.${j}`, `规则「${rule.id}」引用了不存在的事项「${id}」`);
      });
      rule[kind]?.materials.forEach((id, j) => {
        if (!materials.has(id)) report('UNKNOWN_MATERIAL', `rules.${i}.${kind}.materials.${j}`, `规则「${rule.id}」引用了不存在的材料「${id}」`);
      });
    }
    const changes = [...(rule.add?.subItems ?? []), ...(rule.add?.materials ?? []), ...(rule.remove?.subItems ?? []), ...(rule.remove?.materials ?? [])];
    if (changes.length === 0 && !rule.notice && rule.requireConsent.length === 0) {
      report('EMPTY_RULE', `rules.${i}`, `规则「${rule.id}」既不增减事项和材料，也没有告知内容`);
    }
    const added = new Set([...(rule.add?.subItems ?? []), ...(rule.add?.materials ?? [])]);
    for (const id of [...(rule.remove?.subItems ?? []), ...(rule.remove?.materials ?? [])]) {
      if (added.has(id)) report('CONTRADICTORY_RULE', `rules.${i}`, `规则「${rule.id}」同时增加和删除「${id}」`);
    }
  });
}

function checkMaterials(theme: Theme, report: Report): void {
  const subItems = new Set(theme.subItems.map((s) => s.id));
  theme.materials.forEach((m, i) => {
    m.neededBy.forEach((id, j) => {
      if (!subItems.has(id)) report('UNKNOWN_SUB_ITEM', `materials.${i}.neededBy.${j}`, `材料「${m.id}」被不存在的事项「${id}」需要`);
    });
    const last = m.sources[m.sources.length - 1]!;
    if (last.when || last.source.kind === 'internal') {
      report(
        'NO_FALLBACK_SOURCE',
        `materials.${i}.sources.${m.sources.length - 1}`,
        `材料「${m.id}」的最后一个来源必须不带条件、也不是内部流转，否则有的情形下没有来源`,
      );
    }
    m.sources.forEach(({ source }, j) => {
      if (source.kind !== 'internal') return;
      const from = source.fromSubItem;
      if (!subItems.has(from)) {
        report('UNKNOWN_SUB_ITEM', `materials.${i}.sources.${j}.source.fromSubItem`, `材料「${m.id}」来自不存在的事项「${from}」`);
        return;
      }
      for (const user of m.neededBy) {
        if (user === from) report('INTERNAL_SOURCE_ORDER', `materials.${i}.neededBy`, `材料「${m.id}」由事项「${from}」产生，不能又是它办理所需`);
        else if (subItems.has(user) && !comesAfter(theme.subItems, user, from)) {
          report('INTERNAL_SOURCE_ORDER', `materials.${i}.sources.${j}`, `材料「${m.id}」由「${from}」内部流转，但需要它的「${user}」没有排在「${from}」之后`);
        }
      }
    });
  });
}

function checkQuestions(theme: Theme, report: Report): void {
  theme.questions.forEach((q, i) => {
    if (q.type === 'multiple' && q.minSelected > q.options.length) {
      report('IMPOSSIBLE_QUESTION', `questions.${i}.minSelected`, `问题「${q.id}」至少要选 ${q.minSelected} 项，但只有 ${q.options.length} 个选项`);
    }
  });
}

function checkForm(theme: Theme, report: Report): void {
  const subItems = new Set(theme.subItems.map((s) => s.id));
  theme.form.sections.forEach((section, i) =>
    section.fields.forEach((f, j) => {
      const path = `form.sections.${i}.fields.${j}`;
      if (f.prefillFrom && !(f.prefillFrom in PROFILE_FIELDS)) report('UNKNOWN_PREFILL', `${path}.prefillFrom`, `字段「${f.id}」的预填来源「${f.prefillFrom}」不是已知的资料字段`);
      f.neededBy?.forEach((id, k) => {
        if (!subItems.has(id)) report('UNKNOWN_SUB_ITEM', `${path}.neededBy.${k}`, `字段「${f.id}」被不存在的事项「${id}」需要`);
      });
      const v = f.validation;
      if (v?.pattern !== undefined) {
        try {
          new RegExp(v.pattern);
        } catch {
          report('BAD_PATTERN', `${path}.validation.pattern`, `字段「${f.id}」的正则表达式写错了：${v.pattern}`);
        }
      }
      if (v?.min !== undefined && v.max !== undefined && v.min > v.max) report('BAD_RANGE', `${path}.validation`, `字段「${f.id}」的最小值大于最大值`);
      if (v?.minLength !== undefined && v.maxLength !== undefined && v.minLength > v.maxLength) {
        report('BAD_RANGE', `${path}.validation`, `字段「${f.id}」的最短长度大于最长长度`);
      }
      if (f.type === 'bankCard' && !f.sensitive.includes('bank_card')) {
        report('MISSING_SENSITIVE_FLAG', `${path}.sensitive`, `银行卡字段「${f.id}」必须标为敏感信息 bank_card（需要单独同意）`);
      }
    }),
  );
}

/** Everything that does not need the answer paths. Fast; resolveTheme runs it on every overlay. */
export function checkDefinition(theme: Theme): LintProblem[] {
  const problems: LintProblem[] = [];
  const report: Report = (code, path, message) => problems.push({ themeId: theme.id, code, path, message });
  checkUniqueIds(theme, report);
  checkSubItems(theme, report);
  checkQuestions(theme, report);
  checkConditions(theme, report);
  checkRules(theme, report);
  checkMaterials(theme, report);
  checkForm(theme, report);
  return problems;
}

/** What no answer path reaches, and paths that break the promised time limit. */
export function checkReachability(theme: Theme, simulation: Simulation = simulateTheme(theme)): LintProblem[] {
  const problems: LintProblem[] = [];
  const report: Report = (code, path, message) => problems.push({ themeId: theme.id, code, path, message });
  if (simulation.truncated) {
    report('TOO_MANY_PATHS', 'questions', `回答组合超过 ${simulation.paths.length} 种，无法逐一检查；请减少问题或选项`);
    return problems;
  }
  const asked = new Set<string>();
  const subItems = new Set<string>();
  const materials = new Set<string>();
  const sources = new Set<string>();
  const rules = new Set<string>();
  const fields = new Set<string>();
  let slowest = simulation.paths[0];
  for (const path of simulation.paths) {
    Object.keys(path.answers).forEach((id) => asked.add(id));
    path.subItems.forEach((id) => subItems.add(id));
    path.materials.forEach((m) => {
      materials.add(m.id);
      sources.add(`${m.id}#${m.sourceIndex}`);
    });
    path.firedRules.forEach((id) => rules.add(id));
    path.formFields.forEach((id) => fields.add(id));
    if (slowest && path.totalPromisedDays > slowest.totalPromisedDays) slowest = path;
  }
  theme.questions.forEach((q, i) => {
    if (!asked.has(q.id)) report('UNREACHABLE_QUESTION', `questions.${i}`, `没有任何回答组合会问到问题「${q.id}」`);
  });
  theme.subItems.forEach((s, i) => {
    if (!subItems.has(s.id)) report('UNREACHABLE_SUB_ITEM', `subItems.${i}`, `没有任何回答组合会办理事项「${s.id}」`);
  });
  theme.materials.forEach((m, i) => {
    if (!materials.has(m.id)) {
      report('UNREACHABLE_MATERIAL', `materials.${i}`, `没有任何回答组合需要材料「${m.id}」（检查 byDefault、增加它的规则和 neededBy 的事项）`);
      return;
    }
    // The last entry is the safety net (e.g. when a city disables the sub-item an internal source needs).
    m.sources.slice(0, -1).forEach((_, j) => {
      if (!sources.has(`${m.id}#${j}`)) report('SOURCE_NEVER_USED', `materials.${i}.sources.${j}`, `材料「${m.id}」的第 ${j + 1} 个来源在任何情形下都用不上`);
    });
  });
  theme.rules.forEach((r, i) => {
    if (!rules.has(r.id)) report('RULE_NEVER_FIRES', `rules.${i}.when`, `没有任何回答组合满足规则「${r.id}」的条件`);
  });
  theme.form.sections.forEach((s, i) =>
    s.fields.forEach((f, j) => {
      if (!fields.has(f.id)) report('FIELD_NEVER_SHOWN', `form.sections.${i}.fields.${j}`, `没有任何回答组合会显示字段「${f.id}」`);
    }),
  );
  if (slowest && slowest.totalPromisedDays > theme.promisedDays) {
    const example = Object.entries(slowest.answers)
      .map(([q, v]) => `${q}=${answerCode(v)}`)
      .join(' ');
    report(
      'PROMISE_EXCEEDED',
      'promisedDays',
      `按事项的承诺时限串并联计算，最长要 ${slowest.totalPromisedDays} 个工作日，超过了这件事承诺的 ${theme.promisedDays} 个工作日（例如：${example}）`,
    );
  }
  return problems;
}

export function lintTheme(theme: Theme, simulation?: Simulation): LintProblem[] {
  return [...checkDefinition(theme), ...checkReachability(theme, simulation)];
}

/** Every theme, plus what only shows across themes (the same id and version twice). */
export function lintCatalog(themes: readonly Theme[]): LintProblem[] {
  const problems: LintProblem[] = [];
  const seen = new Set<string>();
  themes.forEach((theme, i) => {
    const key = `${theme.id}@${theme.version}`;
    if (seen.has(key)) problems.push({ themeId: theme.id, code: 'DUPLICATE_THEME', path: `${i}`, message: `一件事「${key}」重复定义` });
    seen.add(key);
    problems.push(...lintTheme(theme));
  });
  return problems;
}

export function formatProblems(problems: readonly LintProblem[]): string {
  return problems.map((p) => `${p.themeId} ${p.path} [${p.code}] ${p.message}`).join('\n');
}
