import type { RatingView, RectificationView } from '@shared/contracts/review';
import { departmentName } from '@shared/departments';
import { maskName, maskText } from '@shared/mask';
import { APPEAL_REASON_LABELS, APPEAL_STATE_LABELS } from '@shared/review/appeals';
import { CHANNEL_LABELS, INDICATOR_LABELS, type Indicator } from '@shared/review/indicators';
import { FIX_RATING_LABELS, isBadReview, LEVEL_LABELS, type Level } from '@shared/review/levels';
import { ESCALATION_LABELS, OPEN_STATES, RECTIFICATION_STATE_LABELS } from '@shared/review/rectification';
import { STAGE_LABELS } from '@shared/review/window';
import type { StoredAppeal, StoredRating, StoredRectification } from './types';

const dept = (id: string) => ({ id, name: departmentName(id) });
const level = (value: Level) => ({ value, label: LEVEL_LABELS[value] });

export function ratingView(r: StoredRating, audience: 'rater' | 'staff' | 'admin'): RatingView {
  return {
    id: r._id,
    case: { source: r.source, id: r.caseId, number: r.caseNumber, itemCode: r.itemCode, itemVersion: r.itemVersion, itemName: r.itemName },
    stage: { value: r.stage, label: STAGE_LABELS[r.stage] },
    channel: { value: r.channel, label: CHANNEL_LABELS[r.channel] },
    department: dept(r.department),
    region: { code: r.regionCode, name: r.regionName },
    served: r.served ? { kind: r.served.kind, name: r.served.name ? maskName(r.served.name) : null } : null,
    level: level(r.level),
    bad: isBadReview(r.level),
    indicators: Object.entries(r.indicators).map(([name, value]) => ({ name: name as Indicator, label: INDICATOR_LABELS[name as Indicator], level: level(value) })),
    comment: r.comment ? maskText(r.comment) : null,
    photos: r.photos,
    rater: audience !== 'rater' && r.realName && r.raterName ? maskName(r.raterName) : null,
    createdAt: r.createdAt.toISOString(),
    excluded: r.excluded,
    rectificationId: r.rectificationId,
  };
}

export function rectificationView(f: StoredRectification, audience: 'rater' | 'staff' | 'admin', now = new Date()): RectificationView {
  const actions: RectificationView['actions'] = [];
  if (audience === 'staff') {
    if (f.state === 'opened') actions.push('verify');
    if (f.state === 'verified') actions.push('rectify', 'explain');
    if (f.state === 'rectified' || f.state === 'explained') actions.push('callback', 'close');
  }
  if (audience === 'rater' && f.state === 'closed') actions.push('rate');
  return {
    id: f._id,
    ratingId: f.ratingId,
    caseNumber: f.caseNumber,
    department: dept(f.department),
    level: level(f.level),
    comment: f.comment ? maskText(f.comment) : null,
    rater: audience !== 'rater' && f.realName && f.raterName ? maskName(f.raterName) : null,
    realName: f.realName,
    state: { value: f.state, label: RECTIFICATION_STATE_LABELS[f.state] },
    dueDate: f.dueDate,
    dueAt: f.dueAt.toISOString(),
    overdue: OPEN_STATES.includes(f.state) && now > f.dueAt,
    reopenCount: f.reopenCount,
    escalation: f.escalation ? { reason: f.escalation.reason, label: ESCALATION_LABELS[f.escalation.reason], at: f.escalation.at.toISOString() } : null,
    verification: f.verification ? { note: f.verification.note, at: f.verification.at.toISOString() } : null,
    handling: f.handling ? { kind: f.handling.kind, text: maskText(f.handling.text), at: f.handling.at.toISOString() } : null,
    callbacks: f.callbacks.map((c) => ({ reached: c.reached, note: maskText(c.note), at: c.at.toISOString() })),
    closedAt: f.closedAt ? f.closedAt.toISOString() : null,
    fixRating: f.fixRating ? { value: f.fixRating.value, label: FIX_RATING_LABELS[f.fixRating.value], at: f.fixRating.at.toISOString() } : null,
    history: f.history.map((h) => ({ event: h.event, at: h.at.toISOString(), note: h.note ? maskText(h.note) : null })),
    actions,
  };
}

export function appealView(a: StoredAppeal) {
  return {
    id: a._id,
    ratingId: a.ratingId,
    department: dept(a.department),
    reason: { value: a.reason, label: APPEAL_REASON_LABELS[a.reason] },
    explanation: maskText(a.explanation),
    evidence: a.evidence,
    state: { value: a.state, label: APPEAL_STATE_LABELS[a.state] },
    decision: a.decision ? { note: a.decision.note, at: a.decision.at.toISOString() } : null,
    createdAt: a.createdAt.toISOString(),
  };
}
