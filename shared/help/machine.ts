/**
 * The help request's state machine as data, and `transition`, the one pure function that decides who may do
 * what from which state. Handlers never change a state any other way.
 */
import { maskName } from '../mask';
import { authorizationProblem, type StoredAuthorizationState } from './authorization';
import { HELP_KIND_LABELS, type HelpKind } from './kinds';
import { HELP_STATE_LABELS, isOpen, type HelpState } from './states';

export const HELP_EVENTS = [
  'receive',
  'authorize',
  'renewAuthorization',
  'accept',
  'assign',
  'depart',
  'start',
  'suspend',
  'resume',
  'complete',
  'terminate',
  'cancel',
  'note',
  'escalate',
  'flagOverdue',
  'callback',
] as const;
export type HelpEventType = (typeof HELP_EVENTS)[number];

/** Who acts, relative to this request (not the account's roles). */
export const ACTOR_ROLES = ['requester', 'helper', 'coordinator', 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const ACTOR_ROLE_LABELS: Record<ActorRole, string> = {
  requester: '申请人',
  helper: '帮办员',
  coordinator: '调度员',
  system: '系统',
};

export interface Actor {
  role: ActorRole;
  openid: string | null;
  name: string | null;
}

export const SYSTEM_ACTOR: Actor = { role: 'system', openid: null, name: null };

export interface HelperRef {
  openid: string;
  name: string | null;
}

/** What the machine needs to know about a request. */
export interface MachineRequest {
  kind: HelpKind;
  state: HelpState;
  requesterOpenid: string;
  helper: HelperRef | null;
  authorization: StoredAuthorizationState | null;
}

export interface HelpEvent {
  type: HelpEventType;
  note?: string | null;
  reason?: string | null;
  /** assign: the helper to assign; accept: the accepting helper (defaults to the actor). */
  helper?: HelperRef;
}

type From = readonly HelpState[] | 'open';

interface Rule {
  event: HelpEventType;
  from: From;
  /** The state after; 'same' leaves it. */
  to: HelpState | 'same';
  by: readonly ActorRole[];
  kinds?: readonly HelpKind[];
  /** A helper must be the request's current owner. */
  ownerOnly?: boolean;
  needs?: 'reason' | 'note';
  /** 代办: the 委托书 must be signed and valid. */
  needsAuthorization?: boolean;
  label: string;
}

const ACTIVE: readonly HelpState[] = ['assigned', 'accepted', 'on_the_way', 'in_progress', 'suspended'];
const NOT_FINAL: readonly HelpState[] = ['submitted', 'received', 'authorized', ...ACTIVE];
const NOT_STARTED: readonly HelpState[] = ['assigned', 'accepted'];
const NOT_HOME: readonly HelpKind[] = ['guidance', 'proxy'];

/** Every allowed step. Anything not listed is refused. */
export const HELP_TRANSITIONS: readonly Rule[] = [
  { event: 'receive', from: ['submitted'], to: 'received', by: ['system', 'coordinator'], label: '已受理，正在为您匹配帮办员' },
  { event: 'authorize', from: ['received'], to: 'authorized', by: ['requester'], kinds: ['proxy'], label: '申请人已签署委托书' },
  { event: 'renewAuthorization', from: ['authorized', ...ACTIVE], to: 'same', by: ['requester'], kinds: ['proxy'], label: '申请人已续签委托书' },
  { event: 'accept', from: 'open', to: 'accepted', by: ['helper'], needsAuthorization: true, label: '帮办员已接单' },
  { event: 'assign', from: 'open', to: 'assigned', by: ['coordinator'], needsAuthorization: true, label: '调度员已派单' },
  { event: 'assign', from: ACTIVE, to: 'assigned', by: ['coordinator'], needsAuthorization: true, label: '调度员已改派' },
  { event: 'depart', from: NOT_STARTED, to: 'on_the_way', by: ['helper'], kinds: ['home_visit'], ownerOnly: true, label: '帮办员已出发上门' },
  { event: 'start', from: NOT_STARTED, to: 'in_progress', by: ['helper'], kinds: NOT_HOME, ownerOnly: true, needsAuthorization: true, label: '帮办员开始办理' },
  { event: 'start', from: ['on_the_way'], to: 'in_progress', by: ['helper'], kinds: ['home_visit'], ownerOnly: true, label: '帮办员已到达，开始办理' },
  { event: 'suspend', from: ['on_the_way', 'in_progress'], to: 'suspended', by: ['helper'], ownerOnly: true, needs: 'reason', label: '中止办理' },
  { event: 'resume', from: ['suspended'], to: 'in_progress', by: ['helper'], ownerOnly: true, needsAuthorization: true, label: '续办' },
  { event: 'complete', from: ['in_progress'], to: 'completed', by: ['helper'], ownerOnly: true, needs: 'note', label: '已办结' },
  { event: 'terminate', from: ['on_the_way', 'in_progress', 'suspended'], to: 'terminated', by: ['helper'], ownerOnly: true, needs: 'reason', label: '已终止' },
  { event: 'terminate', from: NOT_FINAL, to: 'terminated', by: ['coordinator'], needs: 'reason', label: '调度员已终止' },
  { event: 'cancel', from: ['submitted', 'received', 'authorized', 'assigned', 'accepted'], to: 'cancelled', by: ['requester'], label: '申请人已撤销' },
  { event: 'note', from: NOT_FINAL, to: 'same', by: ['requester', 'helper', 'coordinator'], ownerOnly: true, needs: 'note', label: '补充说明' },
  { event: 'escalate', from: ['received', 'authorized', ...ACTIVE], to: 'same', by: ['system'], needs: 'reason', label: '已转调度员处理' },
  { event: 'flagOverdue', from: ['assigned', 'accepted', 'on_the_way', 'in_progress'], to: 'same', by: ['system'], needs: 'reason', label: '已超时' },
  { event: 'callback', from: ['completed', 'terminated'], to: 'same', by: ['coordinator'], label: '调度员已回访' },
];

export const HELP_EVENT_LABELS: Record<HelpEventType, string> = {
  receive: '受理',
  authorize: '签署委托书',
  renewAuthorization: '续签委托书',
  accept: '接单',
  assign: '派单',
  depart: '出发上门',
  start: '开始办理',
  suspend: '中止',
  resume: '续办',
  complete: '办结',
  terminate: '终止',
  cancel: '撤销申请',
  note: '补充说明',
  escalate: '转调度员',
  flagOverdue: '标记超时',
  callback: '回访',
};

/** One line of the timeline: who (role + masked name), what, when, with the note or reason. */
export interface TimelineEntry {
  at: Date;
  event: HelpEventType | 'submit';
  from: HelpState | null;
  state: HelpState;
  label: string;
  actor: { role: ActorRole; openid: string | null; name: string | null };
  note: string | null;
  reason: string | null;
}

export type Refusal = { ok: false; code: 'FORBIDDEN' | 'CONFLICT' | 'VALIDATION_FAILED'; message: string };
export type Step = { ok: true; state: HelpState; entry: TimelineEntry; helper: HelperRef | null };

/** What every helper but the one who got a request is told. */
export const TAKEN_MESSAGE = '已被其他帮办员接单，请看看其他待接的申请。';

function refuse(code: Refusal['code'], message: string): Refusal {
  return { ok: false, code, message };
}

function fromMatches(from: From, request: MachineRequest): boolean {
  return from === 'open' ? isOpen(request) : from.includes(request.state);
}

function actorIsOwner(actor: Actor, request: MachineRequest): boolean {
  if (actor.role === 'requester') return actor.openid === request.requesterOpenid;
  if (actor.role === 'helper') return !!request.helper && actor.openid === request.helper.openid;
  return true;
}

function stateRefusal(request: MachineRequest, event: HelpEventType): Refusal {
  if (request.kind === 'proxy' && request.state === 'received' && (event === 'accept' || event === 'assign')) {
    return refuse('CONFLICT', '申请人还没有签署委托书，签署后才能接单或派单。');
  }
  if (event === 'cancel' && ['on_the_way', 'in_progress', 'suspended'].includes(request.state)) {
    return refuse('CONFLICT', '帮办员已经出发或开始办理，不能再撤销；如不需要了，请联系帮办员终止办理。');
  }
  if (event === 'accept' && ACTIVE.includes(request.state)) return refuse('CONFLICT', TAKEN_MESSAGE);
  return refuse('CONFLICT', `这件申请当前「${HELP_STATE_LABELS[request.state]}」，不能${HELP_EVENT_LABELS[event]}，请刷新后查看最新情况。`);
}

function ownerRefusal(actor: Actor): Refusal {
  if (actor.role === 'requester') return refuse('FORBIDDEN', '只有申请人本人可以这样操作。');
  return refuse('FORBIDDEN', '只有接单的帮办员可以办理这件申请；如需转交，请联系调度员改派。');
}

function labelFor(rule: Rule, request: MachineRequest): string {
  if (rule.event === 'start' && request.kind === 'proxy') return '帮办员开始代办';
  return rule.label;
}

/**
 * Applies `event` by `actor` to `request` at `now`: the next state and the timeline entry, or why not.
 * Checks, in order: the step exists for this kind, this actor's role may take it, from this state, as the
 * requester / owning helper where that matters, with the reason or note it needs, and for 代办 a valid 委托书.
 */
export function transition(request: MachineRequest, event: HelpEvent, actor: Actor, now: Date): Step | Refusal {
  const forKind = HELP_TRANSITIONS.filter((r) => r.event === event.type && (!r.kinds || r.kinds.includes(request.kind)));
  if (forKind.length === 0) {
    return refuse('CONFLICT', `${HELP_KIND_LABELS[request.kind]}服务没有「${HELP_EVENT_LABELS[event.type]}」这一步。`);
  }
  const forActor = forKind.filter((r) => r.by.includes(actor.role));
  if (forActor.length === 0) {
    return refuse('FORBIDDEN', `${ACTOR_ROLE_LABELS[actor.role]}不能${HELP_EVENT_LABELS[event.type]}。`);
  }
  const rule = forActor.find((r) => fromMatches(r.from, request));
  if (!rule) return stateRefusal(request, event.type);
  if ((rule.ownerOnly || actor.role === 'requester') && !actorIsOwner(actor, request)) return ownerRefusal(actor);

  const note = event.note?.trim() || null;
  const reason = event.reason?.trim() || null;
  if (rule.needs === 'reason' && !reason) return refuse('VALIDATION_FAILED', `请填写${HELP_EVENT_LABELS[event.type]}的原因。`);
  if (rule.needs === 'note' && !note) {
    return refuse('VALIDATION_FAILED', event.type === 'complete' ? '请写明办结情况（办了什么、结果如何）。' : '请填写说明内容。');
  }

  let helper = request.helper;
  if (event.type === 'accept') {
    if (actor.openid === request.requesterOpenid) return refuse('FORBIDDEN', '不能接自己提交的申请。');
    helper = event.helper ?? { openid: actor.openid ?? '', name: actor.name };
  }
  if (event.type === 'assign') {
    if (!event.helper) return refuse('VALIDATION_FAILED', '请选择要派单的帮办员。');
    if (event.helper.openid === request.requesterOpenid) return refuse('FORBIDDEN', '不能把申请派给申请人本人。');
    if (request.helper?.openid === event.helper.openid) return refuse('CONFLICT', '这件申请已经由这位帮办员办理，无需重复派单。');
    helper = event.helper;
  }
  if (request.kind === 'proxy' && rule.needsAuthorization) {
    const problem = authorizationProblem(request.authorization, now);
    if (problem) return refuse('CONFLICT', problem);
  }

  const state = rule.to === 'same' ? request.state : rule.to;
  const entry: TimelineEntry = {
    at: now,
    event: event.type,
    from: request.state,
    state,
    label: labelFor(rule, request),
    actor: { role: actor.role, openid: actor.openid, name: actor.name ? maskName(actor.name) : null },
    note,
    reason,
  };
  return { ok: true, state, entry, helper };
}

/** The first timeline line, written when the request is created. */
export function submitEntry(actor: Actor, now: Date, note: string | null): TimelineEntry {
  return {
    at: now,
    event: 'submit',
    from: null,
    state: 'submitted',
    label: '提交申请',
    actor: { role: actor.role, openid: actor.openid, name: actor.name ? maskName(actor.name) : null },
    note,
    reason: null,
  };
}

/** Steps a person can take from a page (system steps are left out). */
export const USER_EVENTS: readonly HelpEventType[] = HELP_EVENTS.filter((e) => !['receive', 'escalate', 'flagOverdue'].includes(e));

/** The steps `actor` may take on `request` right now: what the page shows as buttons. */
export function availableEvents(request: MachineRequest, actor: Actor, now: Date): HelpEventType[] {
  const probe = { note: '-', reason: '-', helper: { openid: '\u0000probe', name: null } };
  return USER_EVENTS.filter((type) => transition(request, { type, ...probe }, actor, now).ok);
}

/** Whether an event needs a reason or a note (for the page's form). */
export function eventNeeds(type: HelpEventType, kind: HelpKind, actorRole: ActorRole): 'reason' | 'note' | null {
  const rule = HELP_TRANSITIONS.find((r) => r.event === type && r.by.includes(actorRole) && (!r.kinds || r.kinds.includes(kind)));
  return rule?.needs ?? null;
}
