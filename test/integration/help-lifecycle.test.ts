import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { CHEN, COORDINATOR, homeVisitRequest, LI, LI_PHONE, LI_STREET, LIU, storedRequest, WANG } from './help-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const advance = (openid: string, id: string, event: 'depart' | 'start' | 'suspend' | 'resume' | 'complete' | 'terminate' | 'note', extra: { note?: string; reason?: string } = {}) =>
  backend.call(openid, api.help['requests.advance'], { id, event, ...extra });

describe('a 上门 request from asking to the callback', () => {
  it('goes 申请 → 受理 → 已接单 → 上门 → 办理中 → 中止 → 续办 → 办结 → 回访, and the requester sees every step', async () => {
    const created = expectOk(await backend.call(LI, api.help['requests.create'], homeVisitRequest()));
    expect(created).toMatchObject({
      state: 'received',
      stateLabel: '等待帮办员接单',
      kind: { value: 'home_visit', label: '上门' },
      about: { type: 'theme', themeId: 'retirement' },
      region: { code: '440304001', name: '广东省深圳市福田区南园街道' },
      contact: { name: '李**', phone: '139****5678' },
      address: '广东省深圳市福田区****',
      viewer: 'requester',
      masked: true,
    });
    expect(created.number).toMatch(/^BB\d{8}-[0-9A-Z]{5}$/);
    expect(created.actions.map((a) => a.event)).toEqual(['cancel', 'note']);
    expect(created.deadlines.escalateAt).not.toBeNull();
    const id = created.id;

    const accepted = expectOk(await backend.call(LIU, api.help['requests.accept'], { id }));
    expect(accepted).toMatchObject({ state: 'accepted', helper: { name: '刘**', via: 'accepted', team: '网格员' }, viewer: 'helper' });
    expect(accepted.actions.map((a) => a.event)).toEqual(['depart', 'note']);
    expect(accepted.deadlines.startBy).not.toBeNull();

    // Someone who is not the owner cannot move it.
    expect(await advance(CHEN, id, 'depart')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });

    expectOk(await advance(LIU, id, 'depart', { note: '已出发，预计20分钟到' }));
    // From here on the requester cannot cancel.
    expect(await backend.call(LI, api.help['requests.cancel'], { id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('不能再撤销') } });
    expectOk(await advance(LIU, id, 'start'));
    expect(await advance(LIU, id, 'suspend')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const suspended = expectOk(await advance(LIU, id, 'suspend', { reason: '缺少户口本原件，需家属送来' }));
    expect(suspended.actions.map((a) => a.event)).toEqual(['resume', 'terminate', 'note']);
    expectOk(await advance(LIU, id, 'resume', { note: '家属已送来户口本' }));
    expectOk(await backend.call(LI, api.help['requests.advance'], { id, event: 'note', note: '谢谢，下午都在家' }));
    expect(await advance(LIU, id, 'complete')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringContaining('办结情况') } });
    const completed = expectOk(await advance(LIU, id, 'complete', { note: '已帮助在线提交退休申请，等待人社部门审核' }));
    expect(completed).toMatchObject({ state: 'completed', stateLabel: '已办结', awaitingCallback: true });
    expect(completed.ratingInvitedAt).not.toBeNull();
    expect((await storedRequest(backend, id)).ratingInvitedAt).toBeInstanceOf(Date);

    // The coordinator's callback: the first call is not answered, the second is.
    expect(await backend.call(COORDINATOR, api.help['requests.recordCallback'], { id, reached: false })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
    expectOk(await backend.call(COORDINATOR, api.help['requests.recordCallback'], { id, reached: false, note: '电话无人接听' }));
    const calledBack = expectOk(await backend.call(COORDINATOR, api.help['requests.recordCallback'], { id, reached: true, satisfaction: 'satisfied', note: '老人很满意' }));
    expect(calledBack.awaitingCallback).toBe(false);
    expect(calledBack.callbacks.map((c) => c.reached)).toEqual([false, true]);
    expect(await backend.call(COORDINATOR, api.help['requests.recordCallback'], { id, reached: true, satisfaction: 'satisfied' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const seen = expectOk(await backend.call(LI, api.help['requests.get'], { id }));
    expect(seen.timeline.map((e) => [e.event, e.state, e.actor.role])).toEqual([
      ['submit', 'submitted', 'requester'],
      ['receive', 'received', 'system'],
      ['accept', 'accepted', 'helper'],
      ['depart', 'on_the_way', 'helper'],
      ['start', 'in_progress', 'helper'],
      ['suspend', 'suspended', 'helper'],
      ['resume', 'in_progress', 'helper'],
      ['note', 'in_progress', 'requester'],
      ['complete', 'completed', 'helper'],
      ['callback', 'completed', 'coordinator'],
      ['callback', 'completed', 'coordinator'],
    ]);
    expect(seen.timeline[3]).toMatchObject({ label: '帮办员已出发上门', actor: { roleLabel: '帮办员', name: '刘**' }, note: '已出发，预计20分钟到' });
    expect(seen.timeline[5]).toMatchObject({ stateLabel: '已中止', reason: '缺少户口本原件，需家属送来' });
    expect(seen.timeline[4]).toMatchObject({ label: '帮办员已到达，开始办理' });
    expect(seen.timeline.every((e, i, all) => i === 0 || e.at >= all[i - 1]!.at)).toBe(true);
    expect(seen.actions).toEqual([]);

    const mine = expectOk(await backend.call(LI, api.help['requests.listMine'], { filter: 'finished' }));
    expect(mine.items.find((r) => r.id === id)).toMatchObject({ state: 'completed', contact: { phone: '139****5678' } });
    const liuWork = expectOk(await backend.call(LIU, api.help['requests.listAssigned'], { filter: 'finished' }));
    expect(liuWork.items.map((r) => r.id)).toContain(id);
    expect(JSON.stringify(mine)).not.toContain(LI_PHONE);
    expect(JSON.stringify(mine)).not.toContain(LI_STREET);
  });

  it('lets the requester cancel while the helper has only accepted, and then nobody can move it', async () => {
    const { id } = expectOk(await backend.call(LI, api.help['requests.create'], homeVisitRequest()));
    expectOk(await backend.call(LIU, api.help['requests.accept'], { id }));
    expect(await backend.call(WANG, api.help['requests.cancel'], { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const cancelled = expectOk(await backend.call(LI, api.help['requests.cancel'], { id, reason: '家里人可以陪我去了' }));
    expect(cancelled).toMatchObject({ state: 'cancelled', endReason: '家里人可以陪我去了' });
    expect(await advance(LIU, id, 'depart')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await backend.call(LI, api.help['requests.cancel'], { id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('lets a helper terminate with a reason, and a coordinator terminate anything not finished', async () => {
    const first = expectOk(await backend.call(LI, api.help['requests.create'], homeVisitRequest()));
    expectOk(await backend.call(LIU, api.help['requests.accept'], { id: first.id }));
    expectOk(await advance(LIU, first.id, 'depart'));
    const ended = expectOk(await advance(LIU, first.id, 'terminate', { reason: '申请人不在家，电话联系不上' }));
    expect(ended).toMatchObject({ state: 'terminated', awaitingCallback: true, endReason: '申请人不在家，电话联系不上' });

    const second = expectOk(await backend.call(LI, api.help['requests.create'], homeVisitRequest()));
    expect(await advance(COORDINATOR, second.id, 'terminate')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(expectOk(await advance(COORDINATOR, second.id, 'terminate', { reason: '重复申请' })).state).toBe('terminated');
  });
});
