import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Our own size budgets for the weapp build, well inside WeChat's limits (2 MB per package, 30 MB in all) so a
 * growing feature is noticed long before the platform refuses the upload.
 */
export const PACKAGE_BUDGETS = {
  main: 1024 * 1024,
  subpackage: 512 * 1024,
  total: 4 * 1024 * 1024,
};

export interface PackageSize {
  root: string;
  bytes: number;
  budget: number;
}

function sizeOf(dir: string, skip: (relative: string) => boolean, base = dir): number {
  let total = 0;
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    const relative = path.relative(base, full);
    if (skip(relative)) continue;
    const stat = statSync(full);
    total += stat.isDirectory() ? sizeOf(full, skip, base) : entry.endsWith('.LICENSE.txt') ? 0 : stat.size;
  }
  return total;
}

/** Sizes of the main package and each subpackage of a weapp build, or null when there is no build. */
export function measurePackages(weappDir: string): { packages: PackageSize[]; totalBytes: number } | null {
  const appJson = path.join(weappDir, 'app.json');
  if (!existsSync(appJson)) return null;
  const app = JSON.parse(readFileSync(appJson, 'utf8')) as { subPackages?: { root: string }[] };
  const roots = (app.subPackages ?? []).map((sub) => sub.root.replace(/\/$/, ''));
  const packages: PackageSize[] = [
    {
      root: 'main',
      bytes: sizeOf(weappDir, (relative) => roots.includes(relative) || relative === 'project.config.json'),
      budget: PACKAGE_BUDGETS.main,
    },
    ...roots.map((root) => ({ root, bytes: sizeOf(path.join(weappDir, root), () => false), budget: PACKAGE_BUDGETS.subpackage })),
  ];
  return { packages, totalBytes: packages.reduce((sum, pkg) => sum + pkg.bytes, 0) };
}
