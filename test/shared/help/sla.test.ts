import { DEMO_CITY, NATIONAL_DEFAULTS } from '@shared/config/city';
import { deadlinesOnOwnership, escalateAt, escalationDue, overdueReason } from '@shared/help/sla';
import { windowProblems } from '@shared/help/window';

const config = DEMO_CITY.help;
const NOW = new Date('2026-03-10T02:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

describe('city configuration', () => {
  it('has national defaults the demo city tightens', () => {
    expect(NATIONAL_DEFAULTS.help.acceptWithinMinutes).toBe(120);
    expect(config.acceptWithinMinutes).toBe(30);
    expect(config.completeWithinWorkingDays).toEqual(NATIONAL_DEFAULTS.help.completeWithinWorkingDays);
  });
});

describe('escalation of unaccepted requests', () => {
  const open = { state: 'received' as const, kind: 'home_visit' as const, openedAt: NOW, escalation: null };

  it('is due once the city minutes have passed since the request opened, not before', () => {
    expect(escalateAt(NOW, config)).toEqual(minutes(30));
    expect(escalationDue(open, minutes(29), config)).toBe(false);
    expect(escalationDue(open, minutes(30), config)).toBe(true);
  });

  it('happens once, and only while the request is open', () => {
    expect(escalationDue({ ...open, escalation: { reason: 'not_accepted', at: NOW } }, minutes(90), config)).toBe(false);
    expect(escalationDue({ ...open, state: 'accepted' }, minutes(90), config)).toBe(false);
    // An unsigned 代办 is waiting for its requester, not for a helper.
    expect(escalationDue({ ...open, kind: 'proxy', openedAt: null }, minutes(90), config)).toBe(false);
    expect(escalationDue({ ...open, kind: 'proxy', state: 'authorized' }, minutes(90), config)).toBe(true);
  });
});

describe('overdue accepted requests', () => {
  const window = { to: minutes(60) };
  const { startBy, dueAt } = deadlinesOnOwnership('home_visit', window, NOW, config);

  it('must start by the end of the window plus the grace, and finish within working days', () => {
    expect(startBy).toEqual(minutes(90));
    // Tuesday 10 March + 2 working days = end of Thursday 12 March, Beijing.
    expect(dueAt.toISOString()).toBe('2026-03-12T15:59:59.999Z');
  });

  it('flags not started, then not completed, never while suspended, never twice', () => {
    const accepted = { state: 'accepted' as const, startBy, dueAt, overdue: null };
    expect(overdueReason(accepted, minutes(89))).toBeNull();
    expect(overdueReason(accepted, minutes(91))).toBe('not_started');
    expect(overdueReason({ ...accepted, state: 'in_progress' }, minutes(91))).toBeNull();
    expect(overdueReason({ ...accepted, state: 'in_progress' }, new Date('2026-03-13T00:00:00Z'))).toBe('not_completed');
    expect(overdueReason({ ...accepted, state: 'suspended' }, new Date('2026-03-13T00:00:00Z'))).toBeNull();
    expect(overdueReason({ ...accepted, overdue: { reason: 'not_started', at: NOW } }, minutes(91))).toBeNull();
  });

  it('counts from now when the window is already over at acceptance', () => {
    expect(deadlinesOnOwnership('guidance', { to: minutes(-600) }, NOW, config).startBy).toEqual(minutes(30));
  });
});

describe('the preferred window', () => {
  it('must be in the future, long enough and not too far ahead', () => {
    expect(windowProblems({ from: minutes(60), to: minutes(120) }, NOW, config)).toEqual([]);
    expect(windowProblems({ from: minutes(60), to: minutes(80) }, NOW, config).map((i) => i.path)).toEqual(['window.to']);
    expect(windowProblems({ from: minutes(-120), to: minutes(-60) }, NOW, config)[0]?.message).toContain('已经过去');
    expect(windowProblems({ from: minutes(60 * 24 * 31), to: minutes(60 * 24 * 31 + 60) }, NOW, config).map((i) => i.path)).toEqual(['window.from']);
  });
});
