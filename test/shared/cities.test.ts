/**
 * Every city file in cities/ — the demo and 襄阳市, and any a city adds — validates, names every department its
 * catalog routes to, applies its overlays, and its service levels are the ones the domain uses.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createCatalog } from '@shared/catalog';
import { overlaysOf } from '@shared/catalog/cities';
import { NATIONAL_THEMES } from '@shared/catalog/themes';
import { CITY_FILES } from '@shared/config/cities';
import { cityById, cityConfig } from '@shared/config/city';
import { escalateAt } from '@shared/help/sla';
import { functionConfigFor } from '../../scripts/build-functions';
import { resolveCity } from '../../scripts/lib/city-arg';

const cityIds = readdirSync(path.resolve(__dirname, '../../cities'))
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

it('ships the demo and 襄阳市, each registered for the builds', () => {
  expect(cityIds).toEqual(expect.arrayContaining(['demo', 'xiangyang']));
  expect(Object.keys(CITY_FILES).sort()).toEqual(cityIds);
});

describe.each(cityIds)('city %s', (id) => {
  const city = cityById(id);
  const catalog = createCatalog(NATIONAL_THEMES, overlaysOf(city));

  it('validates, with every department reachable (address, phone, hours)', () => {
    expect(city.id).toBe(id);
    expect(city.regionCode).toMatch(/^\d{4}00$/);
    for (const department of city.departments) {
      expect(department).toEqual({ id: expect.any(String), name: expect.any(String), address: expect.any(String), phone: expect.any(String), hours: expect.any(String) });
    }
  });

  it('has every department any of its catalog themes routes to', () => {
    const own = new Set(city.departments.map((d) => d.id));
    const routed = catalog.themes({ city: city.regionCode }).flatMap((theme) => theme.subItems.map((s) => ({ theme: theme.id, department: s.department })));
    expect(routed.length).toBeGreaterThan(0);
    expect(routed.filter((r) => !own.has(r.department))).toEqual([]);
  });

  it('applies the overlays it names, and only to itself', () => {
    const overlays = overlaysOf(city);
    for (const overlay of overlays) {
      expect(overlay.city.code).toBe(city.regionCode);
      expect(String(catalog.get(overlay.themeId, { city: city.regionCode })?.version)).toContain(`+${city.regionCode}.`);
      expect(String(catalog.get(overlay.themeId)?.version)).not.toContain('+');
    }
  });

  it('is what CITY selects, and its service levels are the ones the domain computes with', () => {
    const before = process.env.CITY;
    process.env.CITY = id;
    try {
      expect(cityConfig()).toBe(city);
      expect(resolveCity([])).toBe(id);
    } finally {
      if (before === undefined) delete process.env.CITY;
      else process.env.CITY = before;
    }
    const opened = new Date('2025-03-03T09:00:00+08:00');
    expect(escalateAt(opened, city.help).getTime() - opened.getTime()).toBe(city.help.acceptWithinMinutes * 60_000);
    for (const area of city.help.serviceAreas) expect(area.startsWith(city.regionCode.slice(0, 4))).toBe(true);
  });

  it('sends policy pushes with its own subscribe template', () => {
    expect(functionConfigFor('policy', city).envVariables.POLICY_PUSH_TEMPLATE_ID).toBe(city.subscribeTemplates.policyMatch);
  });
});

it('the demo and 襄阳市 differ where a city decides', () => {
  const [demo, xiangyang] = [cityById('demo'), cityById('xiangyang')];
  expect(xiangyang).toMatchObject({ name: '襄阳市', regionCode: '420600' });
  expect(xiangyang.departments.find((d) => d.id === 'govservice')?.name).toBe('襄阳市政务服务和大数据管理局');
  expect(xiangyang.help.acceptWithinMinutes).not.toBe(demo.help.acceptWithinMinutes);
  expect(xiangyang.dashboard.title).not.toBe(demo.dashboard.title);
});

it('refuses an unknown city by name, listing the ones there are', () => {
  expect(() => resolveCity(['--city', 'atlantis'])).toThrow(/没有城市「atlantis」.*demo、xiangyang/);
  expect(() => cityById('atlantis')).toThrow(/没有城市「atlantis」/);
});

it('names every problem of a broken city file', () => {
  const broken = { ...(CITY_FILES.demo as object), id: 'broken', regionCode: '4403', feedback: { replyWithinWorkingDays: 5, defaultDepartment: 'nowhere' } };
  (CITY_FILES as Record<string, unknown>).broken = broken;
  try {
    expect(() => cityById('broken')).toThrow(/regionCode：.*；feedback\.defaultDepartment：没有这个部门编号：nowhere/);
  } finally {
    delete (CITY_FILES as Record<string, unknown>).broken;
  }
});
