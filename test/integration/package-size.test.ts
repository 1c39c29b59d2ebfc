import path from 'node:path';
import { measurePackages, PACKAGE_BUDGETS } from '../../scripts/lib/package-sizes';

// `npm test` builds dist/weapp before jest runs.
describe('weapp package sizes', () => {
  const measured = measurePackages(path.resolve(__dirname, '../../dist/weapp'));

  it('has a weapp build to measure', () => {
    expect(measured).not.toBeNull();
  });

  it('keeps the main package and every subpackage within budget', () => {
    for (const pkg of measured!.packages) {
      expect({ root: pkg.root, withinBudget: pkg.bytes <= pkg.budget, kilobytes: Math.round(pkg.bytes / 1024) }).toMatchObject({ root: pkg.root, withinBudget: true });
    }
    expect(measured!.totalBytes).toBeLessThanOrEqual(PACKAGE_BUDGETS.total);
  });

  it('puts the enterprise, helper and staff pages in subpackages, not the main package', () => {
    expect(measured!.packages.map((p) => p.root)).toEqual(expect.arrayContaining(['main', 'packages/enterprise', 'packages/helper', 'packages/staff']));
  });
});
