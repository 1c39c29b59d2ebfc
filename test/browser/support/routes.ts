/**
 * Every page of the app, read from app.config.ts (main package + every subpackage), so pages added later by
 * anyone are covered without touching the tests.
 */
import path from 'node:path';

interface AppConfig {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
}

export function allRoutes(): string[] {
  const globals = globalThis as unknown as { defineAppConfig?: (config: AppConfig) => AppConfig };
  globals.defineAppConfig = (config) => config;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(path.resolve(__dirname, '../../../miniprogram/src/app.config.ts')).default as AppConfig;
  const sub = (config.subPackages ?? []).flatMap((pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`));
  return [...config.pages, ...sub].map((route) => `/${route}`);
}

/** Who should look at a route: its workbench's own user, else a citizen. */
export function personaFor(route: string): string {
  if (route.startsWith('/packages/staff/')) return 'demo-staff-samr-1';
  if (route.startsWith('/packages/enterprise/')) return 'demo-enterprise-zhao';
  if (route.startsWith('/packages/helper/')) return 'demo-helper-chen';
  return 'demo-citizen-wang';
}
