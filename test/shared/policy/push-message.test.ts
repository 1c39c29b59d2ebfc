import { DEMO_POLICIES } from '@shared/policy/demo-policies';
import { deliveryId, fitText, grantNotice, parseDeliveryId, subscribeMessageData } from '@shared/policy/push-message';
import { pushConfig } from '@shared/policy/push-config';

const fanhuan = DEMO_POLICIES.find((p) => p.mode === 'no_application')!;
const other = DEMO_POLICIES.find((p) => p.mode !== 'no_application')!;

it('gives one delivery id per policy and enterprise, and reads it back', () => {
  const id = deliveryId('wengang-fanhuan-2026', '91440304MA5F3XKQ87');
  expect(id).toBe('wengang-fanhuan-2026~91440304MA5F3XKQ87');
  expect(parseDeliveryId(id)).toEqual({ policyId: 'wengang-fanhuan-2026', creditCode: '91440304MA5F3XKQ87' });
});

it('keeps subscribe-message values within WeChat limits (thing ≤ 20, phrase ≤ 5)', () => {
  for (const policy of DEMO_POLICIES) {
    const data = subscribeMessageData({ ...policy, title: '很长的政策标题'.repeat(6) });
    for (const [key, { value }] of Object.entries(data)) {
      expect(value.length).toBeGreaterThan(0);
      expect([...value].length).toBeLessThanOrEqual(key.startsWith('phrase') ? 5 : 20);
    }
  }
  expect(fitText('一二三四五六', 5)).toBe('一二三四…');
  expect(fitText('一二三', 5)).toBe('一二三');
});

it('says what a 免申即享 benefit grants and when; other modes get no grant notice', () => {
  const dated = grantNotice({ ...fanhuan, payoutBy: '2026-12-31' })!;
  expect(dated.what).toContain(fanhuan.benefit.text);
  expect(dated.when).toContain('2026-12-31');
  expect(dated.when).toContain(fanhuan.issuingDepartment);
  const undated = grantNotice({ ...fanhuan, payoutBy: undefined })!;
  expect(undated.when).toContain('以公示为准');
  expect(grantNotice(other)).toBeNull();
});

it('reads the push settings from the environment, ignoring nonsense', () => {
  expect(pushConfig({ POLICY_PUSH_RATE_PER_SECOND: '5', POLICY_PUSH_PAGE_SIZE: '5000' })).toMatchObject({ ratePerSecond: 5, pageSize: 1000 });
  expect(pushConfig({ POLICY_PUSH_RATE_PER_SECOND: '-1' }).ratePerSecond).toBe(50);
});
