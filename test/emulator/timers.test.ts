/**
 * Timer triggers: the 7-field SCF cron (Beijing time), the fire-now endpoint, and a real scheduled run.
 */
import { nextFire, parseCron } from '../../emulator';
import { http, startTestEmulator, waitFor, type TestEmulator } from './helpers';

/** Epoch ms of a Beijing wall-clock time. */
const bj = (iso: string) => Date.parse(`${iso}+08:00`);
const next = (cron: string, afterBeijing: string) => {
  const at = nextFire(parseCron(cron), bj(afterBeijing));
  return at === null ? null : new Date(at + 8 * 3600 * 1000).toISOString().replace('.000Z', '');
};

describe('cron parser', () => {
  it('fires daily at 02:00 Beijing time (18:00 UTC the day before)', () => {
    expect(next('0 0 2 * * * *', '2024-01-01T00:00:00')).toBe('2024-01-01T02:00:00');
    expect(next('0 0 2 * * * *', '2024-01-01T02:00:00')).toBe('2024-01-02T02:00:00');
    expect(nextFire(parseCron('0 0 2 * * * *'), Date.parse('2024-01-01T00:00:00Z'))).toBe(Date.parse('2024-01-01T18:00:00Z'));
  });

  it('supports steps, ranges, lists and names', () => {
    expect(next('*/15 * * * * * *', '2024-03-03T10:00:07')).toBe('2024-03-03T10:00:15');
    expect(next('0 1/20 * * * * *', '2024-03-03T10:22:00')).toBe('2024-03-03T10:41:00');
    expect(next('0 0 9,18 * * * *', '2024-03-03T10:00:00')).toBe('2024-03-03T18:00:00');
    expect(next('0 30 9 * * MON-FRI *', '2024-06-01T12:00:00')).toBe('2024-06-03T09:30:00'); // Sat → Mon
    expect(next('0 0 0 1 JUN ? *', '2024-01-15T00:00:00')).toBe('2024-06-01T00:00:00');
    expect(next('0 0 0 * * 0 *', '2024-06-03T00:00:00')).toBe('2024-06-09T00:00:00'); // 0 = Sunday
    expect(next('0 0 0 1 * * *', '2024-01-31T12:00:00')).toBe('2024-02-01T00:00:00');
  });

  it('supports L, W and # in the day fields', () => {
    expect(next('0 0 12 L * ? *', '2024-02-10T00:00:00')).toBe('2024-02-29T12:00:00');
    expect(next('0 0 12 ? * 5L *', '2024-06-01T00:00:00')).toBe('2024-06-28T12:00:00');
    expect(next('0 0 12 ? * 1#2 *', '2024-06-01T00:00:00')).toBe('2024-06-10T12:00:00');
    expect(next('0 0 12 15W * ? *', '2024-06-01T00:00:00')).toBe('2024-06-14T12:00:00'); // 15th is a Saturday
  });

  it('treats restricted day-of-month and day-of-week as either', () => {
    expect(next('0 0 8 1 * MON *', '2024-06-01T09:00:00')).toBe('2024-06-03T08:00:00');
  });

  it('honours the year field and reports "never"', () => {
    expect(next('0 0 0 1 1 * 2030', '2024-06-01T00:00:00')).toBe('2030-01-01T00:00:00');
    expect(next('0 0 0 1 1 * 2019', '2024-06-01T00:00:00')).toBeNull();
  });

  it('rejects malformed expressions with a clear message', () => {
    expect(() => parseCron('0 0 2 * * *')).toThrow(/expected 7 fields/);
    expect(() => parseCron('0 0 2 * * * * *')).toThrow(/expected 7 fields/);
    expect(() => parseCron('60 0 2 * * * *')).toThrow(/second 60 is outside 0-59/);
    expect(() => parseCron('0 0 25 * * * *')).toThrow(/hour/);
    expect(() => parseCron('0 0 5-2 * * * *')).toThrow(/backwards/);
    expect(() => parseCron('? 0 2 * * * *')).toThrow(/only allowed in the day fields/);
    expect(() => parseCron('*/0 0 2 * * * *')).toThrow(/step/);
    expect(() => parseCron('0 0 2 * FOO * *')).toThrow(/month/);
  });
});

describe('timer triggers', () => {
  let t: TestEmulator;
  beforeAll(async () => {
    t = await startTestEmulator({ timers: true, poolSize: 1 });
    await t.app.database().createCollection('ticks');
  });
  afterAll(() => t.close());

  it('fires on schedule with TRIGGER_SRC=timer and the CloudBase timer event', async () => {
    const tick = await waitFor(
      async () => (await t.app.database().collection('ticks').where({ 'event.Type': 'Timer' }).limit(1).get()).data[0],
      5000,
      'a scheduled run of ticker',
    );
    expect(tick.triggerSrc).toBe('timer');
    expect(tick.event).toEqual({ Type: 'Timer', TriggerName: 'everySecond', Time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/), Message: '' });
  });

  it('lists timers and fires one now through the control endpoint', async () => {
    const list = await http(t.emulator, '/__emulator/timers');
    expect(list.body.timers).toContainEqual(expect.objectContaining({ functionName: 'ticker', triggerName: 'everySecond', cron: '* * * * * * *' }));
    const fired = await http(t.emulator, '/__emulator/timers/ticker/everySecond', { method: 'POST' });
    expect(fired.status).toBe(200);
    expect(fired.body).toMatchObject({ ok: true, result: { triggerSrc: 'timer', event: { Type: 'Timer', TriggerName: 'everySecond' } } });
    expect((await http(t.emulator, '/__emulator/timers/ticker/nope', { method: 'POST' })).status).toBe(404);
    expect((await http(t.emulator, '/__emulator/timers/ghost/everySecond', { method: 'POST' })).status).toBe(404);
    expect((await http(t.emulator, '/__emulator/timers/ticker/everySecond')).status).toBe(405);
  });
});
