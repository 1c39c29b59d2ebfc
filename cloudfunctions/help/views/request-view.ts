/** A stored request as one viewer may see it: masked unless revealed, with the steps that viewer may take. */
import { cityConfig } from '@shared/config/city';
import { REPLY_RATING_LABELS } from '@shared/feedback/feedback';
import type { HelpRequestDetail, HelpRequestSummary } from '@shared/contracts/help-views';
import { authorizationProblem, authorizationText, AUTHORIZATION_SCOPE_LABELS } from '@shared/help/authorization';
import { CONSENT_METHOD_LABELS, HELP_KIND_LABELS, HELPER_TEAM_LABELS, RELATION_LABELS, SPECIAL_NEED_LABELS } from '@shared/help/kinds';
import { ACTOR_ROLE_LABELS, availableEvents, eventNeeds, HELP_EVENT_LABELS, type HelpEventType } from '@shared/help/machine';
import { ESCALATION_REASON_LABELS, escalateAt, OVERDUE_REASON_LABELS } from '@shared/help/sla';
import { HELP_STATE_LABELS, isOpen, stateLabel } from '@shared/help/states';
import { maskAddress, maskName, maskPhone, maskText } from '@shared/mask';
import type { Viewer } from '../access';
import { iso } from '../../_runtime/read-all';
import { machineRequest } from '../store/requests';
import type { StoredHelpRequest } from '../store/types';

const EVENT_ACTIONS: Partial<Record<HelpEventType, string>> = {
  authorize: 'requests.confirmAuthorization',
  renewAuthorization: 'requests.confirmAuthorization',
  accept: 'requests.accept',
  assign: 'requests.assign',
  cancel: 'requests.cancel',
  callback: 'requests.recordCallback',
};


export function awaitingCallback(doc: StoredHelpRequest): boolean {
  return (doc.state === 'completed' || doc.state === 'terminated') && !doc.callbacks.some((c) => c.reached);
}

export function fullAddress(doc: StoredHelpRequest): string | null {
  return doc.streetAddress ? `${doc.regionName}${doc.streetAddress}` : null;
}

function actionsFor(doc: StoredHelpRequest, viewer: Viewer, now: Date) {
  return availableEvents(machineRequest(doc), viewer.actor, now)
    .filter((event) => (viewer.relation === 'candidate' ? event === 'accept' : true))
    .filter((event) => event !== 'callback' || awaitingCallback(doc))
    .map((event) => ({
      event,
      label: HELP_EVENT_LABELS[event],
      action: EVENT_ACTIONS[event] ?? 'requests.advance',
      needs: eventNeeds(event, doc.kind, viewer.actor.role),
    }));
}

