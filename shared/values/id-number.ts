/** The ID-number field (居民身份证号码): upper-cased, and every problem explained in the person's words. */
import { z } from 'zod';
import { ID_NUMBER_MESSAGES, idNumberProblem } from '../idcard';

export function idNumber(label = '身份证号码') {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .transform((value) => value.toUpperCase())
    .superRefine((value, ctx) => {
      const problem = idNumberProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: ID_NUMBER_MESSAGES[problem].replace('身份证号码', label) });
    });
}
