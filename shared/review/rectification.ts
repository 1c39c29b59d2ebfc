/**
 * The rectification of a bad review (整改): opened → verified → rectified | explained → (callback 回访, required for
 * every real-name bad review) → closed → the rater rates the fix. 不满意 reopens it once and escalates it to the
 * administrator; a second 不满意 ends it escalated. Overdue rectifications escalate (timer).
 */
import type { FixRating } from './levels';

export const RECTIFICATION_STATES = ['opened', 'verified', 'rectified', 'explained', 'closed', 'finished'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

export const RECTIFICATION_STATE_LABELS: Record<RectificationState, string> = {
  opened: '待核实',
  verified: '已核实，待整改或说明',
  rectified: '已整改，待回访办结',
  explained: '已解释说明，待回访办结',
  closed: '已办结，待评价人评价整改结果',
  finished: '已完结',
};

/** States in which the department still owes work (count as open; can go overdue). */
export const OPEN_STATES: readonly RectificationState[] = ['opened', 'verified', 'rectified', 'explained'];

export type RectificationEvent =
  | { type: 'verify'; note?: string }
  | { type: 'rectify'; text: string }
  | { type: 'explain'; text: string }
  | { type: 'callback'; reached: boolean; note: string }
  | { type: 'close' }
  | { type: 'rate'; rating: FixRating };

export interface RectificationFacts {
  state: RectificationState;
  realName: boolean;
  callbackCount: number;
  reopenCount: number;
}

export type Step =
  | { ok: true; state: RectificationState; reopened?: boolean; escalate?: 'rerated_dissatisfied' | 'final_dissatisfied' }
  | { ok: false; message: string };

const fail = (message: string): Step => ({ ok: false, message });

export function stepRectification(facts: RectificationFacts, event: RectificationEvent): Step {
  const { state } = facts;
  switch (event.type) {
    case 'verify':
      return state === 'opened' ? { ok: true, state: 'verified' } : fail('这条差评已经核实过了，请刷新查看当前进度。');
    case 'rectify':
    case 'explain':
      if (state === 'opened') return fail('请先核实差评反映的情况，再填写整改结果或解释说明。');
      if (state !== 'verified') return fail('这条差评已经整改或说明过了，请刷新查看当前进度。');
      return { ok: true, state: event.type === 'rectify' ? 'rectified' : 'explained' };
    case 'callback':
      if (state !== 'rectified' && state !== 'explained') return fail('请在整改或解释说明之后，再向评价人回访。');
      return { ok: true, state };
    case 'close':
      if (state !== 'rectified' && state !== 'explained') return fail('请先完成整改或解释说明，再办结。');
      if (facts.realName && facts.callbackCount === 0) return fail('实名差评必须先回访评价人，请记录回访情况后再办结。');
      return { ok: true, state: 'closed' };
    case 'rate':
      if (state !== 'closed') return fail('部门办结后才能评价整改结果，请稍后再来。');
      if (event.rating !== 'dissatisfied') return { ok: true, state: 'finished' };
      if (facts.reopenCount === 0) return { ok: true, state: 'opened', reopened: true, escalate: 'rerated_dissatisfied' };
      return { ok: true, state: 'finished', escalate: 'final_dissatisfied' };
  }
}

export const ESCALATION_LABELS = {
  overdue: '超过整改期限',
  rerated_dissatisfied: '评价人对整改结果不满意，已重新打开',
  final_dissatisfied: '重新整改后评价人仍不满意',
} as const;
export type EscalationReason = keyof typeof ESCALATION_LABELS;
