import { RATE_LIMITS } from '@shared/config/rate-limits';
import { consentsForCase, missingConsents } from '@shared/privacy/case-consents';
import { CONSENTS } from '@shared/privacy/consents';
import { rateLimitRefusal, windowOf } from '@shared/limits/windows';

describe('rate-limit windows and messages', () => {
  it('a day runs 08:00 to 08:00 Beijing time, so the person is told to come back in the morning', () => {
    const evening = new Date('2026-12-02T13:30:00Z'); // 21:30 in Beijing
    expect(windowOf('feedback', evening)).toEqual({ start: new Date('2026-12-02T00:00:00Z'), end: new Date('2026-12-03T00:00:00Z') });
    expect(rateLimitRefusal('feedback', evening)).toEqual({ message: '今天提交投诉建议的次数已达上限，请于 明天 08:00 后再试。', retryAfterSeconds: 10.5 * 3600 });
    const earlyMorning = new Date('2026-12-02T22:00:00Z'); // 06:00 on the 3rd in Beijing
    expect(rateLimitRefusal('feedback', earlyMorning).message).toBe('今天提交投诉建议的次数已达上限，请于 今天 08:00 后再试。');
  });

  it('a short window says how many minutes', () => {
    expect(RATE_LIMITS.uploads.window).toEqual({ seconds: 600 });
    const refusal = rateLimitRefusal('uploads', new Date('2026-12-02T13:37:30Z'));
    expect(refusal).toEqual({ message: '上传文件太频繁，请 3 分钟后再试。', retryAfterSeconds: 150 });
  });
});

describe('consents a case needs', () => {
  it('maps the catalog kinds to the register, health having no separate consent', () => {
    expect(consentsForCase(['minor', 'health', 'id_photo', 'minor'])).toEqual(['minor_data', 'id_photo']);
  });

  it('counts only a current, unwithdrawn consent', () => {
    const at = new Date('2026-12-01T00:00:00Z');
    const current = { purpose: 'minor_data' as const, version: CONSENTS.minor_data.version, grantedAt: at, withdrawnAt: null };
    expect(missingConsents(['minor_data'], [current])).toEqual([]);
    expect(missingConsents(['minor_data'], [{ ...current, withdrawnAt: at }]).map((c) => c.purpose)).toEqual(['minor_data']);
    expect(missingConsents(['minor_data'], [{ ...current, version: '2019.1' }])[0]).toMatchObject({ purpose: 'minor_data', title: CONSENTS.minor_data.title });
  });
});
