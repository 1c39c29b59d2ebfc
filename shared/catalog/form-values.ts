/** Checks what the person typed into the unified form (一表申请) against the fields the evaluation shows. */
import { z } from 'zod';
import type { FieldIssue } from '../errors';
import { isValidUscc } from '../uscc';
import { issuesOf } from '../validation';
import { ANY_DATE, dateSchema, freeText, idNumber, name } from '../values';
import type { FormField } from './schema';

// Multi-line boxes may keep line breaks; every other typed field is one line without control characters.
const text = (field: FormField) => (field.type === 'textarea' ? freeText(field.label) : name(field.label));

function baseSchema(field: FormField): z.ZodType {
  const v = field.validation ?? {};
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'address': {
      let s = text(field).min(v.minLength ?? (field.required ? 1 : 0), field.required ? `请填写${field.label}` : undefined);
      if (v.maxLength !== undefined) s = s.max(v.maxLength, `${field.label}不能超过 ${v.maxLength} 个字`);
      if (v.pattern !== undefined) s = s.regex(new RegExp(v.pattern), v.patternMessage ?? `${field.label}的格式不对`);
      return s;
    }
    case 'name':
      return text(field)
        .min(2, `请填写完整的${field.label}`)
        .max(v.maxLength ?? 30, `${field.label}太长了`)
        .regex(/^[\u4e00-\u9fa5A-Za-z·•. ]+$/, `${field.label}只能包含汉字、字母和间隔号`);
    case 'idNumber':
      return idNumber(field.label);
    case 'phone':
      return text(field).regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号码');
    case 'bankCard':
      return z
        .string()
        .transform((s) => s.replace(/\s+/g, ''))
        .pipe(z.string().regex(/^\d{12,19}$/, '银行卡号是 12 到 19 位数字'));
    case 'uscc':
      return text(field)
        .transform((s) => s.toUpperCase())
        .refine(isValidUscc, '统一社会信用代码不对，请核对营业执照上的 18 位代码');
    case 'email':
      return z.email('邮箱地址的格式不对');
    case 'date':
      return dateSchema(field.label, field.dateRange ?? ANY_DATE);
    case 'number': {
      let s = z.number({ error: `${field.label}请填写数字` });
      if (v.min !== undefined) s = s.min(v.min, `${field.label}不能小于 ${v.min}${field.unit ?? ''}`);
      if (v.max !== undefined) s = s.max(v.max, `${field.label}不能大于 ${v.max}${field.unit ?? ''}`);
      return s;
    }
    case 'select': {
      const values = (field.options ?? []).map((o) => o.value);
      return z.string().refine((x) => values.includes(x), `请从${of(field.label)}选项中选择`);
    }
    case 'multiSelect': {
      const values = (field.options ?? []).map((o) => o.value);
      return z.array(z.string().refine((x) => values.includes(x), `请从${of(field.label)}选项中选择`));
    }
  }
}

const isEmpty = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** 「请从…的选项中选择」 without a doubled 的 when the label already ends in one. */
const of = (label: string) => (label.endsWith('的') ? label : `${label}的`);

/**
 * A required field left empty gets exactly one message — 「请填写出生日期」, 「请选择民族」 — and its format checks
 * never run (an empty box is not also "in the wrong format").
 */
function required(field: FormField, schema: z.ZodType): z.ZodType {
  const ask = field.type === 'select' || field.type === 'multiSelect' ? `请选择${field.label}` : `请填写${field.label}`;
  return z.unknown().superRefine((value, ctx) => {
    if (isEmpty(value)) ctx.addIssue({ code: 'custom', message: ask });
  }).pipe(schema);
}

/** A zod object for exactly these fields; optional fields may be left out or empty. */
export function formValuesSchema(fields: readonly FormField[]): z.ZodType<Record<string, unknown>> {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const schema = baseSchema(field);
    shape[field.id] = field.required
      ? required(field, schema)
      : z.preprocess((x) => (x === '' || x === null ? undefined : x), schema.optional());
  }
  return z.strictObject(shape);
}

export function validateFormValues(fields: readonly FormField[], values: unknown): FieldIssue[] {
  const result = formValuesSchema(fields).safeParse(values);
  return result.success ? [] : issuesOf(result.error);
}
