/**
 * No developer text reaches a person: every action of every contract is sent generated bad payloads through the
 * very function the routers use (parseOrThrow), and every message that comes back must read as plain Chinese.
 */
import { allContracts } from '@shared/contracts/index';
import { catalog } from '@shared/catalog';
import { validateFormValues } from '@shared/catalog/form-values';
import type { FormField } from '@shared/catalog/schema';
import { AppError, type FieldIssue } from '@shared/errors';
import { UNLABELLED_FIELD } from '@shared/messages';
import { parseOrThrow } from '@shared/validation';
import { BIRTH_DATE } from '@shared/values';
import { badPayloads } from '../support/bad-payloads';
import { developerTextIn } from '../support/developer-text';

interface Refusal {
  where: string;
  message: string;
  fields: FieldIssue[];
}

function refusalsFor(): Refusal[] {
  const refusals: Refusal[] = [];
  for (const contract of allContracts()) {
    for (const bad of badPayloads(contract.input)) {
      const where = `${contract.fn}.${contract.action} — ${bad.what}`;
      try {
        parseOrThrow(contract.input, bad.payload);
      } catch (error) {
        if (!(error instanceof AppError)) throw new Error(`${where}: threw ${String(error)}`);
        refusals.push({ where, message: error.message, fields: (error.details as { fields: FieldIssue[] }).fields });
      }
    }
  }
  return refusals;
}

const refusals = refusalsFor();

describe('every action refuses bad input in plain Chinese', () => {
  it('generates bad payloads for every action and most of them are refused', () => {
    const actions = new Set(refusals.map((r) => r.where.split(' — ')[0]));
    expect(actions.size).toBe(allContracts().length);
    expect(refusals.length).toBeGreaterThan(1000);
  });

  it('never shows an ASCII identifier or a schema word', () => {
    const bad = new Map<string, string>();
    for (const refusal of refusals) {
      for (const message of [refusal.message, ...refusal.fields.map((f) => f.message)]) {
        const words = developerTextIn(message);
        if (words.length && !bad.has(message)) bad.set(message, `${refusal.where} [${words.join(', ')}]`);
      }
    }
    expect([...bad].map(([message, where]) => `${message}  ←  ${where}`)).toEqual([]);
  });

  it('names every field of every contract by its Chinese label', () => {
    const unlabelled = refusals.filter((r) => r.fields.some((f) => f.message.includes(UNLABELLED_FIELD)));
    expect(unlabelled.map((r) => `${r.where}: ${r.fields.map((f) => `${f.path} ${f.message}`).join('; ')}`)).toEqual([]);
  });

  it('gives each field one message, and keeps the schema paths for placing it', () => {
    for (const refusal of refusals) {
      const paths = refusal.fields.map((f) => f.path);
      expect(new Set(paths).size).toBe(paths.length);
      expect(refusal.message).toMatch(new RegExp(`有 ${paths.length} 处需要修改`));
    }
  });

  it('words the common problems from the message map', () => {
    const publish = allContracts().find((c) => c.fn === 'policy' && c.action === 'policies.publish')!;
    const fieldsOf = (payload: unknown) => {
      try {
        parseOrThrow(publish.input, payload);
      } catch (error) {
        return (error as AppError).details as { fields: FieldIssue[] };
      }
      throw new Error('accepted');
    };
    const { fields } = fieldsOf({ mode: 'no_such_mode', issuingDepartment: '', title: 7 });
    const at = (path: string) => fields.find((f) => f.path === path)?.message;
    expect(at('mode')).toBe('兑现方式不在可选范围内，请重新选择');
    expect(at('issuingDepartment')).toBe('请填写发文部门');
    expect(at('category')).toBe('请选择政策类别');
  });
});

describe('the one form (一表申请) in every theme', () => {
  const birthDate: FormField = { id: 'child_birth_date', label: '出生日期', type: 'date', required: true, dateRange: BIRTH_DATE } as FormField;

  it('asks once for an empty required field, without a format error besides', () => {
    expect(validateFormValues([birthDate], { child_birth_date: '' })).toEqual([{ path: 'child_birth_date', message: '请填写出生日期' }]);
    expect(validateFormValues([birthDate], {})).toEqual([{ path: 'child_birth_date', message: '请填写出生日期' }]);
  });

  it('words every field problem of every shipped theme without developer text or a doubled 的', () => {
    const spoilers: unknown[] = ['', 'no_such_choice', '字'.repeat(600), 12345, ['x'], '2026-02-30'];
    const bad = new Set<string>();
    for (const theme of catalog.themes()) {
      const fields = theme.form.sections.flatMap((s) => s.fields) as FormField[];
      for (const spoiler of spoilers) {
        const values = Object.fromEntries(fields.map((f) => [f.id, spoiler]));
        for (const issue of validateFormValues(fields, values)) {
          if (developerTextIn(issue.message).length) bad.add(`${theme.id}.${issue.path}: ${issue.message}`);
        }
      }
    }
    expect([...bad]).toEqual([]);
  });
});
