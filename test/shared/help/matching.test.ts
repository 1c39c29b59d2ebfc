import { availableDuring, helperMatches, mismatches, type HelperForMatch, type RequestForMatch } from '@shared/help/matching';
import { regionCovers, regionLevel, regionPath } from '@shared/help/regions';

const liu: HelperForMatch = { status: 'verified', skills: ['home_visit'], supports: ['elderly', 'mobility'], languages: [], serviceAreas: ['440304'] };
const homeVisit: RequestForMatch = { kind: 'home_visit', regionCode: '440304001', specialNeeds: ['elderly'], language: null };

describe('region codes', () => {
  it('knows the four levels by length', () => {
    expect(['44', '4403', '440304', '440304001', '440', '4403040'].map(regionLevel)).toEqual(['province', 'city', 'county', 'street', null, null]);
  });

  it('lists the enclosing codes of a street', () => {
    expect(regionPath('440304001')).toEqual(['44', '4403', '440304', '440304001']);
    expect(regionPath('440305')).toEqual(['44', '4403', '440305']);
  });

  it.each([
    ['44', '440304001', true],
    ['4403', '440304001', true],
    ['440304', '440304001', true],
    ['440304001', '440304001', true],
    ['440304002', '440304001', false],
    ['440305', '440304001', false],
    ['4401', '440304', false],
    ['440304', '4403', false],
  ])('service area %s covers %s: %s', (area, code, covers) => {
    expect(regionCovers(area, code)).toBe(covers);
  });

  it('never treats a malformed area as covering (a 3-digit prefix is not a level)', () => {
    expect(regionCovers('440', '440304')).toBe(false);
  });
});

describe('matching a helper to a request', () => {
  it('matches a verified helper in the area with the skill and every need', () => {
    expect(helperMatches(liu, homeVisit)).toBe(true);
    expect(helperMatches({ ...liu, serviceAreas: ['44'] }, homeVisit)).toBe(true);
    expect(helperMatches({ ...liu, serviceAreas: ['440304001'] }, homeVisit)).toBe(true);
  });

  it('says why not, for each missing condition', () => {
    const chen: HelperForMatch = { status: 'suspended', skills: ['guidance', 'proxy'], supports: [], languages: [], serviceAreas: ['440305'] };
    expect(mismatches(chen, { ...homeVisit, specialNeeds: ['elderly', 'disability'] })).toEqual([
      '帮办员资格已暂停',
      '服务区域不包含申请人所在地区',
      '不提供上门服务',
      '不能提供老年人服务',
      '不能提供残疾人服务',
    ]);
  });

  it('outside the street area does not match even in the same county', () => {
    expect(helperMatches({ ...liu, serviceAreas: ['440304002'] }, homeVisit)).toBe(false);
  });

  it('needs the very language asked for (case and spaces ignored)', () => {
    const request: RequestForMatch = { ...homeVisit, specialNeeds: ['language'], language: '粤语' };
    const speaks = (languages: string[]) => ({ ...liu, supports: ['language' as const], languages });
    expect(helperMatches(speaks(['粤语', '英语']), request)).toBe(true);
    expect(mismatches(speaks(['英语']), request)).toEqual(['不会粤语']);
    expect(helperMatches(speaks(['English ']), { ...request, language: 'english' })).toBe(true);
    expect(mismatches({ ...liu, languages: ['粤语'] }, request)).toEqual(['不能提供语言沟通（方言、外语、手语）服务']);
  });
});

describe('availability in the preferred window', () => {
  const weekdays = { weekdays: [1, 2, 3, 4, 5], from: '09:00', to: '18:00' };
  // 2026-03-10 is a Tuesday; 2026-03-14 a Saturday. Times are Beijing (+08:00).
  const window = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });

  it('overlaps weekday office hours', () => {
    expect(availableDuring(weekdays, window('2026-03-10T10:00:00+08:00', '2026-03-10T11:00:00+08:00'))).toBe(true);
    expect(availableDuring(weekdays, window('2026-03-10T17:30:00+08:00', '2026-03-10T19:00:00+08:00'))).toBe(true);
  });

  it('does not overlap an evening or a weekend', () => {
    expect(availableDuring(weekdays, window('2026-03-10T18:00:00+08:00', '2026-03-10T20:00:00+08:00'))).toBe(false);
    expect(availableDuring(weekdays, window('2026-03-14T10:00:00+08:00', '2026-03-14T12:00:00+08:00'))).toBe(false);
    expect(availableDuring({ ...weekdays, weekdays: [6] }, window('2026-03-14T10:00:00+08:00', '2026-03-14T12:00:00+08:00'))).toBe(true);
  });

  it('finds a fitting day inside a window of several days', () => {
    expect(availableDuring(weekdays, window('2026-03-14T08:00:00+08:00', '2026-03-16T10:00:00+08:00'))).toBe(true);
  });
});
