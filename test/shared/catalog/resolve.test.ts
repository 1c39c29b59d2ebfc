import { catalog } from '@shared/catalog';
import { when } from '@shared/catalog/dsl';
import { evaluate } from '@shared/catalog/engine';
import { lintTheme } from '@shared/catalog/lint';
import { CatalogError, resolveTheme } from '@shared/catalog/resolve';

const newborn = catalog.get('newborn')!;
const restaurant = catalog.get('restaurant')!;
const DEMO = { code: '990100', name: '示范市' };
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('resolveTheme: a city overlay layered on the national definition', () => {
  it('disables a sub-item and everything that only served it, and the result still lints clean', () => {
    const theme = resolveTheme(newborn, { city: DEMO, themeId: 'newborn', version: 2, disabledSubItems: ['social_security_card'] });
    expect(theme.version).toBe('1.0.0+990100.2');
    expect(theme.city).toEqual(DEMO);
    expect(ids(theme.subItems)).not.toContain('social_security_card');
    expect(ids(theme.materials)).not.toContain('child_photo'); // only the card needed it
    expect(theme.materials.find((m) => m.id === 'birth_medical_cert_doc')!.neededBy).toEqual(['hukou_registration', 'medical_insurance_enrollment']);
    expect(ids(theme.rules)).not.toContain('no_ss_card'); // it only removed the card
    expect(theme.rules.find((r) => r.id === 'no_local_parent')!.remove!.subItems).toEqual(['hukou_registration']);
    expect(lintTheme(theme).filter((p) => p.code !== 'RULE_NEVER_FIRES')).toEqual([]);
  });

  it('drops an internal source whose sub-item is disabled, so the material falls back', () => {
    const theme = resolveTheme(newborn, { city: DEMO, themeId: 'newborn', version: 1, disabledSubItems: ['birth_medical_cert'] });
    expect(theme.materials.find((m) => m.id === 'birth_medical_cert_doc')!.sources.map((s) => s.source.kind)).toEqual(['shared']);
    expect(theme.subItems.find((s) => s.id === 'hukou_registration')!.after).toEqual([]);
  });

  it('replaces a national rule by id (another fire-check threshold)', () => {
    const theme = resolveTheme(restaurant, {
      city: DEMO,
      themeId: 'restaurant',
      version: 1,
      ruleOverrides: [{ id: 'fire_check_by_area', when: when.atLeast('floor_area', 200), add: { subItems: ['fire_safety_check'] }, why: '营业面积 200 平方米及以上' }],
    });
    const answers = { entity_type: 'individual', premises: 'owned', hot_food: false, food_kinds: [], floor_area: 250, signboard: false, tobacco: false };
    expect(ids(evaluate(theme, answers).subItems)).toContain('fire_safety_check');
    expect(ids(evaluate(restaurant, answers).subItems)).not.toContain('fire_safety_check');
  });

  it('refuses an overlay that does not fit, saying what is wrong', () => {
    const wrongTheme = () => resolveTheme(newborn, { city: DEMO, themeId: 'restaurant', version: 1 });
    expect(wrongTheme).toThrow(CatalogError);
    expect(() => resolveTheme(newborn, { city: DEMO, themeId: 'newborn', version: 1, disabledSubItems: ['free_pony'] })).toThrow(/free_pony/);
    expect(() => resolveTheme(newborn, { city: DEMO, themeId: 'newborn', version: 1, subItemLimits: { hukou_registration: { promisedDays: 30 } } })).toThrow(
      /subItems\.3\.promisedDays: 承诺时限不能超过法定时限/,
    );
    expect(() =>
      resolveTheme(newborn, {
        city: DEMO,
        themeId: 'newborn',
        version: 1,
        extraRules: [{ id: 'typo', when: when.yes('want_pony'), why: '拼错了', notice: '…' }],
      }),
    ).toThrow(/rules\.\d+\.when\.question: 条件引用了不存在的问题「want_pony」/);
    expect(() => resolveTheme(newborn, { city: { code: '99', name: '' }, themeId: 'newborn', version: 1 })).toThrow(/city\.code/);
  });
});

describe('the shipped 深圳市 overlays', () => {
  it('apply only when asked for that city', () => {
    expect(catalog.cities()).toEqual([{ code: '440300', name: '深圳市' }]);
    expect(catalog.get('restaurant', { city: '440300' })!.promisedDays).toBe(4);
    expect(catalog.get('restaurant')!.promisedDays).toBe(5);
    expect(catalog.get('retirement', { city: '440300' })!.version).toBe('1.0.0'); // no overlay: national as it is
  });
});
