/**
 * Debian Chromium through playwright-core, as a phone: touch, mobile viewport 375 × 812, Chinese locale.
 * Each `openAs` gets a fresh browser context (its own localStorage), so a persona never leaks between tests.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { PRIVACY_NOTICE_VERSION } from '@shared/privacy/consents';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || '/tmp/yiwang-screens';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** console errors, page errors and failed requests seen so far. */
  problems: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A first-time visitor: the privacy notice has not been answered on this device (default: answered). */
  firstUse?: boolean;
  /** 关怀模式 stored as chosen on 我的 (default: no choice stored). */
  elder?: boolean;
}

/** localStorage as Taro's H5 setStorageSync writes it ({"data": value}). */
function taroStorage(options: OpenOptions): Record<string, string> {
  const entries: Record<string, string> = {};
  if (!options.firstUse) entries['privacy.noticeVersion'] = JSON.stringify({ data: PRIVACY_NOTICE_VERSION });
  if (options.elder !== undefined) entries['ui.elderMode'] = JSON.stringify({ data: options.elder ? 'on' : 'off' });
  return entries;
}

export class PhoneBrowser {
  private constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
  ) {}

  static async launch(baseUrl: string): Promise<PhoneBrowser> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    return new PhoneBrowser(browser, baseUrl);
  }

  /**
   * Opens the H5 app as `persona` (the demo openid the local CloudBase sees) at a hash route such as
   * `/pages/me/index`. The persona rides in the URL (`?persona=`), the way a demo link would carry it.
   */
  async openAs(persona: string, hashRoute = '/pages/index/index', options: OpenOptions = {}): Promise<OpenedPage> {
    const context = await this.browser.newContext({
      viewport: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
    });
    await context.addInitScript((entries: Record<string, string>) => {
      // Only before the app first runs in this context: later reloads keep what the app stored.
      if (localStorage.getItem('__test_seeded')) return;
      localStorage.setItem('__test_seeded', '1');
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, taroStorage(options));
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    const separator = hashRoute.includes('?') ? '&' : '?';
    await page.goto(`${this.baseUrl}/#${hashRoute}${separator}persona=${encodeURIComponent(persona)}`);
    return { page, context, problems, close: () => context.close() };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

/** Runs axe-core on the page and returns the serious and critical violations. */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => ({ target: node.target, failureSummary: node.failureSummary })),
    }));
}

/** Fails the test when axe finds a serious or critical violation on the page. */
export async function expectNoSeriousA11yIssues(page: Page): Promise<void> {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

/** Visible text of the page on top, whitespace folded (Taro H5 keeps earlier pages of the stack, hidden). */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
}

/**
 * Screenshot of the whole current page to SCREENSHOT_DIR/<name>.png, for people to look at (tests do not
 * compare pixels). Taro H5 scrolls inside the page element, not the document, so the viewport is stretched
 * to the page's height for the shot; page transitions are let finish first.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.waitForTimeout(600);
  const viewport = page.viewportSize() ?? { width: 375, height: 812 };
  const extra = await page.evaluate(() => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.taro_page_show'));
    const current = pages[pages.length - 1];
    return current ? Math.max(0, current.scrollHeight - current.clientHeight) : 0;
  });
  if (extra > 0) await page.setViewportSize({ width: viewport.width, height: viewport.height + extra });
  await page.screenshot({ path: file });
  if (extra > 0) await page.setViewportSize(viewport);
  return file;
}
