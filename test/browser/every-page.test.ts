/**
 * axe-core on EVERY page of the app (routes from app.config.ts), in normal and in 关怀模式: zero serious or
 * critical violations, no console errors, each page shows its level-1 heading.
 */
import { startLocalCloud, type LocalCloud } from './support/backend';
import { PhoneBrowser, seriousAxeViolations } from './support/browser';
import { allRoutes, personaFor } from './support/routes';

let cloud: LocalCloud;
let browser: PhoneBrowser;

beforeAll(async () => {
  cloud = await startLocalCloud();
  browser = await PhoneBrowser.launch(cloud.url);
});

afterAll(async () => {
  await browser?.close();
  await cloud?.close();
});

const routes = allRoutes();

test('the route list covers the main package and the subpackages', () => {
  expect(routes).toContain('/pages/index/index');
  expect(routes).toContain('/packages/feedback/pages/new/index');
  expect(routes).toContain('/packages/staff/pages/feedback/index');
  expect(routes.length).toBeGreaterThanOrEqual(15);
});

describe.each(routes)('%s', (route) => {
  test.each([false, true])('elder mode %s: no serious/critical axe violations', async (elder) => {
    const tab = await browser.openAs(personaFor(route), route, { elder });
    try {
      const { page } = tab;
      await page.locator('.taro_page_show [role="heading"][aria-level="1"]').first().waitFor({ timeout: 10_000 });
      // Let the first data arrive (loading states say 正在…).
      await page
        .waitForFunction(() => !/正在加载|正在查询/.test(document.body.innerText), undefined, { timeout: 5_000 })
        .catch(() => undefined);
      if (elder) expect(await page.locator('.ui-root--elder').count()).toBeGreaterThan(0);
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(tab.problems).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
