import { api } from '@shared/contracts';
import { helpContracts } from '@shared/contracts/help';

const create = helpContracts['requests.create'].input;
const base = {
  kind: 'home_visit',
  about: { type: 'theme', themeId: 'retirement' },
  window: { from: '2026-03-11T09:00:00+08:00', to: '2026-03-11T11:00:00+08:00' },
  regionCode: '440304001',
  streetAddress: '福华路88号3栋1201',
  contact: { name: '李秀英', phone: '13912345678' },
  specialNeeds: ['elderly'],
};
const paths = (value: unknown) => {
  const result = create.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.')).sort();
};

describe('help contracts', () => {
  it('are registered under the help function with the names the issue fixes', () => {
    expect(Object.keys(api.help)).toEqual(expect.arrayContaining([
      'requests.create', 'requests.get', 'requests.listMine', 'requests.cancel', 'requests.listOpen', 'requests.accept',
      'requests.advance', 'requests.assign', 'helpers.verify',
    ]));
    expect(api.help['regions.children'].roles).toBe('public');
    expect(api.help['requests.listOpen'].roles).toEqual(['helper']);
    expect(api.help['helpers.verify'].roles).toEqual(['coordinator']);
  });

  it('accepts a 上门 request for an elderly person', () => {
    expect(paths(base)).toEqual([]);
  });

  it('asks for the address of a 上门 visit and the 委托书 of a 代办, and refuses a 委托书 elsewhere', () => {
    expect(paths({ ...base, streetAddress: undefined })).toEqual(['streetAddress']);
    expect(paths({ ...base, kind: 'proxy' })).toEqual(['authorization']);
    const authorization = { matter: '退休申请', scope: ['submit_materials'], validUntil: '2026-04-30' };
    expect(paths({ ...base, kind: 'proxy', authorization })).toEqual([]);
    expect(paths({ ...base, authorization })).toEqual(['authorization']);
    expect(paths({ ...base, kind: 'proxy', authorization: { ...authorization, scope: [] } })).toEqual(['authorization.scope']);
  });

  it('needs the language for a language need, and separate consent for a disability need', () => {
    expect(paths({ ...base, specialNeeds: ['language'] })).toEqual(['language']);
    expect(paths({ ...base, specialNeeds: ['language'], language: '粤语' })).toEqual([]);
    expect(paths({ ...base, language: '粤语' })).toEqual(['language']);
    expect(paths({ ...base, specialNeeds: ['disability'] })).toEqual(['disabilityConsent']);
    expect(paths({ ...base, specialNeeds: ['disability'], disabilityConsent: true })).toEqual([]);
  });

  it('records the consent of the person helped when asking for someone else', () => {
    const parent = { relation: 'parent', name: '王大妈', phone: '13700001111', consent: { method: 'phone', confirmed: true } };
    expect(paths({ ...base, forSomeoneElse: parent })).toEqual([]);
    expect(paths({ ...base, forSomeoneElse: { ...parent, consent: { method: 'phone', confirmed: false } } })).toEqual(['forSomeoneElse.consent.confirmed']);
  });

  it('reports every bad field at once', () => {
    expect(paths({ ...base, regionCode: '4403', contact: { name: '李', phone: '123' }, window: { from: base.window.to, to: base.window.from } })).toEqual([
      'contact.name',
      'contact.phone',
      'regionCode',
      'window.to',
    ]);
  });
});
