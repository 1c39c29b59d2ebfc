import { stepRectification, type RectificationFacts } from '@shared/review/rectification';

const facts = (over: Partial<RectificationFacts> = {}): RectificationFacts => ({ state: 'opened', realName: true, callbackCount: 0, reopenCount: 0, ...over });

describe('the rectification state machine', () => {
  it('goes opened → verified → rectified | explained → closed', () => {
    expect(stepRectification(facts(), { type: 'verify' })).toEqual({ ok: true, state: 'verified' });
    expect(stepRectification(facts({ state: 'verified' }), { type: 'rectify', text: 'x' })).toEqual({ ok: true, state: 'rectified' });
    expect(stepRectification(facts({ state: 'verified' }), { type: 'explain', text: 'x' })).toEqual({ ok: true, state: 'explained' });
    expect(stepRectification(facts({ state: 'rectified', callbackCount: 1 }), { type: 'close' })).toEqual({ ok: true, state: 'closed' });
  });

  it('refuses to skip verification or handle twice', () => {
    expect(stepRectification(facts(), { type: 'rectify', text: 'x' })).toMatchObject({ ok: false, message: expect.stringContaining('先核实') });
    expect(stepRectification(facts({ state: 'rectified' }), { type: 'explain', text: 'x' })).toMatchObject({ ok: false });
    expect(stepRectification(facts({ state: 'verified' }), { type: 'verify' })).toMatchObject({ ok: false });
    expect(stepRectification(facts({ state: 'opened' }), { type: 'callback', reached: true, note: 'x' })).toMatchObject({ ok: false });
  });

  it('requires a callback before closing a real-name bad review, not an anonymous one', () => {
    expect(stepRectification(facts({ state: 'explained' }), { type: 'close' })).toMatchObject({ ok: false, message: expect.stringContaining('回访') });
    expect(stepRectification(facts({ state: 'explained', realName: false }), { type: 'close' })).toEqual({ ok: true, state: 'closed' });
  });

  it('lets the rater rate only a closed rectification; 不满意 reopens once and escalates, then ends escalated', () => {
    expect(stepRectification(facts({ state: 'rectified' }), { type: 'rate', rating: 'satisfied' })).toMatchObject({ ok: false });
    expect(stepRectification(facts({ state: 'closed' }), { type: 'rate', rating: 'basic' })).toEqual({ ok: true, state: 'finished' });
    expect(stepRectification(facts({ state: 'closed' }), { type: 'rate', rating: 'dissatisfied' })).toEqual({ ok: true, state: 'opened', reopened: true, escalate: 'rerated_dissatisfied' });
    expect(stepRectification(facts({ state: 'closed', reopenCount: 1 }), { type: 'rate', rating: 'dissatisfied' })).toEqual({ ok: true, state: 'finished', escalate: 'final_dissatisfied' });
    expect(stepRectification(facts({ state: 'finished' }), { type: 'rate', rating: 'satisfied' })).toMatchObject({ ok: false });
  });
});
