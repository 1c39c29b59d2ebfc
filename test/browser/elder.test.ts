/**
 * 关怀模式 in Chromium: the tokens switch to the MIIT 适老化 thresholds on 首页 and 我的 (computed font size,
 * line height, contrast from the colours, tap-target boxes), revert when switched off, and are remembered.
 */
import type { Page } from 'playwright-core';
import { startLocalCloud, type LocalCloud } from './support/backend';
import { PhoneBrowser, screenshot, type OpenedPage } from './support/browser';
import { measureElder } from './support/elder';

let cloud: LocalCloud;
let browser: PhoneBrowser;
let opened: OpenedPage[] = [];

async function openAs(persona: string, route: string, options: { elder?: boolean } = {}): Promise<Page> {
  const tab = await browser.openAs(persona, route, options);
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

async function expectElderThresholds(page: Page): Promise<void> {
  const report = await measureElder(page, 18, 60);
  expect(report.elderClass).toBe(true);
  expect(report.measuredText).toBeGreaterThan(10);
  expect(report.measuredTargets).toBeGreaterThan(3);
  expect(report.smallText).toEqual([]);
  expect(report.tightLines).toEqual([]);
  expect(report.lowContrast).toEqual([]);
  expect(report.smallTargets).toEqual([]);
}

test('首页 in 关怀模式 meets the thresholds and goes to one column', async () => {
  const page = await openAs('demo-citizen-wang', '/pages/index/index', { elder: true });
  await page.getByText('王小明，您好').waitFor();
  // Measure the whole page: the 一件事 tiles arrive with themes.list.
  await page.getByRole('link', { name: /^新生儿出生/ }).waitFor();
  await expectElderThresholds(page);
  const widths = await page.locator('.home-capabilities__cell').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
  expect(new Set(widths.map((w) => Math.round(w))).size).toBe(1);
  expect(widths[0]).toBeGreaterThan(300);
  await screenshot(page, 'elder-home');
});

test('首页 without 关怀模式 keeps the normal sizes (two columns, 16 px body)', async () => {
  const page = await openAs('demo-citizen-wang', '/pages/index/index');
  await page.getByText('王小明，您好').waitFor();
  await page.getByRole('link', { name: /^新生儿出生/ }).waitFor();
  const report = await measureElder(page, 18, 60);
  expect(report.elderClass).toBe(false);
  expect(report.smallText.length).toBeGreaterThan(0);
  const width = await page.locator('.home-capabilities__cell').first().evaluate((cell) => cell.getBoundingClientRect().width);
  expect(width).toBeLessThan(200);
});

test('the switch on 我的 turns 关怀模式 on (thresholds met), is remembered, and turns it off again', async () => {
  const page = await openAs('demo-citizen-wang', '/pages/me/index');
  await page.getByRole('heading', { name: '王小明' }).waitFor();
  const toggle = page.getByRole('button', { name: /^关怀模式/ });
  expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  expect(await page.locator('.ui-root--elder').count()).toBe(0);
  await toggle.tap();
  await page.locator('.ui-root--elder').first().waitFor();
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  await expect(toggle.innerText()).resolves.toContain('已开启');
  await expectElderThresholds(page);
  await screenshot(page, 'elder-me');

  // Remembered: a reload (a new visit) opens in 关怀模式, on 首页 too.
  await page.reload();
  await page.getByRole('heading', { name: '王小明' }).waitFor();
  expect(await page.locator('.ui-root--elder').count()).toBeGreaterThan(0);

  // Off again: the normal tokens are back.
  await page.getByRole('button', { name: /^关怀模式/ }).tap();
  await page.waitForFunction(() => !document.querySelector('.ui-root--elder'));
  const size = await page.locator('.entry-list__title').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBe(16);
});
