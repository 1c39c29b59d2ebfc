/**
 * The H5 build in Chromium as a phone, against the real local CloudBase: what each persona sees, switching
 * persona, accessibility (axe: no serious or critical violations), and no console errors anywhere.
 */
import type { Page } from 'playwright-core';
import { startLocalCloud, type LocalCloud } from './support/backend';
import { expectNoSeriousA11yIssues, PhoneBrowser, screenshot, visibleText, type OpenedPage } from './support/browser';

let cloud: LocalCloud;
let browser: PhoneBrowser;
let opened: OpenedPage[] = [];

async function openAs(persona: string, route?: string): Promise<Page> {
  const tab = await browser.openAs(persona, route);
  opened.push(tab);
  return tab.page;
}

beforeAll(async () => {
  cloud = await startLocalCloud();
  browser = await PhoneBrowser.launch(cloud.url);
});

afterAll(async () => {
  await browser?.close();
  await cloud?.close();
});

afterEach(async () => {
  const problems = opened.flatMap((tab) => tab.problems);
  await Promise.all(opened.map((tab) => tab.close()));
  opened = [];
  expect(problems).toEqual([]);
});

describe('as 王小明 (demo-citizen-wang)', () => {
  test('首页 shows the services and the first-batch 一件事', async () => {
    const page = await openAs('demo-citizen-wang');
    await page.getByText('王小明，您好').waitFor();
    // The themes come from themes.list: wait for them before reading the page.
    await page.getByRole('link', { name: /^新生儿出生/ }).waitFor();
    const text = await visibleText(page);
    for (const entry of ['一件事一次办', '帮办代办', '惠企政策', '好差评', '高效办成一件事', '个人办事', '企业办事', '新生儿出生', '开办餐饮店']) {
      expect(text).toContain(entry);
    }
    await page.getByRole('searchbox', { name: '搜索要办的事' }).waitFor();
    await screenshot(page, 'home');
    await expectNoSeriousA11yIssues(page);
  });

  test('tapping an item opens its theme page', async () => {
    const page = await openAs('demo-citizen-wang');
    await page.getByRole('link', { name: /^退休/ }).tap();
    await page.getByRole('heading', { name: '退休' }).waitFor();
    await page.getByRole('button', { name: '开始办理' }).waitFor();
    expect(await visibleText(page)).toContain('承诺');
    await screenshot(page, 'onething-theme-retirement');
    await expectNoSeriousA11yIssues(page);
  });

  test('the search box narrows the list', async () => {
    const page = await openAs('demo-citizen-wang');
    const search = page.getByRole('searchbox', { name: '搜索要办的事' });
    await search.fill('餐饮');
    await page.getByRole('heading', { name: '搜索结果' }).waitFor();
    // The matches come from themes.list.
    await page.getByRole('link', { name: /^开办餐饮店/ }).waitFor();
    const text = await visibleText(page);
    expect(text).toContain('开办餐饮店');
    expect(text).not.toContain('新生儿出生');
  });

  test('我的 shows who I am from whoami', async () => {
    const page = await openAs('demo-citizen-wang', '/pages/me/index');
    await page.getByRole('heading', { name: '王小明' }).waitFor();
    const text = await visibleText(page);
    expect(text).toContain('群众');
    expect(text).not.toContain('我的工作台');
    await screenshot(page, 'me-citizen');
    await expectNoSeriousA11yIssues(page);
  });

  test('an entry can be reached and opened with the keyboard', async () => {
    const page = await openAs('demo-citizen-wang', '/pages/me/index');
    await page.getByRole('heading', { name: '王小明' }).waitFor();
    const entry = page.getByRole('link', { name: /^我的办件/ });
    await entry.focus();
    const outline = await entry.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '我的办件' }).waitFor();
  });
});

describe('switching persona (H5 local mode)', () => {
  test('to 姜管理 (demo-admin) shows 管理员 and the 工作台 entry, and is remembered', async () => {
    const page = await openAs('demo-citizen-wang', '/pages/me/index');
    await page.getByRole('heading', { name: '王小明' }).waitFor();
    await page.getByRole('button', { name: '切换身份' }).tap();
    const admin = page.getByRole('button', { name: /^姜管理/ });
    await admin.waitFor();
    await screenshot(page, 'me-personas');
    await expectNoSeriousA11yIssues(page);
    await admin.tap();
    await page.getByRole('heading', { name: '姜管理' }).waitFor();
    const text = await visibleText(page);
    expect(text).toContain('管理员');
    expect(text).toContain('我的工作台');
    await screenshot(page, 'me-admin');
    await expectNoSeriousA11yIssues(page);

    // The choice is remembered: a new tab of the same browser, opened without ?persona=, is still 姜管理.
    const again = await page.context().newPage();
    await again.goto(`${page.url().split('#')[0]}#/pages/index/index`);
    await again.getByText('姜管理，您好').waitFor();
  });
});

describe('workbenches (subpackages)', () => {
  test('企业服务 as 赵建国', async () => {
    const page = await openAs('demo-enterprise-zhao', '/packages/enterprise/pages/index/index');
    await page.getByText('深圳市福田区赵记餐饮有限公司').waitFor();
    expect(await visibleText(page)).toContain('法定代表人');
    await screenshot(page, 'enterprise');
    await expectNoSeriousA11yIssues(page);
  });

  test('帮办工作台 as 陈帮办', async () => {
    const page = await openAs('demo-helper-chen', '/packages/helper/pages/index/index');
    await page.getByText('待接的服务单').waitFor();
    await screenshot(page, 'helper');
    await expectNoSeriousA11yIssues(page);
  });

  test('工作台 as 陶政数 (staff + coordinator)', async () => {
    const page = await openAs('demo-staff-gov-1', '/packages/staff/pages/index/index');
    await page.getByRole('heading', { name: '部门审批' }).waitFor();
    const text = await visibleText(page);
    expect(text).toContain('帮办调度');
    expect(text).toContain('政务服务数据管理局');
    await screenshot(page, 'staff');
    await expectNoSeriousA11yIssues(page);
  });

  test('工作台 turns a citizen away in plain words', async () => {
    const page = await openAs('demo-citizen-wang', '/packages/staff/pages/index/index');
    await page.getByText('暂时不能使用').waitFor();
    await screenshot(page, 'staff-denied');
    await expectNoSeriousA11yIssues(page);
  });
});
