import { authorizationExpiresAt, authorizationProblem, authorizationText, beijingDay, validUntilProblem } from '@shared/help/authorization';

const NOW = new Date('2026-03-10T02:00:00Z');

describe('the 代办委托书', () => {
  const terms = { matter: '营业执照变更登记', scope: ['submit_materials', 'collect_result'] as const, validUntil: '2026-04-30', materials: ['营业执照正副本', '股东会决议'] };

  it('says who authorises whom, for which matter, what they may do, until when, and who answers for the materials', () => {
    const text = authorizationText(terms, { principal: '赵建国', agent: null, requestNumber: 'BB20260310-7K2QD' });
    expect(text).toContain('代办委托书（编号 BB20260310-7K2QD）');
    expect(text).toContain('委托人：赵建国');
    expect(text).toContain('受托人：接单的认证帮办员（接单后填入）');
    expect(text).toContain('委托事项：营业执照变更登记');
    expect(text).toContain('委托权限：代为递交申请材料、代为领取办理结果');
    expect(text).toContain('交付材料：营业执照正副本、股东会决议');
    expect(text).toContain('有效期至：2026-04-30');
    expect(text).toContain('对所提交材料的真实性负责');
    expect(text).toContain('不得收取任何费用');
    expect(authorizationText({ ...terms, materials: [] }, { principal: '赵**', agent: '陈**', requestNumber: 'BB1' })).toContain('受托人：陈**');
  });

  it('is valid only once signed and until the end of its last day in Beijing', () => {
    expect(authorizationProblem(null, NOW)).toContain('还没有签署');
    expect(authorizationProblem({ confirmedAt: null, validUntil: '2026-04-30' }, NOW)).toContain('还没有签署');
    expect(authorizationProblem({ confirmedAt: NOW, validUntil: '2026-04-30' }, NOW)).toBeNull();
    expect(authorizationProblem({ confirmedAt: NOW, validUntil: '2026-03-09' }, NOW)).toContain('已于2026-03-09到期');
    expect(authorizationExpiresAt('2026-03-10').toISOString()).toBe('2026-03-10T15:59:59.999Z');
  });

  it('limits the validity date to today … today + the city maximum', () => {
    expect(beijingDay(new Date('2026-03-10T17:00:00Z'))).toBe('2026-03-11');
    expect(validUntilProblem('2026-03-09', NOW, 90)).toBe('委托有效期不能早于今天');
    expect(validUntilProblem('2026-03-10', NOW, 90)).toBeNull();
    expect(validUntilProblem('2026-06-08', NOW, 90)).toBeNull();
    expect(validUntilProblem('2026-06-09', NOW, 90)).toContain('最长90天');
  });
});
