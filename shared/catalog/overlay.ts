import { z } from 'zod';
import { formFieldSchema, idSchema, materialSchema, questionSchema, ruleSchema, subItemSchema, DELIVERY_OPTIONS } from './schema';

const workingDays = z.number().int('工作日必须是整数').min(0).max(365);

/**
 * One city's differences for one theme (the FixMyStreet "cobrand" idea): only what differs, never a copy of
 * the national definition. `resolveTheme` layers it on top.
 */
export const cityOverlaySchema = z.strictObject({
  city: z.strictObject({ code: z.string().regex(/^\d{6}$/, '城市代码是 6 位行政区划代码'), name: z.string().min(1) }),
  themeId: idSchema,
  /** The overlay's own version; the resolved theme's version is `<national>+<city code>.<this>`. */
  version: z.number().int().positive(),
  /** Where the local figures come from. */
  note: z.string().optional(),
  promisedDays: workingDays.optional(),
  promiseNote: z.string().optional(),
  delivery: z.array(z.enum(DELIVERY_OPTIONS)).min(1).optional(),
  /** Local time limits for national sub-items. */
  subItemLimits: z.record(idSchema, z.strictObject({ legalDays: workingDays.optional(), promisedDays: workingDays.optional() })).default({}),
  /** National sub-items this city does not bundle; materials, rules and fields that only served them go too. */
  disabledSubItems: z.array(idSchema).default([]),
  extraSubItems: z.array(subItemSchema).default([]),
  /** Inserted after the named question (at the end when `after` is absent). */
  extraQuestions: z.array(z.strictObject({ after: idSchema.optional(), question: questionSchema })).default([]),
  extraRules: z.array(ruleSchema).default([]),
  /** Replace a national rule with the same id (e.g. a different threshold). */
  ruleOverrides: z.array(ruleSchema).default([]),
  extraMaterials: z.array(materialSchema).default([]),
  /** National materials that local extra sub-items also need: material id → sub-item ids. */
  extraNeededBy: z.record(idSchema, z.array(idSchema).min(1)).default({}),
  extraFormFields: z.array(z.strictObject({ section: idSchema, field: formFieldSchema })).default([]),
  extraKeywords: z.array(z.string().min(1)).default([]),
});

export type CityOverlay = z.output<typeof cityOverlaySchema>;
export type CityOverlayDefinition = z.input<typeof cityOverlaySchema>;

export function defineOverlay(overlay: CityOverlayDefinition): CityOverlayDefinition {
  return overlay;
}
