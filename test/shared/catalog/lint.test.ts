import { when } from '@shared/catalog/dsl';
import { checkDefinition, lintCatalog, lintTheme, type LintCode, type LintProblem } from '@shared/catalog/lint';
import type { Theme } from '@shared/catalog/schema';
import { tiny } from './fixtures';

const codes = (problems: LintProblem[]) => problems.map((p) => p.code);
const find = (problems: LintProblem[], code: LintCode) => problems.filter((p) => p.code === code);

describe('the catalog linter', () => {
  it('passes the tiny fixture as it is', () => {
    expect(lintTheme(tiny())).toEqual([]);
  });

  it('finds a condition on a question that does not exist, with the exact path', () => {
    const theme = tiny((d) => {
      d.rules![0]!.when = when.all(when.is('kind', 'b'), when.yes('nope'));
    });
    const [problem] = find(lintTheme(theme), 'UNKNOWN_QUESTION');
    expect(problem).toMatchObject({ themeId: 'tiny', path: 'rules.0.when.of.1.question' });
    expect(problem!.message).toContain('nope');
  });

  it('finds an option that the question does not have', () => {
    const theme = tiny((d) => {
      d.questions![1]!.askWhen = when.is('kind', 'c');
    });
    expect(find(checkDefinition(theme), 'UNKNOWN_OPTION')).toEqual([
      expect.objectContaining({ path: 'questions.1.askWhen.value', message: expect.stringContaining('「c」') }),
    ]);
  });

  it('finds an askWhen that looks at a later question (one question per page only looks back)', () => {
    const theme = tiny((d) => {
      d.questions![1]!.askWhen = when.atLeast('age', 18);
    });
    expect(find(checkDefinition(theme), 'FORWARD_REFERENCE')).toEqual([expect.objectContaining({ path: 'questions.1.askWhen.question' })]);
  });

  it('finds an operator that does not fit the question type', () => {
    const theme = tiny((d) => {
      d.rules![0]!.when = when.has('kind', 'a');
    });
    expect(codes(checkDefinition(theme))).toContain('OPERATOR_MISMATCH');
  });

  it('finds rules that add or remove sub-items and materials that do not exist, and rules that do nothing', () => {
    const theme = tiny((d) => {
      d.rules![0]!.add = { subItems: ['third'], materials: [] };
      d.rules![1]!.remove = { subItems: [], materials: ['passport'] };
      d.rules!.push({ id: 'idle', when: when.is('kind', 'a'), why: '什么也不做' });
    });
    const problems = checkDefinition(theme);
    expect(find(problems, 'UNKNOWN_SUB_ITEM')).toEqual([expect.objectContaining({ path: 'rules.0.add.subItems.0' })]);
    expect(find(problems, 'UNKNOWN_MATERIAL')).toEqual([expect.objectContaining({ path: 'rules.1.remove.materials.0' })]);
    expect(find(problems, 'EMPTY_RULE')).toEqual([expect.objectContaining({ path: 'rules.2' })]);
  });

  it('finds duplicate ids and dependency cycles', () => {
    const theme = tiny((d) => {
      d.questions![2]!.id = 'kind';
      d.subItems![0]!.after = ['second'];
    });
    const problems = checkDefinition(theme);
    expect(find(problems, 'DUPLICATE_ID')).toEqual([expect.objectContaining({ path: 'questions.2.id' })]);
    expect(find(problems, 'DEPENDENCY_CYCLE')[0]!.message).toMatch(/first → second → first|second → first → second/);
  });

  it('finds a material passed on internally to a sub-item that does not wait for it', () => {
    const theme = tiny((d) => {
      d.subItems![1]!.after = [];
    });
    expect(find(checkDefinition(theme), 'INTERNAL_SOURCE_ORDER')).toEqual([expect.objectContaining({ path: 'materials.1.sources.0' })]);
  });

  it('finds a material without an unconditional last source', () => {
    const theme = tiny((d) => {
      d.materials![2]!.sources = [d.materials![2]!.sources[0]!];
    });
    expect(find(checkDefinition(theme), 'NO_FALLBACK_SOURCE')).toEqual([expect.objectContaining({ path: 'materials.2.sources.0' })]);
  });

  it('finds what no answer path reaches: a question, a material, a rule, a source, a field', () => {
    const never = when.all(when.is('kind', 'a'), when.is('kind', 'b'));
    const theme = tiny((d) => {
      d.questions![1]!.askWhen = never; // then rule add_second never fires, sub-item second is never done …
      d.rules![1]!.when = when.atLeast('age', 200); // above the question's max
      d.materials![2]!.sources[0]!.when = never;
      d.form!.sections![0]!.fields[0]!.askWhen = never;
    });
    const problems = lintTheme(theme);
    expect(find(problems, 'UNREACHABLE_QUESTION').map((p) => p.path)).toEqual(['questions.1']);
    expect(find(problems, 'UNREACHABLE_SUB_ITEM').map((p) => p.path)).toEqual(['subItems.1']);
    expect(find(problems, 'UNREACHABLE_MATERIAL').map((p) => p.path)).toEqual(['materials.1', 'materials.2']);
    expect(find(problems, 'RULE_NEVER_FIRES').map((p) => p.path)).toEqual(['rules.0.when', 'rules.1.when']);
    expect(find(problems, 'FIELD_NEVER_SHOWN').map((p) => p.path)).toEqual(['form.sections.0.fields.0', 'form.sections.0.fields.1']);
  });

  it('finds a source that no situation uses', () => {
    const theme = tiny((d) => {
      d.materials![2]!.sources[0]!.when = when.all(when.is('kind', 'a'), when.is('kind', 'b'));
    });
    expect(find(lintTheme(theme), 'SOURCE_NEVER_USED')).toEqual([expect.objectContaining({ path: 'materials.2.sources.0' })]);
  });

  it('finds an answer path whose serial chain breaks the promised time limit, and names the path', () => {
    const theme = tiny((d) => {
      d.promisedDays = 4;
    });
    const [problem] = find(lintTheme(theme), 'PROMISE_EXCEEDED');
    expect(problem!.message).toContain('5 个工作日');
    expect(problem!.message).toContain('extra=yes');
  });

  it('finds what only a hand-edited (unparsed) definition can carry: unknown departments and prefill paths', () => {
    const theme = tiny();
    const broken = {
      ...theme,
      subItems: [{ ...theme.subItems[0]!, department: 'court' }, theme.subItems[1]!],
      form: { sections: [{ ...theme.form.sections[0]!, fields: [{ ...theme.form.sections[0]!.fields[0]!, prefillFrom: 'person.shoeSize' }] }] },
    } as unknown as Theme;
    const problems = checkDefinition(broken);
    expect(find(problems, 'UNKNOWN_DEPARTMENT')).toEqual([expect.objectContaining({ path: 'subItems.0.department' })]);
    expect(find(problems, 'UNKNOWN_PREFILL')).toEqual([expect.objectContaining({ path: 'form.sections.0.fields.0.prefillFrom' })]);
  });

  it('finds a bank-card field not flagged for separate consent and a broken pattern', () => {
    const theme = tiny((d) => {
      const fields = d.form!.sections![0]!.fields;
      fields[1]!.sensitive = [];
      fields.push({ id: 'code', label: '编号', type: 'text', validation: { pattern: '([a-z' } });
    });
    expect(codes(checkDefinition(theme))).toEqual(expect.arrayContaining(['MISSING_SENSITIVE_FLAG', 'BAD_PATTERN']));
  });

  it('finds the same theme version twice in a catalog', () => {
    expect(codes(lintCatalog([tiny(), tiny()]))).toEqual(['DUPLICATE_THEME']);
  });
});
