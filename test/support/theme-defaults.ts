/**
 * A theme's default path, as the simulator lists it first (shared/catalog/enumerate.ts): the first answer path that
 * leads to something to apply for, and a filled-in unified form for it. Generic over the catalog, so a theme added
 * later is walked without anyone writing its fixtures.
 */
import { decide } from '@shared/catalog/engine';
import { enumerateAnswerPaths } from '@shared/catalog/enumerate';
import type { AnswerValue } from '@shared/catalog/conditions';
import type { FormField, Theme } from '@shared/catalog/schema';
import { idCheckCharacter } from '@shared/idcard';
import { beijingToday, dateBounds } from '@shared/values/dates';

const WANG_ID_17 = '44030419920315101';

/** Answer paths in the simulator's order, each with the sub-items it bundles. */
export function defaultPathCandidates(theme: Theme, max = 200): Record<string, AnswerValue>[] {
  return enumerateAnswerPaths(theme, max)
    .paths.map((p) => p.answers)
    .filter((answers) => decide(theme, answers).subItems.length > 0);
}

function middleDay(min: string, max: string): string {
  const a = Date.parse(`${min}T00:00:00Z`);
  const b = Date.parse(`${max}T00:00:00Z`);
  return new Date(a + Math.floor((b - a) / 86_400_000 / 2) * 86_400_000).toISOString().slice(0, 10);
}

/** Typed text that satisfies a field's own pattern (a 17-character VIN, a plate, a code), tried in turn. */
const PATTERNED = ['LSVAU2180N2183294', '粤B12345', '123456', 'A1B2C3', '示范文字'];

/** A value a careful applicant would type into one field of the form, valid by the field's own rules. */
export function sampleValue(field: FormField, enterpriseCreditCode: string): unknown {
  const v = field.validation ?? {};
  switch (field.type) {
    case 'name':
      return '王小明';
    case 'idNumber':
      return `${WANG_ID_17}${idCheckCharacter(WANG_ID_17)}`;
    case 'phone':
      return '13800138000';
    case 'bankCard':
      return '6222021234567890123';
    case 'uscc':
      return enterpriseCreditCode;
    case 'email':
      return 'wang@example.com';
    case 'number':
      return Math.max(v.min ?? 1, Math.min(v.max ?? 1, 1));
    case 'select':
      return field.options![0]!.value;
    case 'multiSelect':
      return [field.options![0]!.value];
    case 'date': {
      const { min, max } = dateBounds(field.dateRange ?? { earliest: { daysFromToday: -30 }, latest: { daysFromToday: 0 } }, beijingToday());
      return middleDay(min, max);
    }
    case 'address':
      return '广东省深圳市福田区福华三路 100 号 2 栋 301';
    case 'text':
    case 'textarea': {
      if (v.pattern) {
        const fits = PATTERNED.find((s) => new RegExp(v.pattern!).test(s));
        if (!fits) throw new Error(`no sample text fits ${field.id}'s pattern ${v.pattern}`);
        return fits;
      }
      const text = '按示范市办事指南填写';
      return v.minLength && v.minLength > text.length ? text.padEnd(v.minLength, '写') : text;
    }
  }
}

/** The unified form for these answers: every field the form shows, filled. */
export function sampleForm(theme: Theme, answers: Record<string, AnswerValue>, enterpriseCreditCode: string): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const { fields } of decide(theme, answers).form) for (const field of fields) form[field.id] = sampleValue(field, enterpriseCreditCode);
  return form;
}
