import { memberRefusal, sameIdentity } from '@shared/enterprise/binding';
import { applyDeclaration, decideClaims } from '@shared/enterprise/claims';
import { declareProfile, markVerified } from '@shared/enterprise/profile';

const AT = '2026-06-01T09:00:00+08:00';
const verifiedProfile = () =>
  markVerified(declareProfile({ creditCode: '91440304MA5F3XKQ87', name: '测试有限公司', headcount: 12, registeredCapital: 50 }, AT), ['registeredCapital'], '市场监督管理局', AT);

describe('who may act for an enterprise', () => {
  it('lets a legal representative do everything, an agent only within scope and until the expiry day (inclusive)', () => {
    expect(memberRefusal({ openid: 'a', relation: 'legal_representative' }, 'profile', '2030-01-01')).toBeNull();
    const agent = { openid: 'b', relation: 'agent' as const, scopes: ['inbox' as const], expiresOn: '2026-06-30' };
    expect(memberRefusal(agent, 'inbox', '2026-06-30')).toBeNull();
    expect(memberRefusal(agent, 'read', '2026-06-30')).toBeNull();
    expect(memberRefusal(agent, 'profile', '2026-06-30')).toBe('scope');
    expect(memberRefusal(agent, 'inbox', '2026-07-01')).toBe('expired');
  });

  it('matches identity on name and ID number, ignoring spaces and the case of X', () => {
    expect(sameIdentity({ name: '赵 建国', idNumber: '44030419800905303x' }, { name: '赵建国', idNumber: '44030419800905303X' })).toBe(true);
    expect(sameIdentity({ name: '赵建国', idNumber: '440304198009053031' }, { name: '赵建国', idNumber: '44030419800905303X' })).toBe(false);
    expect(sameIdentity({ name: '李秀英', idNumber: '44030419800905303X' }, { name: '赵建国', idNumber: '44030419800905303X' })).toBe(false);
  });
});

describe('claims on verified values', () => {
  it('keeps the verified value and records the claim; unverified values change at once', () => {
    const next = applyDeclaration(verifiedProfile(), {}, { registeredCapital: 80, headcount: 20 }, AT, 'zhao');
    expect(next.profile.registeredCapital).toBe(50);
    expect(next.profile.provenance.registeredCapital).toMatchObject({ source: 'verified' });
    expect(next.claims.registeredCapital).toMatchObject({ value: 80 });
    expect(next.profile.headcount).toBe(20);
    expect(next.claims.headcount).toBeUndefined();
    // Sending the verified value again withdraws the claim.
    expect(applyDeclaration(next.profile, next.claims, { registeredCapital: 50 }, AT, 'zhao').claims).toEqual({});
  });

  it('accepting puts the claimed value in, verified; rejecting drops the claim', () => {
    const claimed = applyDeclaration(verifiedProfile(), {}, { registeredCapital: 80 }, AT, 'zhao');
    const accepted = decideClaims(claimed.profile, claimed.claims, ['registeredCapital'], [], '市场监督管理局', AT);
    expect(accepted.profile.registeredCapital).toBe(80);
    expect(accepted.claims).toEqual({});
    const rejected = decideClaims(claimed.profile, claimed.claims, [], ['registeredCapital'], '市场监督管理局', AT);
    expect(rejected.profile.registeredCapital).toBe(50);
    expect(rejected.claims).toEqual({});
  });
});
