/**
 * What the help actions answer. Personal fields (contact, address, the person helped) are masked unless the
 * answer says `masked: false`, which only `requests.get` gives (to the owning helper, or on `reveal`) and records.
 */
import { z } from 'zod';
import { AUTHORIZATION_SCOPES } from '../help/authorization';
import { CONSENT_METHODS, HELP_KINDS, HELPER_TEAMS, RELATIONS, SPECIAL_NEEDS } from '../help/kinds';
import { ACTOR_ROLES, HELP_EVENTS } from '../help/machine';
import { HELPER_STATUSES } from '../help/matching';
import { ESCALATION_REASONS, OVERDUE_REASONS } from '../help/flags';
import { HELP_STATES } from '../help/states';
import { REPLY_RATINGS } from '../feedback/feedback';
import { isoDateTime } from './common';

const labelled = <T extends readonly [string, ...string[]]>(values: T) => z.object({ value: z.enum(values), label: z.string() });

export const regionRefSchema = z.object({ code: z.string(), name: z.string() });

/** A step the viewer may take now, and which action takes it: the page's buttons. */
export const availableActionSchema = z.object({
  event: z.enum(HELP_EVENTS),
  label: z.string(),
  /** The help action that performs it, e.g. `requests.advance`. */
  action: z.string(),
  /** What the form must ask for: a reason (中止, 终止) or a note (办结情况, 补充说明). */
  needs: z.enum(['reason', 'note']).nullable(),
});

export const timelineEntrySchema = z.object({
  at: isoDateTime,
  event: z.enum([...HELP_EVENTS, 'submit']),
  label: z.string(),
  state: z.enum(HELP_STATES),
  stateLabel: z.string(),
  actor: z.object({ role: z.enum(ACTOR_ROLES), roleLabel: z.string(), name: z.string().nullable() }),
  note: z.string().nullable(),
  reason: z.string().nullable(),
});

export const authorizationViewSchema = z.object({
  matter: z.string(),
  scope: z.array(labelled(AUTHORIZATION_SCOPES)),
  validUntil: z.string(),
  materials: z.array(z.string()),
  /** The 委托书 as signed (or to be signed); names inside follow the answer's masking. */
  text: z.string(),
  textVersion: z.string(),
  confirmedAt: isoDateTime.nullable(),
  /** True when a helper may act on it now (signed and not expired). */
  valid: z.boolean(),
  /** Why it is not valid, said to the person. */
  problem: z.string().nullable(),
});

export const callbackViewSchema = z.object({
  at: isoDateTime,
  by: z.string().nullable(),
  reached: z.boolean(),
  satisfaction: labelled(REPLY_RATINGS).nullable(),
  note: z.string().nullable(),
});

export const helpRequestSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  kind: labelled(HELP_KINDS),
  about: z.object({ type: z.enum(['theme', 'case', 'text']), title: z.string(), themeId: z.string().nullable(), caseNumber: z.string().nullable() }),
  window: z.object({ from: isoDateTime, to: isoDateTime }),
  region: regionRefSchema,
  state: z.enum(HELP_STATES),
  stateLabel: z.string(),
  specialNeeds: z.array(labelled(SPECIAL_NEEDS)),
  language: z.string().nullable(),
  /** The person asking: masked unless `masked` is false. */
  contact: z.object({ name: z.string(), phone: z.string() }),
  /** Full address (region + street address), masked unless `masked` is false; null when none was given. */
  address: z.string().nullable(),
  forSomeoneElse: z
    .object({
      relation: labelled(RELATIONS),
      name: z.string(),
      phone: z.string(),
      consent: z.object({ method: labelled(CONSENT_METHODS), note: z.string().nullable(), recordedAt: isoDateTime }),
    })
    .nullable(),
  enterprise: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The helper who owns it (masked name), or null while open. */
  helper: z.object({ name: z.string().nullable(), team: z.string().nullable(), via: z.enum(['accepted', 'assigned']), since: isoDateTime }).nullable(),
  escalation: z.object({ reason: z.enum(ESCALATION_REASONS), label: z.string(), at: isoDateTime }).nullable(),
  overdue: z.object({ reason: z.enum(OVERDUE_REASONS), label: z.string(), at: isoDateTime }).nullable(),
  deadlines: z.object({
    /** When an open request goes to the coordinator if nobody accepts it. */
    escalateAt: isoDateTime.nullable(),
    startBy: isoDateTime.nullable(),
    dueAt: isoDateTime.nullable(),
  }),
  /** Set at 办结: the requester is invited to rate (好差评). */
  ratingInvitedAt: isoDateTime.nullable(),
  /** A coordinator still has to call the requester back. */
  awaitingCallback: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** How the viewer relates to it: the page picks its layout from this. */
  viewer: z.enum(['requester', 'helper', 'candidate', 'coordinator']),
  masked: z.boolean(),
  actions: z.array(availableActionSchema),
});
export type HelpRequestSummary = z.infer<typeof helpRequestSummarySchema>;

export const helpRequestDetailSchema = helpRequestSummarySchema.extend({
  description: z.string().nullable(),
  authorization: authorizationViewSchema.nullable(),
  timeline: z.array(timelineEntrySchema),
  callbacks: z.array(callbackViewSchema),
  endReason: z.string().nullable(),
});
export type HelpRequestDetail = z.infer<typeof helpRequestDetailSchema>;

export const helperProfileSchema = z.object({
  openid: z.string(),
  /** Masked real name. */
  name: z.string().nullable(),
  /** Masked phone and ID number. */
  phone: z.string().nullable(),
  idNumber: z.string().nullable(),
  team: labelled(HELPER_TEAMS),
  organisation: z.string(),
  skills: z.array(labelled(HELP_KINDS)),
  supports: z.array(labelled(SPECIAL_NEEDS)),
  languages: z.array(z.string()),
  serviceAreas: z.array(regionRefSchema),
  availability: z.object({ weekdays: z.array(z.number()), from: z.string(), to: z.string(), note: z.string().nullable(), text: z.string() }),
  status: labelled(HELPER_STATUSES),
  statusReason: z.string().nullable(),
  verifiedAt: isoDateTime.nullable(),
  suspendedAt: isoDateTime.nullable(),
  /** Requests the helper owns and has not finished. */
  activeCount: z.number().int(),
  completedCount: z.number().int(),
});
export type HelperProfile = z.infer<typeof helperProfileSchema>;

/** A helper as a candidate for one request (helpers.list with forRequestId). */
export const helperCandidateSchema = helperProfileSchema.extend({
  fit: z.object({ matches: z.boolean(), mismatches: z.array(z.string()), availableInWindow: z.boolean() }).nullable(),
});

export const regionChildSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: z.enum(['province', 'city', 'county', 'street']),
  hasChildren: z.boolean(),
});
