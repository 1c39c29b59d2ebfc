import { z } from 'zod';
import { defineContract } from '../contract';
import { PROFILE_FIELDS } from '../enterprise/fields';
import { creditCodeSchema } from '../enterprise/profile';
import { SIZE_CLASSES } from '../enterprise/size';
import { POLICY_CATEGORIES, POLICY_MODES } from '../policy/policy';

const everyone = ['citizen', 'helper', 'coordinator', 'staff', 'admin'] as const;
const labelled = <T extends readonly [string, ...string[]]>(values: T) => z.object({ value: z.enum(values), label: z.string() });
const byCode = z.object({ creditCode: creditCodeSchema }).strict();

/** One profile field as shown: its value in words, and where it came from. */
const fieldSchema = z.object({
  field: z.enum(PROFILE_FIELDS),
  label: z.string(),
  /** The value in plain Chinese ('12 人', '餐饮业 (62)'); null when not filled in. */
  display: z.string().nullable(),
  source: z.enum(['self_declared', 'verified']).nullable(),
  /** The department that verified it; null when self-declared or missing. */
  verifiedBy: z.string().nullable(),
  at: z.string().nullable(),
});

export const enterpriseViewSchema = z.object({
  creditCode: z.string(),
  name: z.string(),
  /** The profile values as stored (see shared/enterprise/profile.ts). */
  values: z.record(z.string(), z.unknown()),
  fields: z.array(fieldSchema),
  size: z.object({
    sizeClass: labelled(SIZE_CLASSES).nullable(),
    possible: z.array(z.enum(SIZE_CLASSES)),
    rule: z.object({ id: z.string(), label: z.string() }).nullable(),
    missing: z.array(z.string()),
    reasons: z.array(z.string()),
    summary: z.string(),
  }),
  yearsSinceFounding: z.number().int().nullable(),
});
export type EnterpriseView = z.infer<typeof enterpriseViewSchema>;

export const policySummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  title: z.string(),
  issuingDepartment: z.string(),
  summary: z.string(),
  fullTextUrl: z.string(),
  benefit: z.object({ text: z.string(), amount: z.string().nullable() }),
  window: z.object({ opensOn: z.string(), closesOn: z.string().nullable() }),
  mode: labelled(POLICY_MODES),
  category: labelled(POLICY_CATEGORIES),
});
export type PolicySummary = z.infer<typeof policySummarySchema>;

export const criterionVerdictSchema = z.object({
  path: z.string(),
  negated: z.boolean(),
  verdict: z.enum(['met', 'not_met', 'unknown']),
  fields: z.array(z.enum(PROFILE_FIELDS)),
  missing: z.array(z.enum(PROFILE_FIELDS)),
  expectation: z.string(),
  actual: z.string().nullable(),
  text: z.string(),
  verified: z.boolean().nullable(),
});

export const policyMatchSchema = z.object({
  policy: policySummarySchema,
  outcome: labelled(['qualifies', 'nearly', 'no'] as const),
  shortfall: z.number().int().min(0),
  criteria: z.array(criterionVerdictSchema),
  /** Each entry: criteria (indexes into `criteria`) that together would make the enterprise qualify. */
  toQualify: z.array(z.array(z.number().int())),
  summary: z.string(),
});
export type PolicyMatchView = z.infer<typeof policyMatchSchema>;

export const policyContracts = {
  'enterprises.get': defineContract({
    fn: 'policy',
    action: 'enterprises.get',
    input: byCode,
    output: enterpriseViewSchema,
    roles: everyone,
    summary: '企业档案（规模按工信部联企业〔2011〕300号计算，每项注明自行填报或已核验；仅本企业绑定的用户和工作人员可看）',
  }),
  'policies.list': defineContract({
    fn: 'policy',
    action: 'policies.list',
    input: z.object({}).strict(),
    output: z.object({ items: z.array(policySummarySchema) }),
    roles: everyone,
    summary: '正在实施的惠企政策（公开摘要）',
  }),
  'match.forEnterprise': defineContract({
    fn: 'policy',
    action: 'match.forEnterprise',
    input: byCode,
    output: z.object({ creditCode: z.string(), asOf: z.string(), items: z.array(policyMatchSchema) }),
    roles: everyone,
    summary: '政策计算器：本企业对每项在实施政策的逐条判断（符合/不符合及实际值/信息不足）和总体结论，按符合、差一项、不符合排序',
  }),
};
