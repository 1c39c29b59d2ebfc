import { HELP_KINDS, type HelpKind } from '@shared/help/kinds';
import {
  ACTOR_ROLES,
  availableEvents,
  eventNeeds,
  HELP_EVENTS,
  transition,
  type Actor,
  type ActorRole,
  type HelpEventType,
  type MachineRequest,
} from '@shared/help/machine';
import { HELP_STATES, isOpen, OWNED_STATES, stateLabel, type HelpState } from '@shared/help/states';

const NOW = new Date('2026-03-10T02:00:00Z');
const REQUESTER = 'o-requester';
const OWNER = 'o-helper-owner';

const actors: Record<ActorRole, Actor> = {
  requester: { role: 'requester', openid: REQUESTER, name: '李秀英' },
  helper: { role: 'helper', openid: OWNER, name: '刘帮办' },
  coordinator: { role: 'coordinator', openid: 'o-coordinator', name: '孙调度' },
  system: { role: 'system', openid: null, name: null },
};

const validAuthorization = { confirmedAt: new Date('2026-03-09T02:00:00Z'), validUntil: '2026-04-30' };

function request(kind: HelpKind, state: HelpState, overrides: Partial<MachineRequest> = {}): MachineRequest {
  return {
    kind,
    state,
    requesterOpenid: REQUESTER,
    helper: OWNED_STATES.includes(state) || ['completed', 'terminated'].includes(state) ? { openid: OWNER, name: '刘帮办' } : null,
    authorization: kind === 'proxy' ? validAuthorization : null,
    ...overrides,
  };
}

const step = (type: HelpEventType) => ({ type, note: '说明', reason: '原因', helper: { openid: 'o-other-helper', name: '陈帮办' } });

// Written out independently of HELP_TRANSITIONS: every (event, actor, kind, from) → to that must be allowed,
// with the actor qualified (the requester is the requester, the helper owns it, a 委托书 is signed and valid).
const ALL: readonly HelpKind[] = HELP_KINDS;
const ACTIVE: HelpState[] = ['assigned', 'accepted', 'on_the_way', 'in_progress', 'suspended'];
const NOT_FINAL: HelpState[] = ['submitted', 'received', 'authorized', ...ACTIVE];
type Row = [HelpEventType, ActorRole[], readonly HelpKind[], HelpState[], HelpState | 'same'];
const ALLOWED: Row[] = [
  ['receive', ['system', 'coordinator'], ALL, ['submitted'], 'received'],
  ['authorize', ['requester'], ['proxy'], ['received'], 'authorized'],
  ['renewAuthorization', ['requester'], ['proxy'], ['authorized', ...ACTIVE], 'same'],
  ['accept', ['helper'], ['guidance', 'home_visit'], ['received'], 'accepted'],
  ['accept', ['helper'], ['proxy'], ['authorized'], 'accepted'],
  ['assign', ['coordinator'], ['guidance', 'home_visit'], ['received', ...ACTIVE], 'assigned'],
  ['assign', ['coordinator'], ['proxy'], ['authorized', ...ACTIVE], 'assigned'],
  ['depart', ['helper'], ['home_visit'], ['assigned', 'accepted'], 'on_the_way'],
  ['start', ['helper'], ['guidance', 'proxy'], ['assigned', 'accepted'], 'in_progress'],
  ['start', ['helper'], ['home_visit'], ['on_the_way'], 'in_progress'],
  ['suspend', ['helper'], ALL, ['on_the_way', 'in_progress'], 'suspended'],
  ['resume', ['helper'], ALL, ['suspended'], 'in_progress'],
  ['complete', ['helper'], ALL, ['in_progress'], 'completed'],
  ['terminate', ['helper'], ALL, ['on_the_way', 'in_progress', 'suspended'], 'terminated'],
  ['terminate', ['coordinator'], ALL, NOT_FINAL, 'terminated'],
  ['cancel', ['requester'], ALL, ['submitted', 'received', 'authorized', 'assigned', 'accepted'], 'cancelled'],
  ['note', ['requester', 'coordinator'], ALL, NOT_FINAL, 'same'],
  ['note', ['helper'], ALL, ACTIVE, 'same'],
  ['escalate', ['system'], ALL, ['received', 'authorized', ...ACTIVE], 'same'],
  ['flagOverdue', ['system'], ALL, ['assigned', 'accepted', 'on_the_way', 'in_progress'], 'same'],
  ['callback', ['coordinator'], ALL, ['completed', 'terminated'], 'same'],
];

