/**
 * Issue 11, point 1: binding to an enterprise needs proof. A takeover attempt becomes a binding request that reads
 * nothing; identity matching the market register binds at once; 市场监管 (or the legal representative) approves or
 * refuses with a reason; 经办人 are bound by the legal representative's one-time code, per scope and until expiry;
 * a change to a verified value waits for the verifying department.
 */
import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { creditCode, idNumber, LI, registerLegalRepresentative, WANG } from './policy-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
}, 60_000);
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const ZHAO = 'demo-enterprise-zhao';
const ZHAO_CO = { creditCode: '91440304MA5F3XKQ87', name: '深圳市福田区赵记餐饮有限公司' };
const ZHAO_DELIVERY = `shenzhen-canyin-wengang-demo~${ZHAO_CO.creditCode}`;
const SAMR = 'demo-staff-samr-1';
const HRSS = 'demo-staff-hrss-1';
const POLICE = 'demo-staff-police-1';

const forbidden = { ok: false, error: { code: 'FORBIDDEN' } };
const bindAsLegalRep = (openid: string, enterprise: { creditCode: string; name: string }) =>
  backend.call(openid, api.policy['enterprises.bind'], { ...enterprise, role: 'legal_representative' });

/** Every enterprise action a bound person could take: each must refuse `openid`. */
async function expectNoAccess(openid: string, code: string, deliveryId?: string) {
  const attempts = [
    backend.call(openid, api.policy['enterprises.get'], { creditCode: code }),
    backend.call(openid, api.policy['match.forEnterprise'], { creditCode: code }),
    backend.call(openid, api.policy['inbox.list'], { creditCode: code }),
    backend.call(openid, api.policy['mutes.set'], { creditCode: code, categories: ['finance'] }),
    backend.call(openid, api.policy['enterprises.upsertProfile'], { creditCode: code, values: { headcount: 99 } }),
    backend.call(openid, api.policy['members.list'], { creditCode: code }),
  ];
  if (deliveryId) {
    attempts.push(backend.call(openid, api.policy['objections.create'], { deliveryId, reason: '信息有误，我们不符合条件' }) as never);
    attempts.push(backend.call(openid, api.policy['inbox.markRead'], { id: deliveryId }) as never);
  }
  for (const result of await Promise.all(attempts)) expect(result).toMatchObject(forbidden);
}

describe('binding as legal representative', () => {
  it('turns a takeover attempt into a pending request that reads and changes nothing of the enterprise', async () => {
    const result = expectOk(await bindAsLegalRep(LI, ZHAO_CO));
    expect(result.outcome.value).toBe('requested');
    expect(result.request).toMatchObject({ status: { value: 'pending', label: '待审核' }, creditCode: ZHAO_CO.creditCode, reason: null });
    expect(result.request!.why).toContain('身份证号');
    expect(result.enterprises).toEqual([]);
    await expectNoAccess(LI, ZHAO_CO.creditCode, ZHAO_DELIVERY);
    // Asking again does not pile up requests.
    expectOk(await bindAsLegalRep(LI, ZHAO_CO));
    const mine = expectOk(await backend.call(LI, api.policy['bindingRequests.mine'], {}));
    expect(mine.items).toHaveLength(1);
    // The enterprise's data is untouched: 赵建国 still alone, the headcount unchanged.
    const view = expectOk(await backend.call(ZHAO, api.policy['enterprises.get'], { creditCode: ZHAO_CO.creditCode }));
    expect(view.values.headcount).toBe(12);
  });

  it('a profile that does not match the register is a request too; agents cannot bind themselves', async () => {
    const code = creditCode(1, '91330106MC');
    await registerLegalRepresentative(backend, { creditCode: code, name: '杭州西湖真法人科技有限公司' }, { openid: 'test-bind-real', realName: '钱真人', id: idNumber(21) });
    expectOk(await backend.call(WANG, api.account['profile.update'], { realName: '王小明', idNumber: idNumber(22) }));
    const result = expectOk(await bindAsLegalRep(WANG, { creditCode: code, name: '杭州西湖真法人科技有限公司' }));
    expect(result.outcome.value).toBe('requested');
    expect(result.request!.why).toContain('不一致');
    const agent = await backend.call(WANG, api.policy['enterprises.bind'], { creditCode: code, name: '杭州西湖真法人科技有限公司', role: 'agent' });
    expect(agent).toMatchObject(forbidden);
    expect((agent as { error: { message: string } }).error.message).toContain('授权码');
  });

  it('binds at once when the name and ID number on the profile match the registered legal representative', async () => {
    const code = creditCode(2, '91330106MC');
    const enterprise = { creditCode: code, name: '杭州西湖即绑科技有限公司' };
    await registerLegalRepresentative(backend, enterprise, { openid: 'test-bind-match', realName: '孙立即', id: idNumber(23) });
    const result = expectOk(await bindAsLegalRep('test-bind-match', enterprise));
    expect(result).toMatchObject({ outcome: { value: 'bound' }, request: null, created: true });
    expect(result.enterprises).toEqual([{ creditCode: code, name: enterprise.name, role: { value: 'legal_representative', label: '法定代表人' } }]);
    expectOk(await backend.call('test-bind-match', api.policy['enterprises.get'], { creditCode: code }));
  });
});

