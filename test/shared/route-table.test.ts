/** The one route table: app.config's pages come from it, so every page is reachable and every route has a page. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { appPages, ROUTES } from '../../miniprogram/src/route-table';

const src = path.resolve(__dirname, '../../miniprogram/src');

/** Page entry files: pages/**\/index.tsx and the named pages beside them (detail.tsx…), not components (Capitalised). */
function pageFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pageFiles(full);
    return /^[a-z][a-z-]*\.tsx$/.test(name) && !/\.(h5|weapp)\.tsx$/.test(name) && /\/pages\/[^/]+\/[^/]+\.tsx$/.test(full) ? [full] : [];
  });
}

describe('the route table', () => {
  const { pages, subPackages } = appPages();
  const registered = [...pages, ...subPackages.flatMap((pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`))];

  it('opens at the home page and lists each page once', () => {
    expect(pages[0]).toBe('pages/index/index');
    expect(new Set(registered).size).toBe(registered.length);
    expect(registered).toHaveLength(new Set(Object.values(ROUTES)).size);
  });

  it('has a page file for every route, and a route for every page file', () => {
    for (const page of registered) expect(existsSync(path.join(src, `${page}.tsx`))).toBe(true);
    const files = [...pageFiles(path.join(src, 'pages')), ...pageFiles(path.join(src, 'packages'))].map((file) => path.relative(src, file).replace(/\.tsx$/, ''));
    expect(files.filter((file) => !registered.includes(file))).toEqual([]);
  });

  it('keeps subpackages to the workbenches and long forms, the citizen pages in the main package', () => {
    expect(subPackages.map((pkg) => pkg.root)).toEqual(expect.arrayContaining(['packages/staff', 'packages/enterprise', 'packages/helper']));
    expect(pages).toEqual(expect.arrayContaining(['pages/me/index', 'pages/onething/case/index', 'pages/help/mine/index']));
  });
});
