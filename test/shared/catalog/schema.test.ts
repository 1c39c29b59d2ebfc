import { themeSchema } from '@shared/catalog/schema';
import { issuesOf } from '@shared/validation';
import { tinyDefinition } from './fixtures';

/** Parses an edited copy of the tiny fixture and returns its issues as `path: message`. */
function issues(edit: (d: any) => void): { path: string; message: string }[] {
  const definition = tinyDefinition();
  edit(definition);
  const result = themeSchema.safeParse(definition);
  if (result.success) throw new Error('expected the definition to be rejected');
  return issuesOf(result.error);
}

describe('the theme schema', () => {
  it('accepts the fixture and fills in defaults', () => {
    const theme = themeSchema.parse(tinyDefinition());
    expect(theme.subItems[0]).toMatchObject({ after: [], byDefault: true, outsidePromise: false, output: { electronic: false } });
    expect(theme.materials[0]!.sources[0]!.source).toMatchObject({ kind: 'shared', fallback: { mimeTypes: expect.any(Array) } });
  });

  it('rejects a department that does not exist, naming the field and the id', () => {
    expect(issues((d) => (d.subItems[0].department = 'court'))).toEqual([
      { path: 'subItems.0.department', message: expect.stringContaining('court') },
    ]);
  });

  it('rejects a promised time limit longer than the legal one', () => {
    expect(issues((d) => (d.subItems[1].promisedDays = 9))).toEqual([{ path: 'subItems.1.promisedDays', message: '承诺时限不能超过法定时限' }]);
  });

  it('rejects bad ids and fractional working days', () => {
    expect(issues((d) => (d.materials[0].id = 'ID-Card')).map((i) => i.path)).toEqual(['materials.0.id']);
    expect(issues((d) => (d.subItems[0].legalDays = 2.5))[0]).toEqual({ path: 'subItems.0.legalDays', message: '工作日必须是整数' });
  });

  it('rejects a condition with an unknown operator deep inside, at its path', () => {
    const found = issues((d) => (d.rules[0].when = { op: 'all', of: [{ op: 'isTrue', question: 'extra' }, { op: 'matches', question: 'kind' }] }));
    expect(found.map((i) => i.path)).toEqual(['rules.0.when.of.1.op']);
  });

  it('rejects functions in the data: conditions are plain declarations', () => {
    expect(issues((d) => (d.rules[0].when = () => true)).map((i) => i.path)).toEqual(['rules.0.when']);
  });

  it('rejects misspelt keys instead of ignoring them', () => {
    const found = issues((d) => (d.questions[1].askwhen = d.questions[1].askWhen));
    expect(found).toEqual([{ path: 'questions.1.askwhen', message: expect.stringContaining('无法识别') }]);
  });

  it('rejects a material source of an unknown kind or an oversized upload', () => {
    expect(issues((d) => (d.materials[0].sources[0].source = { kind: 'fax' })).map((i) => i.path)).toEqual(['materials.0.sources.0.source.kind']);
    const big = issues((d) => (d.materials[1].sources[1].source.upload.maxBytes = 50 * 1024 * 1024));
    expect(big).toEqual([{ path: 'materials.1.sources.1.source.upload.maxBytes', message: '单个文件不能超过 20MB' }]);
  });

  it('rejects an unknown shared-record type and an unknown sensitivity kind', () => {
    const found = issues((d) => {
      d.materials[0].sources[0].source.record = 'passport';
      d.materials[0].sensitive = ['shoe_size'];
    });
    expect(found.map((i) => i.path)).toEqual(['materials.0.sources.0.source.record', 'materials.0.sensitive.0']);
  });

  it('rejects a select field without options and an unknown prefill path', () => {
    const found = issues((d) => {
      d.form.sections[0].fields.push({ id: 'gender', label: '性别', type: 'select' });
      d.form.sections[0].fields[0].prefillFrom = 'person.shoeSize';
    });
    expect(found).toEqual([
      { path: 'form.sections.0.fields.0.prefillFrom', message: expect.stringContaining('person.shoeSize') },
      { path: 'form.sections.0.fields.2.options', message: '下拉选择字段必须给出选项' },
    ]);
  });

  it('gives Chinese messages everywhere', () => {
    for (const issue of issues((d) => {
      d.title = '';
      d.audience = 'alien';
      d.delivery = [];
    })) {
      expect(issue.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  });
});
