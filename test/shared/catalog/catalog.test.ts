import { catalog } from '@shared/catalog';
import { formatProblems, lintTheme } from '@shared/catalog/lint';
import { renderSimulation, simulateTheme } from '@shared/catalog/simulate';

// Every shipped theme, national and as each city resolves it. One simulation per theme serves both the
// linter (reachability) and the snapshot.
const shipped = [
  ...catalog.themes(),
  ...catalog.cities().flatMap((city) => catalog.themes({ city: city.code }).filter((t) => t.city)),
];

describe('the shipped catalog', () => {
  it('ships the 13 items of the 2024 first national batch', () => {
    expect(
      catalog
        .themes()
        .filter((t) => t.batch === '2024-1')
        .map((t) => t.title)
        .sort(),
    ).toEqual(
      [
        '企业信息变更',
        '开办餐饮店',
        '开办运输企业',
        '员工录用',
        '企业破产信息核查',
        '信用修复',
        '水电气网联合报装',
        '新生儿出生',
        '教育入学',
        '社会保障卡居民服务',
        '残疾人服务',
        '退休',
        '身后一件事',
      ].sort(),
    );
  });

  it('ships the 8 items of the 2024 second national batch (国办函〔2024〕53号)', () => {
    expect(
      catalog
        .themes()
        .filter((t) => t.batch === '2024-2')
        .map((t) => t.title)
        .sort(),
    ).toEqual(
      [
        '企业迁移',
        '企业上市合法合规信息核查',
        '举办体育赛事活动',
        '二手房转移登记及水电气网联动过户',
        '公民婚育',
        '户口迁移',
        '军人退役',
        '住房公积金个人住房贷款购房',
      ].sort(),
    );
  });

  it('ships the modelled items of the 2025 first national batch (国办函〔2025〕3号)', () => {
    expect(
      catalog
        .themes()
        .filter((t) => t.batch === '2025-1')
        .map((t) => t.title)
        .sort(),
    ).toEqual(['个体工商户转型为企业', '汽车以旧换新补贴申请'].sort());
  });

  describe.each(shipped.map((theme) => [`${theme.id}@${theme.version}`, theme] as const))('%s', (_, theme) => {
    const simulation = simulateTheme(theme);

    it('has no lint problems', () => {
      const problems = lintTheme(theme, simulation);
      if (problems.length) throw new Error(formatProblems(problems));
    });

    it('simulates to the recorded outcomes', () => {
      expect(simulation.truncated).toBe(false);
      expect(renderSimulation(theme, simulation)).toMatchSnapshot();
    });
  });
});
