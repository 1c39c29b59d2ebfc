import { canAppeal } from '@shared/review/appeals';
import { provincialRecord } from '@shared/review/export';
import { foreignIndicators, INDICATORS_BY_CHANNEL } from '@shared/review/indicators';
import { isBadReview, LEVELS } from '@shared/review/levels';
import { ratingKey, ratingWindow, reminderDue } from '@shared/review/window';

const day = 86_400_000;

describe('levels and indicators', () => {
  it('has five levels of which the last two are bad reviews', () => {
    expect(LEVELS.map(isBadReview)).toEqual([false, false, false, true, true]);
  });
  it('rates online and in-person service on their own indicators', () => {
    expect(INDICATORS_BY_CHANNEL.online).toEqual(['overall', 'efficiency', 'guide_accuracy', 'convenience', 'ease_of_use']);
    expect(INDICATORS_BY_CHANNEL.in_person).toEqual(['overall', 'efficiency', 'service_level', 'attitude']);
    expect(foreignIndicators('helper', ['attitude', 'ease_of_use'])).toEqual(['ease_of_use']);
    expect(foreignIndicators('online', ['guide_accuracy'])).toEqual([]);
  });
});

describe('the rating window', () => {
  const completed = new Date('2026-03-02T02:00:00Z');
  it('opens when the stage is reached and closes after the window', () => {
    expect(ratingWindow([], 'completed', completed, 30)).toMatchObject({ ok: false, reason: 'not_reached' });
    expect(ratingWindow([{ stage: 'completed', at: completed }], 'completed', new Date(completed.getTime() + 29 * day), 30)).toMatchObject({ ok: true });
    expect(ratingWindow([{ stage: 'completed', at: completed }], 'completed', new Date(completed.getTime() + 31 * day), 30)).toMatchObject({ ok: false, reason: 'closed' });
  });
  it('keys one rating per case and stage', () => {
    expect(ratingKey('help', 'abc', 'completed')).not.toBe(ratingKey('help', 'abc', 'processing'));
  });
  it('reminds after N days and only while the window is open', () => {
    expect(reminderDue(completed, new Date(completed.getTime() + 2 * day), 3, 30)).toBe(false);
    expect(reminderDue(completed, new Date(completed.getTime() + 3 * day), 3, 30)).toBe(true);
    expect(reminderDue(completed, new Date(completed.getTime() + 31 * day), 3, 30)).toBe(false);
  });
});

describe('appeals', () => {
  it('lets only the rated department appeal, once at a time, and not an excluded rating', () => {
    expect(canAppeal({ department: 'samr', excluded: false }, 'samr', 0)).toEqual({ ok: true });
    expect(canAppeal({ department: 'samr', excluded: false }, 'police', 0)).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(canAppeal({ department: 'samr', excluded: false }, 'samr', 1)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(canAppeal({ department: 'samr', excluded: true }, 'samr', 0)).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});

describe('the provincial export record', () => {
  it('carries the case, item, department, region, node, channel, rated staff, level and indicators', () => {
    const record = provincialRecord({
      _id: 'help_1_completed',
      caseNumber: 'BB20260302-ABCDE',
      itemCode: 'HELP-PROXY',
      itemVersion: '1',
      itemName: '代办服务',
      department: 'govservice',
      regionCode: '440304',
      stage: 'completed',
      channel: 'helper',
      served: { kind: 'helper', id: 'h1', name: '刘强' },
      level: 'dissatisfied',
      indicators: { overall: 'dissatisfied', attitude: 'satisfied' },
      createdAt: new Date('2026-03-03T00:00:00Z'),
      excluded: false,
    });
    expect(record).toMatchObject({ nodeName: '办结', channelName: '帮办代办', ratedStaffId: 'h1', levelName: '不满意', ratedAt: '2026-03-03T00:00:00.000Z', appealUpheld: false });
    expect(record.indicators).toEqual([{ name: 'overall', level: 'dissatisfied' }, { name: 'attitude', level: 'satisfied' }]);
    expect(JSON.stringify(record)).not.toContain('刘强');
  });
});
