/** What the `policy` function answers with: enterprises, policies, verdicts, inbox items and delivery reports. */
import { z } from 'zod';
import { PROFILE_FIELDS } from '../enterprise/fields';
import { SIZE_CLASSES } from '../enterprise/size';
import { POLICY_CATEGORIES, POLICY_MODES } from '../policy/policy';
import { isoDateTime } from './common';

export const everyone = ['citizen', 'helper', 'coordinator', 'staff', 'admin'] as const;
export const labelled = <T extends readonly [string, ...string[]]>(values: T) => z.object({ value: z.enum(values), label: z.string() });

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
  /** A change the enterprise declared to a verified value, waiting for the verifying department (issue 11). */
  claim: z.object({ display: z.string(), at: z.string() }).nullable(),
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

export const OUTCOMES = ['qualifies', 'nearly', 'no'] as const;

export const policyMatchSchema = z.object({
  policy: policySummarySchema,
  outcome: labelled(OUTCOMES),
  shortfall: z.number().int().min(0),
  criteria: z.array(criterionVerdictSchema),
  /** Each entry: criteria (indexes into `criteria`) that together would make the enterprise qualify. */
  toQualify: z.array(z.array(z.number().int())),
  summary: z.string(),
});
export type PolicyMatchView = z.infer<typeof policyMatchSchema>;

/** One enterprise in a staff list (preview examples, match.forPolicy). Enterprise names and codes are public register data. */
export const enterpriseMatchRowSchema = z.object({
  creditCode: z.string(),
  name: z.string(),
  outcome: labelled(OUTCOMES),
  shortfall: z.number().int().min(0),
  summary: z.string(),
});
export type EnterpriseMatchRow = z.infer<typeof enterpriseMatchRowSchema>;

/** How a push reached the enterprise. */
export const DELIVERY_CHANNELS = ['subscribe', 'inbox'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

export const OBJECTION_STATUSES = ['submitted', 'answered'] as const;

export const objectionViewSchema = z.object({
  id: z.string(),
  deliveryId: z.string(),
  policyId: z.string(),
  creditCode: z.string(),
  enterpriseName: z.string(),
  /** The department that issued the policy: it receives the objection. */
  department: z.string(),
  reason: z.string(),
  status: labelled(OBJECTION_STATUSES),
  at: isoDateTime,
});
export type ObjectionView = z.infer<typeof objectionViewSchema>;

/** A policy pushed to an enterprise, as its inbox shows it. */
export const inboxItemSchema = z.object({
  /** The delivery id (one per enterprise and policy). */
  id: z.string(),
  creditCode: z.string(),
  policy: policySummarySchema,
  /** Why it fits, in one sentence. */
  summary: z.string(),
  /** The criteria it meets, each in words. */
  reasons: z.array(z.string()),
  /** 免申即享 only: what will be granted without an application, and when. */
  grant: z.object({ what: z.string(), when: z.string() }).nullable(),
  channel: labelled(DELIVERY_CHANNELS),
  /** True when a subscribe message was attempted but WeChat refused it (no quota left), so it came to the inbox. */
  fellBack: z.boolean(),
  deliveredAt: isoDateTime,
  readAt: isoDateTime.nullable(),
  objection: objectionViewSchema.nullable(),
  /** 免申即享 and no objection yet. */
  canObject: z.boolean(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

/** What one run of the push job did. */
export const pushRunResultSchema = z.object({
  /** Enterprise–policy pairs examined in this run (matching ones and not). */
  examined: z.number().int(),
  /** New deliveries created (newly matching pairs). */
  created: z.number().int(),
  subscribe: z.number().int(),
  inbox: z.number().int(),
  /** Subscribe message refused (43101 no quota) → inbox. */
  fellBack: z.number().int(),
  /** WeChat asked to slow down (45009): left pending for the next run. */
  retryLater: z.number().int(),
  /** Skipped because the enterprise muted the policy's category. */
  muted: z.number().int(),
  /** True when nothing is left to do; false when the run stopped at its budget and checkpointed. */
  done: z.boolean(),
  checkpoint: z.object({ policyId: z.string(), version: z.number().int(), after: z.string().nullable() }).nullable(),
});
export type PushRunResult = z.infer<typeof pushRunResultSchema>;

export const policyReportSchema = z.object({
  policy: policySummarySchema,
  counts: z.object({
    /** Enterprises the policy was pushed to (one delivery each). */
    matched: z.number().int(),
    /** Reached by a subscribe message. */
    sent: z.number().int(),
    /** Subscribe message refused (no quota) → inbox. */
    fellBack: z.number().int(),
    /** In the inbox (no quota recorded, or fell back). */
    inbox: z.number().int(),
    /** Waiting for the next run (rate limited). */
    pending: z.number().int(),
    /** Not sent: the enterprise muted the category. */
    muted: z.number().int(),
    read: z.number().int(),
    objected: z.number().int(),
  }),
  objections: z.array(objectionViewSchema),
});
export type PolicyReport = z.infer<typeof policyReportSchema>;
