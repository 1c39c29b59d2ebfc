import { z } from 'zod';
import { AppError } from '@shared/errors';
import { parseOrThrow } from '@shared/validation';

describe('parseOrThrow', () => {
  const schema = z.object({ name: z.string().min(1), contact: z.object({ phone: z.string().regex(/^1\d{10}$/) }) });

  it('returns the parsed value when valid', () => {
    expect(parseOrThrow(schema, { name: '王', contact: { phone: '13800000000' } })).toEqual({
      name: '王',
      contact: { phone: '13800000000' },
    });
  });

  it('throws VALIDATION_FAILED listing every bad field path with a Chinese message', () => {
    let caught: unknown;
    try {
      parseOrThrow(schema, { name: '', contact: { phone: 'abc' } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    const error = caught as AppError;
    expect(error.code).toBe('VALIDATION_FAILED');
    const fields = (error.details as { fields: { path: string; message: string }[] }).fields;
    expect(fields.map((f) => f.path)).toEqual(['name', 'contact.phone']);
    expect(error.message).toMatch(/2 处需要修改/);
    for (const field of fields) expect(field.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