export function requestSummary(doc: StoredHelpRequest, viewer: Viewer, options: { reveal: boolean; now: Date }): HelpRequestSummary {
  const masked = !options.reveal;
  const name = (s: string) => (masked ? maskName(s) : s);
  const phone = (s: string) => (masked ? maskPhone(s) : s);
  const address = fullAddress(doc);
  const config = cityConfig().help;
  return {
    id: doc._id,
    number: doc.number,
    kind: { value: doc.kind, label: HELP_KIND_LABELS[doc.kind] },
    about: {
      type: doc.about.type,
      title: doc.about.type === 'text' ? maskText(doc.about.title) : doc.about.title,
      themeId: doc.about.type === 'theme' ? doc.about.themeId : null,
      caseNumber: doc.about.type === 'case' ? doc.about.caseNumber : null,
    },
    window: { from: doc.window.from.toISOString(), to: doc.window.to.toISOString() },
    region: { code: doc.regionCode, name: doc.regionName },
    state: doc.state,
    stateLabel: stateLabel(doc.state, doc.kind),
    specialNeeds: doc.specialNeeds.map((need) => ({ value: need, label: SPECIAL_NEED_LABELS[need] })),
    language: doc.language,
    contact: { name: name(doc.contact.name), phone: phone(doc.contact.phone) },
    address: address ? (masked ? maskAddress(address) : address) : null,
    forSomeoneElse: doc.beneficiary
      ? {
          relation: { value: doc.beneficiary.relation, label: RELATION_LABELS[doc.beneficiary.relation] },
          name: name(doc.beneficiary.name),
          phone: phone(doc.beneficiary.phone),
          consent: {
            method: { value: doc.beneficiary.consent.method, label: CONSENT_METHOD_LABELS[doc.beneficiary.consent.method] },
            note: doc.beneficiary.consent.note ? maskText(doc.beneficiary.consent.note) : null,
            recordedAt: doc.beneficiary.consent.recordedAt.toISOString(),
          },
        }
      : null,
    enterprise: doc.enterprise,
    helper: doc.helper
      ? {
          name: doc.helper.name ? maskName(doc.helper.name) : null,
          team: doc.helper.team ? HELPER_TEAM_LABELS[doc.helper.team] : null,
          via: doc.helper.via,
          since: doc.helper.since.toISOString(),
        }
      : null,
    escalation: doc.escalation ? { reason: doc.escalation.reason, label: ESCALATION_REASON_LABELS[doc.escalation.reason], at: doc.escalation.at.toISOString() } : null,
    overdue: doc.overdue ? { reason: doc.overdue.reason, label: OVERDUE_REASON_LABELS[doc.overdue.reason], at: doc.overdue.at.toISOString() } : null,
    deadlines: {
      escalateAt: isOpen(doc) && doc.openedAt && !doc.escalation ? escalateAt(doc.openedAt, config).toISOString() : null,
      startBy: iso(doc.startBy),
      dueAt: iso(doc.dueAt),
    },
    ratingInvitedAt: iso(doc.ratingInvitedAt),
    awaitingCallback: awaitingCallback(doc),
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    viewer: viewer.relation,
    masked,
    actions: actionsFor(doc, viewer, options.now),
  };
}

function authorizationView(doc: StoredHelpRequest, masked: boolean, now: Date): HelpRequestDetail['authorization'] {
  const a = doc.authorization;
  if (!a) return null;
  const principal = masked ? maskName(doc.contact.name) : doc.contact.name;
  const agent = doc.helper?.name ? (masked ? maskName(doc.helper.name) : doc.helper.name) : null;
  const problem = authorizationProblem(a, now);
  return {
    matter: a.matter,
    scope: a.scope.map((s) => ({ value: s, label: AUTHORIZATION_SCOPE_LABELS[s] })),
    validUntil: a.validUntil,
    materials: a.materials,
    text: authorizationText(a, { principal, agent, requestNumber: doc.number }),
    textVersion: a.textVersion,
    confirmedAt: iso(a.confirmedAt),
    valid: problem === null,
    problem,
  };
}

export function requestDetail(doc: StoredHelpRequest, viewer: Viewer, options: { reveal: boolean; now: Date }): HelpRequestDetail {
  const masked = !options.reveal;
  return {
    ...requestSummary(doc, viewer, options),
    description: doc.description ? (masked ? maskText(doc.description) : doc.description) : null,
    authorization: authorizationView(doc, masked, options.now),
    timeline: doc.timeline.map((entry) => ({
      at: entry.at.toISOString(),
      event: entry.event,
      label: entry.label,
      state: entry.state,
      stateLabel: HELP_STATE_LABELS[entry.state],
      actor: { role: entry.actor.role, roleLabel: ACTOR_ROLE_LABELS[entry.actor.role], name: entry.actor.name },
      note: entry.note ? maskText(entry.note) : null,
      reason: entry.reason ? maskText(entry.reason) : null,
    })),
    callbacks: doc.callbacks.map((c) => ({
      at: c.at.toISOString(),
      by: c.byName ? maskName(c.byName) : null,
      reached: c.reached,
      satisfaction: c.satisfaction ? { value: c.satisfaction, label: REPLY_RATING_LABELS[c.satisfaction] } : null,
      note: c.note ? maskText(c.note) : null,
    })),
    endReason: doc.endReason ? maskText(doc.endReason) : null,
  };
}
