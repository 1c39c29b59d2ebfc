import type { HelpKind } from './kinds';

/**
 * Where a help request stands. The forms of the local standards (苏州 DB3205/T 1077-2023 and others) map onto
 * them: 受理单 → received, 代办委托书 → authorized, 中止单 → suspended, 续办委托书 → resume with a valid 委托书,
 * 办结(终止)单 → completed / terminated, 事后回访 → a callback recorded on a finished request.
 */
export const HELP_STATES = [
  'submitted',
  'received',
  'authorized',
  'assigned',
  'accepted',
  'on_the_way',
  'in_progress',
  'suspended',
  'completed',
  'terminated',
  'cancelled',
] as const;
export type HelpState = (typeof HELP_STATES)[number];

export const HELP_STATE_LABELS: Record<HelpState, string> = {
  submitted: '已申请',
  received: '已受理',
  authorized: '委托已签署',
  assigned: '已派单',
  accepted: '已接单',
  on_the_way: '上门途中',
  in_progress: '办理中',
  suspended: '已中止',
  completed: '已办结',
  terminated: '已终止',
  cancelled: '已撤销',
};

/** The label a person sees, which for 代办 says what is awaited (the requester's signature). */
export function stateLabel(state: HelpState, kind: HelpKind): string {
  if (state === 'received' && kind === 'proxy') return '待签署委托书';
  if (state === 'received' || state === 'authorized') return '等待帮办员接单';
  return HELP_STATE_LABELS[state];
}

/** Nothing happens to a request in these any more (a callback may still be recorded on the first two). */
export const FINAL_STATES: readonly HelpState[] = ['completed', 'terminated', 'cancelled'];

/** A helper owns the request in these states. */
export const OWNED_STATES: readonly HelpState[] = ['assigned', 'accepted', 'on_the_way', 'in_progress', 'suspended'];

/** Owned but not yet started: the preferred window applies ("start by" overdue rule). */
export const NOT_STARTED_STATES: readonly HelpState[] = ['assigned', 'accepted'];

/** States an open (not yet owned) request can be in; whether it is open also depends on the kind. */
export const WAITING_STATES: readonly HelpState[] = ['received', 'authorized'];

export function isFinal(state: HelpState): boolean {
  return FINAL_STATES.includes(state);
}

export function isOwned(state: HelpState): boolean {
  return OWNED_STATES.includes(state);
}

/**
 * Open for a helper to accept or a coordinator to assign: received (帮办, 上门) or, for 代办, authorized —
 * a 代办 request is never open before its requester has signed the 委托书.
 */
export function isOpen(request: { state: HelpState; kind: HelpKind }): boolean {
  return request.kind === 'proxy' ? request.state === 'authorized' : request.state === 'received';
}