describe('deciding binding requests', () => {
  const code = creditCode(3, '91330106MC');
  const enterprise = { creditCode: code, name: '杭州西湖审核科技有限公司' };
  beforeAll(async () => {
    await registerLegalRepresentative(backend, enterprise, { openid: 'test-bind-owner', realName: '周法人', id: idNumber(31) }, false);
  });

  it('市场监管 approves: the requester is bound and reads the enterprise', async () => {
    const request = expectOk(await bindAsLegalRep('test-bind-approved', enterprise)).request!;
    const pending = expectOk(await backend.call(SAMR, api.policy['bindingRequests.list'], {}));
    expect(pending.items.map((r) => r.id)).toContain(request.id);
    // Another department, or the requester themself, may not decide.
    expect(await backend.call(POLICE, api.policy['bindingRequests.decide'], { id: request.id, decision: 'approve' })).toMatchObject(forbidden);
    expect(await backend.call(POLICE, api.policy['bindingRequests.list'], {})).toMatchObject(forbidden);
    expect(await backend.call('test-bind-approved', api.policy['bindingRequests.decide'], { id: request.id, decision: 'approve' })).toMatchObject(forbidden);
    const decided = expectOk(await backend.call(SAMR, api.policy['bindingRequests.decide'], { id: request.id, decision: 'approve' }));
    expect(decided).toMatchObject({ status: { value: 'approved' }, decidedBy: '市场监督管理局' });
    const view = expectOk(await backend.call('test-bind-approved', api.policy['enterprises.get'], { creditCode: code }));
    expect(view.name).toBe(enterprise.name);
    expect(await backend.call(SAMR, api.policy['bindingRequests.decide'], { id: request.id, decision: 'refuse', reason: '重复审核' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });

  it('refusing needs a reason; the requester sees it and still gets nothing', async () => {
    const request = expectOk(await bindAsLegalRep('test-bind-refused', enterprise)).request!;
    const noReason = await backend.call(SAMR, api.policy['bindingRequests.decide'], { id: request.id, decision: 'refuse' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expectOk(await backend.call(SAMR, api.policy['bindingRequests.decide'], { id: request.id, decision: 'refuse', reason: '营业执照上的法定代表人不是您' }));
    const mine = expectOk(await backend.call('test-bind-refused', api.policy['bindingRequests.mine'], {}));
    expect(mine.items[0]).toMatchObject({ status: { value: 'refused', label: '未通过' }, reason: '营业执照上的法定代表人不是您', decidedBy: '市场监督管理局' });
    await expectNoAccess('test-bind-refused', code);
  });

  it('the bound legal representative decides requests for their own enterprise; a requester can withdraw', async () => {
    const request = expectOk(await bindAsLegalRep('test-bind-colleague', ZHAO_CO)).request!;
    const listed = expectOk(await backend.call(ZHAO, api.policy['bindingRequests.list'], {}));
    expect(listed.items.map((r) => r.id)).toContain(request.id);
    // 赵建国 cannot decide requests for someone else's enterprise.
    const other = expectOk(await bindAsLegalRep('test-bind-other', enterprise)).request!;
    expect(await backend.call(ZHAO, api.policy['bindingRequests.decide'], { id: other.id, decision: 'approve' })).toMatchObject(forbidden);
    expectOk(await backend.call(ZHAO, api.policy['bindingRequests.decide'], { id: request.id, decision: 'refuse', reason: '不是本公司人员' }));
    await expectNoAccess('test-bind-colleague', ZHAO_CO.creditCode, ZHAO_DELIVERY);
    const withdrawn = expectOk(await backend.call('test-bind-other', api.policy['bindingRequests.withdraw'], { id: other.id }));
    expect(withdrawn.status.value).toBe('withdrawn');
    expect(await backend.call(SAMR, api.policy['bindingRequests.decide'], { id: other.id, decision: 'approve' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('经办人 authorised by the legal representative', () => {
  const AGENT = 'test-agent-qian';
  const tomorrow = () => new Date(Date.now() + 2 * 86400_000).toISOString().slice(0, 10);
  beforeAll(async () => {
    expectOk(await backend.call(AGENT, api.account['profile.update'], { realName: '钱经办', idNumber: idNumber(41) }));
  });

  const authorize = async (scopes: ('inbox' | 'profile' | 'apply')[], agentName = '钱经办') =>
    expectOk(await backend.call(ZHAO, api.policy['members.authorize'], { creditCode: ZHAO_CO.creditCode, agentName, scopes, expiresOn: tomorrow() }));

  it('binds the named agent with the code once, within scope only', async () => {
    expect(await backend.call(AGENT, api.policy['members.authorize'], { creditCode: ZHAO_CO.creditCode, agentName: '钱经办', scopes: ['inbox'], expiresOn: tomorrow() })).toMatchObject(forbidden);
    const issued = await authorize(['inbox']);
    expect(issued.code).toMatch(/^[2-9A-Z]{8}$/);
    // Someone else holding the code is refused: the name on their profile is not the agent's.
    expect(await backend.call(WANG, api.policy['members.redeem'], { code: issued.code })).toMatchObject(forbidden);
    const bound = expectOk(await backend.call(AGENT, api.policy['members.redeem'], { code: issued.code.toLowerCase() }));
    expect(bound).toMatchObject({ creditCode: ZHAO_CO.creditCode, expiresOn: tomorrow() });
    expect(await backend.call(AGENT, api.policy['members.redeem'], { code: issued.code })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expectOk(await backend.call(AGENT, api.policy['inbox.list'], { creditCode: ZHAO_CO.creditCode }));
    expectOk(await backend.call(AGENT, api.policy['enterprises.get'], { creditCode: ZHAO_CO.creditCode }));
    const edit = await backend.call(AGENT, api.policy['enterprises.upsertProfile'], { creditCode: ZHAO_CO.creditCode, values: { headcount: 13 } });
    expect(edit).toMatchObject(forbidden);
    expect(await backend.call(AGENT, api.policy['objections.create'], { deliveryId: ZHAO_DELIVERY, reason: '信息有误，我们不符合条件' })).toMatchObject(forbidden);
    // An agent may not authorise others.
    expect(await backend.call(AGENT, api.policy['members.authorize'], { creditCode: ZHAO_CO.creditCode, agentName: '某某', scopes: ['inbox'], expiresOn: tomorrow() })).toMatchObject(forbidden);
    const members = expectOk(await backend.call(ZHAO, api.policy['members.list'], { creditCode: ZHAO_CO.creditCode }));
    expect(members.canManage).toBe(true);
    expect(members.members.find((m) => m.openid === AGENT)).toMatchObject({ name: '钱经办', role: { value: 'agent' }, expiresOn: tomorrow(), expired: false });
    expect(members.members.find((m) => m.openid === AGENT)!.scopes.map((s) => s.value)).toEqual(['inbox']);
  });

  it('stops at the expiry date', async () => {
    const doc = expectOk(await backend.call(ZHAO, api.policy['members.list'], { creditCode: ZHAO_CO.creditCode }));
    expect(doc.members.some((m) => m.openid === AGENT)).toBe(true);
    const { data } = await backend.db().collection('enterprises').doc(ZHAO_CO.creditCode).get();
    const members = (data as { members: { openid: string; expiresOn?: string }[] }[])[0]!.members.map((m) => (m.openid === AGENT ? { ...m, expiresOn: '2026-01-01' } : m));
    await backend.db().collection('enterprises').doc(ZHAO_CO.creditCode).update({ members: backend.db().command.set(members) });
    const expired = await backend.call(AGENT, api.policy['inbox.list'], { creditCode: ZHAO_CO.creditCode });
    expect(expired).toMatchObject(forbidden);
    expect((expired as { error: { message: string } }).error.message).toContain('到期');
    await expectNoAccess(AGENT, ZHAO_CO.creditCode);
    const listed = expectOk(await backend.call(ZHAO, api.policy['members.list'], { creditCode: ZHAO_CO.creditCode }));
    expect(listed.members.find((m) => m.openid === AGENT)!.expired).toBe(true);
  });

  it('the legal representative re-authorises, then removes; a revoked code binds nobody; anyone can unbind themselves', async () => {
    const again = await authorize(['inbox', 'profile']);
    expectOk(await backend.call(AGENT, api.policy['members.redeem'], { code: again.code }));
    expectOk(await backend.call(AGENT, api.policy['enterprises.upsertProfile'], { creditCode: ZHAO_CO.creditCode, values: { headcount: 13 } }));
    const after = expectOk(await backend.call(ZHAO, api.policy['members.remove'], { creditCode: ZHAO_CO.creditCode, openid: AGENT }));
    expect(after.members.map((m) => m.openid)).toEqual([ZHAO]);
    await expectNoAccess(AGENT, ZHAO_CO.creditCode, ZHAO_DELIVERY);
    expect(expectOk(await backend.call(AGENT, api.account.whoami, {})).enterprises).toEqual([]);

    const unused = await authorize(['inbox']);
    const listed = expectOk(await backend.call(ZHAO, api.policy['members.list'], { creditCode: ZHAO_CO.creditCode }));
    expect(listed.authorizations.map((a) => a.id)).toContain(unused.id);
    expect(JSON.stringify(listed)).not.toContain(unused.code);
    expectOk(await backend.call(ZHAO, api.policy['authorizations.revoke'], { creditCode: ZHAO_CO.creditCode, id: unused.id }));
    expect(await backend.call(AGENT, api.policy['members.redeem'], { code: unused.code })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    const last = await authorize(['apply']);
    expectOk(await backend.call(AGENT, api.policy['members.redeem'], { code: last.code }));
    const left = expectOk(await backend.call(AGENT, api.policy['members.leave'], { creditCode: ZHAO_CO.creditCode }));
    expect(left.enterprises).toEqual([]);
    await expectNoAccess(AGENT, ZHAO_CO.creditCode, ZHAO_DELIVERY);
  });
});

describe('a declared change to a verified value', () => {
  it('waits beside the verified value (matching keeps it) until the verifying department confirms or rejects it', async () => {
    const code = ZHAO_CO.creditCode;
    const claimed = expectOk(await backend.call(ZHAO, api.policy['enterprises.upsertProfile'], { creditCode: code, values: { registeredCapital: 80, layoffRate: 1 } }));
    const capital = claimed.fields.find((f) => f.field === 'registeredCapital')!;
    expect(capital).toMatchObject({ display: '50 万元', source: 'verified', verifiedBy: '市场监督管理局', claim: { display: '80 万元' } });
    expect(claimed.values.registeredCapital).toBe(50);
    // An unverified value changes at once.
    expect(claimed.fields.find((f) => f.field === 'layoffRate')).toMatchObject({ display: '1%', source: 'self_declared', claim: null });
    const stored = (await backend.db().collection('enterprises').doc(code).get()).data as { profile: { registeredCapital: number } }[];
    expect(stored[0]!.profile.registeredCapital).toBe(50);
    // Only the department that verified it decides.
    expect(await backend.call(HRSS, api.policy['enterprises.verify'], { creditCode: code, fields: ['registeredCapital'] })).toMatchObject(forbidden);
    const rejected = expectOk(await backend.call(SAMR, api.policy['enterprises.verify'], { creditCode: code, rejectClaims: ['registeredCapital'] }));
    expect(rejected.fields.find((f) => f.field === 'registeredCapital')).toMatchObject({ display: '50 万元', claim: null });
    expectOk(await backend.call(ZHAO, api.policy['enterprises.upsertProfile'], { creditCode: code, values: { registeredCapital: 80 } }));
    const accepted = expectOk(await backend.call(SAMR, api.policy['enterprises.verify'], { creditCode: code, fields: ['registeredCapital'] }));
    expect(accepted.fields.find((f) => f.field === 'registeredCapital')).toMatchObject({ display: '80 万元', source: 'verified', claim: null });
    expect(accepted.values.registeredCapital).toBe(80);
  });
});