function expected(event: HelpEventType, role: ActorRole, kind: HelpKind, from: HelpState): HelpState | null {
  const row = ALLOWED.find(([e, roles, kinds, states]) => e === event && roles.includes(role) && kinds.includes(kind) && states.includes(from));
  if (!row) return null;
  return row[4] === 'same' ? from : row[4];
}

describe('the help state machine', () => {
  const combos = HELP_EVENTS.flatMap((event) =>
    ACTOR_ROLES.flatMap((role) => HELP_KINDS.flatMap((kind) => HELP_STATES.map((from) => ({ event, role, kind, from })))),
  );

  it(`allows exactly the listed steps and refuses every other of the ${combos.length} combinations`, () => {
    const mismatches: string[] = [];
    let allowed = 0;
    for (const { event, role, kind, from } of combos) {
      const result = transition(request(kind, from), step(event), actors[role], NOW);
      const want = expected(event, role, kind, from);
      const got = result.ok ? result.state : null;
      if (want !== got) mismatches.push(`${event} by ${role} on ${kind} from ${from}: expected ${want ?? 'refusal'}, got ${got ?? (result as { message: string }).message}`);
      if (result.ok) allowed += 1;
    }
    expect(mismatches).toEqual([]);
    expect(allowed).toBeGreaterThan(150);
  });

  it('writes one timeline entry per step: who (role + masked name), what, when, note, from and to', () => {
    const result = transition(request('home_visit', 'accepted'), { type: 'depart', note: '预计20分钟到' }, actors.helper, NOW);
    expect(result).toMatchObject({
      ok: true,
      state: 'on_the_way',
      entry: { at: NOW, event: 'depart', from: 'accepted', state: 'on_the_way', label: '帮办员已出发上门', actor: { role: 'helper', name: '刘**' }, note: '预计20分钟到', reason: null },
    });
  });

  it('refuses with FORBIDDEN when the wrong party acts, CONFLICT when the state does not allow it', () => {
    expect(transition(request('guidance', 'received'), step('cancel'), actors.helper, NOW)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(transition(request('guidance', 'completed'), step('cancel'), actors.requester, NOW)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(transition(request('guidance', 'received'), step('depart'), actors.helper, NOW)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: '帮办服务没有「出发上门」这一步。',
    });
  });

  describe('ownership', () => {
    const stranger: Actor = { role: 'helper', openid: 'o-someone-else', name: '王帮办' };
    it.each(['depart', 'start', 'suspend', 'terminate', 'note'] as const)('only the owning helper may %s', (event) => {
      const from = event === 'depart' ? 'accepted' : 'on_the_way';
      const result = transition(request('home_visit', from), step(event), stranger, NOW);
      expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN', message: expect.stringContaining('接单的帮办员') });
    });

    it('only the requester may cancel or sign, not another citizen', () => {
      const other: Actor = { role: 'requester', openid: 'o-not-the-requester', name: '张三' };
      expect(transition(request('guidance', 'received'), step('cancel'), other, NOW)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(transition(request('proxy', 'received'), step('authorize'), other, NOW)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    });

    it('a helper cannot accept their own request, nor a coordinator assign it to its requester', () => {
      const selfHelper: Actor = { role: 'helper', openid: REQUESTER, name: '李秀英' };
      expect(transition(request('guidance', 'received'), { type: 'accept' }, selfHelper, NOW)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      const toRequester = { type: 'assign' as const, helper: { openid: REQUESTER, name: '李秀英' } };
      expect(transition(request('guidance', 'received'), toRequester, actors.coordinator, NOW)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    });

    it('accept makes the actor the owner; assign the chosen helper; reassigning to the same helper is refused', () => {
      expect(transition(request('guidance', 'received'), { type: 'accept' }, actors.helper, NOW)).toMatchObject({ ok: true, helper: { openid: OWNER } });
      const assign = { type: 'assign' as const, helper: { openid: 'o-chen', name: '陈帮办' } };
      expect(transition(request('guidance', 'in_progress'), assign, actors.coordinator, NOW)).toMatchObject({
        ok: true,
        state: 'assigned',
        helper: { openid: 'o-chen' },
        entry: { label: '调度员已改派' },
      });
      const same = { type: 'assign' as const, helper: { openid: OWNER, name: '刘帮办' } };
      expect(transition(request('guidance', 'accepted'), same, actors.coordinator, NOW)).toMatchObject({ ok: false, code: 'CONFLICT' });
      expect(transition(request('guidance', 'received'), { type: 'assign' }, actors.coordinator, NOW)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
    });

    it('tells a late accepter the request was taken by someone else', () => {
      expect(transition(request('guidance', 'accepted'), { type: 'accept' }, { ...actors.helper, openid: 'o-late' }, NOW)).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        message: '已被其他帮办员接单，请看看其他待接的申请。',
      });
    });
  });

  describe('suspend and resume', () => {
    it('needs a reason to suspend and to terminate, a note to complete', () => {
      expect(transition(request('guidance', 'in_progress'), { type: 'suspend' }, actors.helper, NOW)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(transition(request('guidance', 'in_progress'), { type: 'suspend', reason: '   ' }, actors.helper, NOW)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(transition(request('guidance', 'suspended'), { type: 'terminate' }, actors.helper, NOW)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(transition(request('guidance', 'in_progress'), { type: 'complete' }, actors.helper, NOW)).toMatchObject({ ok: false, code: 'VALIDATION_FAILED' });
      expect(eventNeeds('suspend', 'guidance', 'helper')).toBe('reason');
      expect(eventNeeds('complete', 'guidance', 'helper')).toBe('note');
      expect(eventNeeds('resume', 'guidance', 'helper')).toBeNull();
    });

    it('goes 办理中 → 中止 (with reason) → 续办 → 办理中 → 办结, any number of times', () => {
      let r = request('home_visit', 'in_progress');
      for (let round = 0; round < 3; round += 1) {
        const suspended = transition(r, { type: 'suspend', reason: '缺少户口本原件' }, actors.helper, NOW);
        expect(suspended).toMatchObject({ ok: true, state: 'suspended', entry: { reason: '缺少户口本原件' } });
        r = { ...r, state: 'suspended' };
        const resumed = transition(r, { type: 'resume', note: '材料已补齐' }, actors.helper, NOW);
        expect(resumed).toMatchObject({ ok: true, state: 'in_progress', entry: { label: '续办' } });
        r = { ...r, state: 'in_progress' };
      }
      expect(transition(r, { type: 'complete', note: '已帮助办理完毕' }, actors.helper, NOW)).toMatchObject({ ok: true, state: 'completed' });
    });

    it('cannot complete straight from 中止: resume first', () => {
      expect(transition(request('guidance', 'suspended'), step('complete'), actors.helper, NOW)).toMatchObject({ ok: false, code: 'CONFLICT' });
    });
  });

  describe('cancel rules', () => {
    it.each(['submitted', 'received', 'assigned', 'accepted'] as const)('the requester can cancel a 上门 request that is %s', (state) => {
      expect(transition(request('home_visit', state), { type: 'cancel' }, actors.requester, NOW)).toMatchObject({ ok: true, state: 'cancelled' });
    });

    it.each(['on_the_way', 'in_progress', 'suspended'] as const)('but not once it is %s, and is told to ask the helper', (state) => {
      expect(transition(request('home_visit', state), { type: 'cancel' }, actors.requester, NOW)).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        message: expect.stringContaining('不能再撤销'),
      });
    });

    it('a signed 代办 can still be cancelled before work starts', () => {
      expect(transition(request('proxy', 'authorized'), { type: 'cancel' }, actors.requester, NOW)).toMatchObject({ ok: true });
    });
  });

  describe('代办 needs a signed, valid 委托书', () => {
    const unsigned = { confirmedAt: null, validUntil: '2026-04-30' };
    const expired = { confirmedAt: new Date('2026-01-02T00:00:00Z'), validUntil: '2026-03-09' };

    it('is not open, so cannot be accepted or assigned, before the requester signs', () => {
      const received = request('proxy', 'received', { authorization: unsigned });
      expect(isOpen(received)).toBe(false);
      expect(stateLabel('received', 'proxy')).toBe('待签署委托书');
      expect(transition(received, { type: 'accept' }, actors.helper, NOW)).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('委托书') });
      const assign = { type: 'assign' as const, helper: { openid: 'o-chen', name: '陈帮办' } };
      expect(transition(received, assign, actors.coordinator, NOW)).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('委托书') });
      expect(transition(received, { type: 'authorize' }, actors.requester, NOW)).toMatchObject({ ok: true, state: 'authorized', entry: { label: '申请人已签署委托书' } });
    });

    it('refuses accept even in authorized when the signature is missing', () => {
      expect(transition(request('proxy', 'authorized', { authorization: unsigned }), { type: 'accept' }, actors.helper, NOW)).toMatchObject({
        ok: false,
        code: 'CONFLICT',
      });
    });

    it.each([
      ['accept', 'authorized'],
      ['start', 'accepted'],
      ['resume', 'suspended'],
    ] as const)('refuses %s from %s once the 委托书 has expired, until it is renewed', (event, state) => {
      const result = transition(request('proxy', state, { authorization: expired }), step(event), actors.helper, NOW);
      expect(result).toMatchObject({ ok: false, code: 'CONFLICT', message: expect.stringContaining('续签') });
      expect(transition(request('proxy', state, { authorization: expired }), { type: 'renewAuthorization' }, actors.requester, NOW)).toMatchObject({ ok: true, state });
    });

    it('treats the last valid day as valid until midnight Beijing time', () => {
      const lastDay = { confirmedAt: new Date('2026-03-01T00:00:00Z'), validUntil: '2026-03-10' };
      expect(transition(request('proxy', 'accepted', { authorization: lastDay }), step('start'), actors.helper, new Date('2026-03-10T15:59:00Z')).ok).toBe(true);
      expect(transition(request('proxy', 'accepted', { authorization: lastDay }), step('start'), actors.helper, new Date('2026-03-10T16:00:01Z')).ok).toBe(false);
    });
  });

  describe('available events (the buttons a page shows)', () => {
    it('offers each party only what it may do now', () => {
      expect(availableEvents(request('home_visit', 'received'), actors.requester, NOW)).toEqual(['cancel', 'note']);
      expect(availableEvents(request('home_visit', 'received'), { ...actors.helper, openid: 'o-candidate' }, NOW)).toEqual(['accept']);
      expect(availableEvents(request('home_visit', 'accepted'), actors.helper, NOW)).toEqual(['depart', 'note']);
      expect(availableEvents(request('home_visit', 'on_the_way'), actors.helper, NOW)).toEqual(['start', 'suspend', 'terminate', 'note']);
      expect(availableEvents(request('proxy', 'received', { authorization: { confirmedAt: null, validUntil: '2026-04-30' } }), actors.requester, NOW)).toEqual([
        'authorize',
        'cancel',
        'note',
      ]);
      expect(availableEvents(request('guidance', 'received'), actors.coordinator, NOW)).toEqual(['assign', 'terminate', 'note']);
      expect(availableEvents(request('guidance', 'completed'), actors.coordinator, NOW)).toEqual(['callback']);
      expect(availableEvents(request('guidance', 'cancelled'), actors.requester, NOW)).toEqual([]);
    });
  });
});
