import { api } from '@shared/contracts';
import { CONSENTS } from '@shared/privacy/consents';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const wang = 'demo-citizen-wang';
const ID = '440304198503121235';
const PHONE = '13912345678';

describe('consents', () => {
  it('lists every purpose as never granted for a new person', async () => {
    const { items } = expectOk(await backend.call('o-consent-1', api.account['consents.list'], {}));
    expect(items.map((i) => i.purpose)).toEqual(['privacy_notice', 'id_photo', 'disability', 'bank_card', 'minor_data', 'location']);
    expect(items.every((i) => i.status === 'never' && i.grantedAt === null)).toBe(true);
  });

  it('records a grant with its time and version, and a withdrawal with its consequence', async () => {
    const granted = expectOk(
      await backend.call('o-consent-2', api.account['consents.grant'], { purpose: 'bank_card', version: CONSENTS.bank_card.version, context: '新生儿出生·生育津贴' }),
    );
    expect(granted).toMatchObject({ purpose: 'bank_card', status: 'granted', version: CONSENTS.bank_card.version, withdrawnAt: null });
    expect(Date.parse(granted.grantedAt!)).toBeGreaterThan(Date.now() - 60_000);

    const withdrawn = expectOk(await backend.call('o-consent-2', api.account['consents.withdraw'], { purpose: 'bank_card' }));
    expect(withdrawn.item.status).toBe('withdrawn');
    expect(withdrawn.consequence).toBe(CONSENTS.bank_card.consequenceOfWithdrawal);

    const { items } = expectOk(await backend.call('o-consent-2', api.account['consents.list'], {}));
    expect(items.find((i) => i.purpose === 'bank_card')?.status).toBe('withdrawn');
  });

  it('refuses consent to an outdated text and a withdrawal of something never granted', async () => {
    const stale = await backend.call('o-consent-3', api.account['consents.grant'], { purpose: 'privacy_notice', version: '2019.1' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { currentVersion: CONSENTS.privacy_notice.version } } });
    const never = await backend.call('o-consent-3', api.account['consents.withdraw'], { purpose: 'location' });
    expect(never).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const { items } = expectOk(await backend.call('o-consent-3', api.account['consents.list'], {}));
    expect(items.every((i) => i.status === 'never')).toBe(true);
  });
});

describe('profile', () => {
  it('refuses an ID number with a wrong check digit and stores nothing', async () => {
    const result = await backend.call(wang, api.account['profile.update'], { idNumber: '440304198503121234' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', details: { fields: [{ path: 'idNumber' }] } } });
    expect(expectOk(await backend.call(wang, api.account['profile.get'], {})).idNumber).toBeNull();
  });

  it('stores the profile, shows it masked by default and whole on request, recording that access', async () => {
    expectOk(await backend.call(wang, api.account['profile.update'], { realName: '王小明', idNumber: ID, phone: PHONE, address: '广东省深圳市福田区福华路88号3栋1201' }));
    const masked = expectOk(await backend.call(wang, api.account['profile.get'], {}));
    expect(masked).toMatchObject({ masked: true, idNumber: '4403**********1235', phone: '139****5678', address: '广东省深圳市福田区****', realName: '王**' });

    const whole = expectOk(await backend.call(wang, api.account['profile.get'], { reveal: true }));
    expect(whole).toMatchObject({ masked: false, idNumber: ID, phone: PHONE });
    const { total } = await backend.db().collection('access_log').where({ subjectOpenid: wang, viewerOpenid: wang }).count();
    expect(total).toBe(1);
  });

  it('exports everything held about the person and erases what the law allows on request', async () => {
    const exported = expectOk(await backend.call(wang, api.account['data.export'], {}));
    expect(exported.subject).toBe(wang);
    const section = (name: string) => exported.sections.find((s) => s.collection === name)!;
    expect(section('users').records).toHaveLength(1);
    expect(section('profiles').records[0]).toMatchObject({ idNumber: ID });
    expect(section('access_log').records.length).toBeGreaterThanOrEqual(1);

    const deletion = expectOk(await backend.call(wang, api.account['data.requestDeletion'], { reason: '不再使用' }));
    expect(deletion.erased.length).toBeGreaterThan(0);
    expect(deletion.retained.every((r) => r.why.length > 0)).toBe(true);
    const after = expectOk(await backend.call(wang, api.account['profile.get'], {}));
    expect(after).toMatchObject({ idNumber: null, phone: null, realName: null });
  });
});
