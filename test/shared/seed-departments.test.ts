/**
 * Every 一件事 can finish in the demo: each department any shipped theme routes a sub-item to (nationally or with a
 * city's overlay) has at least one demo staff persona to process it. Themes added later are covered by themselves.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalog } from '@shared/catalog';
import { departmentName } from '@shared/departments';

const personas: { openid: string; roles: string[]; department?: string }[] = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../emulator/seed/personas.json'), 'utf8'),
);
const staffed = new Set(personas.filter((p) => p.roles.includes('staff')).map((p) => p.department));

const variants = [{ label: '全国版', city: undefined as string | undefined }, ...catalog.cities().map((c) => ({ label: c.name, city: c.code }))];

describe.each(variants)('the demo staff for every theme ($label)', ({ city }) => {
  it.each(catalog.themes(city ? { city } : {}).map((theme) => [theme.title, theme] as const))('%s', (_title, theme) => {
    const unstaffed = [...new Set(theme.subItems.map((s) => s.department))].filter((department) => !staffed.has(department));
    expect(unstaffed.map((d) => `${departmentName(d)}（${d}）没有演示工作人员`)).toEqual([]);
  });
});

it('covers themes in the catalog at all', () => {
  expect(catalog.themes().length).toBeGreaterThan(10);
});
