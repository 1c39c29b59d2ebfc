import { catalog, compareVersions, createCatalog, getTheme, listThemes, searchThemes } from '@shared/catalog';
import { themeOverview } from '@shared/catalog/overview';
import { NATIONAL_THEMES } from '@shared/catalog/themes';
import { tinyDefinition } from './fixtures';

describe('the catalog', () => {
  it('lists themes for the home page by audience and life event', () => {
    expect(listThemes({ audience: 'person' })).toHaveLength(12);
    expect(listThemes({ audience: 'enterprise' })).toHaveLength(11);
    const groups = catalog.byLifeEvent({ audience: 'person' });
    expect(groups[0]).toMatchObject({ lifeEvent: 'birth', label: '生孩子', themes: [{ id: 'newborn', promisedDays: 5 }] });
    expect(groups.map((g) => g.lifeEvent)).toEqual(['birth', 'education', 'social_security', 'disability', 'retirement', 'death', 'marriage', 'housing', 'hukou', 'veteran', 'vehicle']);
    expect(catalog.byLifeEvent({ audience: 'person' }).find((g) => g.lifeEvent === 'housing')!.themes.map((t) => t.id)).toEqual(['second_hand_housing', 'housing_fund_loan']);
  });

  it('looks a theme up by id, latest version by default, an exact version on request', () => {
    const v2 = { ...tinyDefinition(), version: '1.10.0', title: '测试的一件事（新版）' };
    const local = createCatalog([tinyDefinition(), v2]);
    expect(local.get('tiny')!.version).toBe('1.10.0');
    expect(local.get('tiny', { version: '1.0.0' })!.title).toBe('测试的一件事');
    expect(local.get('tiny', { version: '9.9.9' })).toBeUndefined();
    expect(local.versions('tiny')).toEqual(['1.10.0', '1.0.0']);
    expect(getTheme('no_such_theme')).toBeUndefined();
    expect(() => createCatalog([tinyDefinition(), tinyDefinition()])).toThrow(/版本 1.0.0 重复/);
    expect(() => createCatalog([{ ...tinyDefinition(), promisedDays: -1 }])).toThrow(/promisedDays/);
  });

  it('orders versions numerically', () => {
    expect(compareVersions('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareVersions('2', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0+440300.1', '1.0.0')).toBe(0);
  });

  it('finds themes by the words people use', () => {
    const top = (q: string) => searchThemes(q)[0]?.theme.id;
    expect(top('生孩子')).toBe('newborn');
    expect(top('我要上户口')).toBe('newborn');
    expect(top('出生医学证明')).toBe('newborn');
    expect(top('开奶茶店')).toBe('restaurant');
    expect(top('食品经营许可')).toBe('restaurant');
    expect(top('社保卡丢了')).toBe('social_security_card');
    expect(top('办残疾证')).toBe('disability');
    expect(top('领养老金')).toBe('retirement');
    expect(top('公司改名')).toBe('enterprise_change');
    expect(top('去世')).toBe('after_death');
    expect(searchThemes('   ')).toEqual([]);
    expect(searchThemes('火星移民')).toEqual([]);
    expect(searchThemes('上户口')[0]!.matched).toContain('关键词：上户口');
    expect(catalog.search('育儿指导', { city: '440300' })[0]!.theme.id).toBe('newborn');
    expect(catalog.search('育儿指导')).toEqual([]);
    expect(catalog.search('营业执照', { audience: 'person' })).toEqual([]);
  });

  it('tells on the theme page what it bundles, how long it takes and what you will probably need', () => {
    const overview = themeOverview(getTheme('disability')!);
    expect(overview).toMatchObject({ title: '残疾人服务', promisedDays: 15, lifeEventLabel: '助残服务' });
    expect(overview.departments).toEqual(['卫生健康委员会', '残疾人联合会', '民政局']);
    expect(overview.subItems.filter((s) => s.usual).map((s) => s.name)).toEqual(['残疾评定', '残疾人证新办']);
    expect(overview.probableMaterials.find((m) => m.id === 'hukou_book')!.sourceSummary).toBe('无需提交：从电子证照库自动获取居民户口簿');
  });

  it('has one definition file per national theme', () => {
    expect(new Set(NATIONAL_THEMES.map((t) => t.id)).size).toBe(23);
  });
});

describe('versions stored with a case', () => {
  it('read back the national version and the city overlay version they were submitted under', () => {
    const overlay = (version: number, promisedDays: number) => ({
      city: { code: '990100', name: '示范市' },
      themeId: 'tiny',
      version,
      promisedDays,
    });
    const local = createCatalog([tinyDefinition(), { ...tinyDefinition(), version: '1.1.0' }], [overlay(1, 7), overlay(2, 6)]);
    expect(local.get('tiny', { city: '990100' })!.version).toBe('1.1.0+990100.2');
    const old = local.get('tiny', { city: '990100', version: '1.0.0+990100.1' })!;
    expect(old).toMatchObject({ version: '1.0.0+990100.1', promisedDays: 7 });
    expect(local.get('tiny', { city: '990100', version: '1.0.0+990100.9' })).toBeUndefined();
    expect(local.get('tiny', { version: '1.0.0' })!.city).toBeUndefined();
  });
});
