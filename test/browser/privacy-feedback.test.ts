/**
 * Privacy and 投诉建议 in Chromium against the real local CloudBase: the first-use notice (decline keeps
 * browsing), the separate consent gate for 证件照片 (blocks until granted; withdrawing on 我的授权 blocks it
 * again), masked personal data with a recorded reveal, 我的数据, and a complaint done entirely in 关怀模式 that
 * reaches 市场监督管理局, is answered by its staff, and rated by the person.
 */
import type { Page } from 'playwright-core';
import { api } from '@shared/contracts';
import { callAs } from '../support/client-call';
import { startLocalCloud, type LocalCloud } from './support/backend';
import { PhoneBrowser, screenshot, seriousAxeViolations, visibleText, type OpenedPage } from './support/browser';
import { measureElder } from './support/elder';

let cloud: LocalCloud;
let browser: PhoneBrowser;
let opened: OpenedPage[] = [];

async function openAs(persona: string, route: string, options: { elder?: boolean; firstUse?: boolean } = {}): Promise<Page> {
  const tab = await browser.openAs(persona, route, options);
  opened.push(tab);
  return tab.page;
}

async function goTo(page: Page, route: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#${route}`);
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

describe('privacy', () => {
  test('first use shows the 用户隐私保护指引; declining keeps browsing; agreeing is recorded with its version', async () => {
    const page = await openAs('demo-citizen-wang', '/pages/index/index', { firstUse: true });
    await page.getByRole('heading', { name: '使用前请阅读《用户隐私保护指引》' }).waitFor();
    await screenshot(page, 'privacy-first-use');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '不同意，先随便看看' }).tap();
    await page.getByText('您还没有同意《用户隐私保护指引》').waitFor();
    // Still browsing: the search works and the services are all there.
    await page.getByRole('searchbox', { name: '搜索要办的事' }).fill('餐饮');
    await page.getByRole('heading', { name: '搜索结果' }).waitFor();
    // The matches come from themes.list.
    await page.getByRole('link', { name: /^开办餐饮店/ }).waitFor();
    expect(await visibleText(page)).toContain('开办餐饮店');
    await page.getByRole('button', { name: '重新阅读并同意' }).tap();
    await page.getByRole('heading', { name: '敏感信息会单独问您' }).waitFor();
    await page.getByRole('button', { name: '我已阅读，同意' }).tap();
    await page.getByText('您已同意本版本指引。').waitFor();

    await goTo(page, '/packages/account/pages/consents/index');
    const card = page.locator('.consent-card', { hasText: '用户隐私保护指引' });
    await card.getByText('已同意').waitFor();
    const text = await card.innerText();
    expect(text).toContain('版本：2026.11');
    expect(text).toMatch(/同意时间：\d{4}年/);
  });

  test('证件照片 is blocked until its own consent; withdrawing on 我的授权 blocks it again', async () => {
    const page = await openAs('demo-citizen-wang', '/packages/account/pages/profile/index');
    await page.getByRole('heading', { name: '这一步需要您单独同意：证件照片' }).waitFor();
    expect(await page.getByRole('button', { name: '上传证件照片' }).count()).toBe(0);
    expect(await visibleText(page)).toContain('为什么需要');
    await screenshot(page, 'consent-gate');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^同意，继续证件照片/ }).tap();
    await page.getByRole('button', { name: '上传证件照片' }).waitFor();

    await goTo(page, '/packages/account/pages/consents/index');
    const card = page.locator('.taro_page_show .consent-card', { hasText: '证件照片' }).last();
    await card.getByText('已同意').waitFor();
    await card.getByRole('button', { name: '撤回“证件照片”授权' }).tap();
    // The confirm step states the consequence first.
    await card.getByText(/撤回后：.*窗口办理/).waitFor();
    await screenshot(page, 'consent-withdraw-confirm');
    await card.getByRole('button', { name: '确认撤回' }).tap();
    await card.getByText('已撤回').first().waitFor();
    expect(await card.innerText()).toMatch(/撤回时间：\d{4}年/);

    // A fresh visit to 个人信息 asks again.
    await goTo(page, '/packages/account/pages/profile/index');
    const again = page.locator('.taro_page_show').last();
    await again.getByText('您之前撤回了这项授权。').waitFor();
    await again.getByRole('heading', { name: '这一步需要您单独同意：证件照片' }).waitFor();
    expect(await again.getByRole('button', { name: '上传证件照片' }).count()).toBe(0);
  });

  test('个人信息 is masked until 显示完整信息; saving a phone number shows it masked', async () => {
    const page = await openAs('demo-enterprise-zhao', '/packages/account/pages/profile/index');
    await page.getByRole('heading', { name: '我的信息' }).waitFor();
    await page.getByRole('button', { name: '修改信息' }).tap();
    await page.getByRole('textbox', { name: '手机号' }).fill('13812341234');
    await page.getByRole('button', { name: '保存' }).tap();
    await page.getByText('已保存。').waitFor();
    const masked = await visibleText(page);
    expect(masked).toContain('138****1234');
    expect(masked).not.toContain('13812341234');
    await page.getByRole('button', { name: '显示完整信息' }).tap();
    await page.getByText('13812341234').waitFor();
    expect(await visibleText(page)).toContain('本次查看已记录');
  });

  test('我的数据 shows what is held, in sections with counts, and deletion explains what is kept', async () => {
    const page = await openAs('demo-helper-zhou', '/packages/account/pages/data/index');
    await page.getByText(/生成时间/).waitFor();
    expect(await page.locator('.data-section').count()).toBeGreaterThan(0);
    expect(await visibleText(page)).toMatch(/（\d+ 条）/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '申请删除我的信息' }).tap();
    await page.getByRole('button', { name: '确认删除' }).tap();
    await page.getByText('依法保留：').waitFor();
    await screenshot(page, 'my-data-deleted');
  });
});

describe('投诉建议, entirely in 关怀模式', () => {
  test('李秀英 complains from 企业服务 → 市场监督管理局 staff reply → she sees the reply and rates it', async () => {
    // From a page: the footer link carries where it happened.
    const li = await openAs('demo-citizen-li', '/packages/enterprise/pages/index/index', { elder: true });
    await li.getByText('暂时不能使用').waitFor();
    await li.locator('.taro_page_show').last().getByRole('link', { name: '投诉建议' }).tap();
    await li.getByRole('heading', { name: '投诉建议', level: 1 }).waitFor();
    // The notice was agreed on this device before, but the server has no record for her: the gate asks.
    const agree = li.getByRole('button', { name: /^同意，继续用户隐私保护指引/ });
    await agree.waitFor();
    await agree.tap();
    await li.getByText('反映的页面：企业服务').waitFor();

    // Submitting empty: the error summary lists each problem and links to its field.
    await li.getByRole('button', { name: '提交' }).tap();
    await li.getByRole('heading', { name: '请先改好下面 3 处' }).waitFor();
    expect(await li.getByRole('link', { name: '请选择是投诉还是建议' }).count()).toBe(1);
    const report = await measureElder(li, 18, 60);
    expect(report.elderClass).toBe(true);
    expect(report.smallText).toEqual([]);
    expect(report.tightLines).toEqual([]);
    expect(report.lowContrast).toEqual([]);
    expect(report.smallTargets).toEqual([]);
    expect(await seriousAxeViolations(li)).toEqual([]);
    await screenshot(li, 'feedback-errors-elder');

    await li.getByRole('button', { name: /^投诉/ }).tap();
    await li.getByRole('textbox', { name: '发生了什么' }).fill('在企业服务页面找不到营业执照变更的入口，打电话也没人接。');
    await li.getByText(/已写 \d+ 字/).waitFor();
    await li.getByRole('button', { name: /^在小程序里看/ }).tap();
    await li.getByRole('button', { name: '提交' }).tap();
    await li.getByRole('heading', { name: '已收到您的投诉建议' }).waitFor();
    const result = await visibleText(li);
    const number = /JY\d{8}-[0-9A-Z]{5}/.exec(result)?.[0];
    expect(number).toBeDefined();
    expect(result).toContain('已转给：市场监督管理局');
    expect(result).toMatch(/最晚 \d{4}年\d+月\d+日 前答复您/);
    expect(await seriousAxeViolations(li)).toEqual([]);
    await screenshot(li, 'feedback-result-elder');

    // 市场监督管理局 staff: the ticket is in the inbox, submitter masked; they reply.
    const staff = await openAs('demo-staff-samr-1', '/packages/staff/pages/feedback/index');
    const ticket = staff.locator('.fb-card', { hasText: number! });
    await ticket.waitFor();
    const ticketText = await ticket.innerText();
    expect(ticketText).toContain('李**');
    expect(ticketText).not.toContain('李秀英');
    await ticket.getByRole('textbox', { name: `答复 ${number}` }).fill('您好，营业执照变更请在“企业服务 → 企业办事”办理，下周上线入口，已安排专人回访。');
    await ticket.getByRole('button', { name: `发送答复 ${number}` }).tap();
    await ticket.getByText('已答复：').waitFor();

    // Back to her: 我的投诉建议 → the reply → rating, still in 关怀模式.
    await goTo(li, '/packages/feedback/pages/mine/index');
    const mine = li.locator('.taro_page_show .fb-card', { hasText: number! }).last();
    await mine.getByText('部门已答复，点按查看').waitFor();
    // A short list says it is complete rather than just stopping.
    await li.locator('.taro_page_show').last().getByText(/已全部显示，共 \d+ 条/).waitFor();
    await mine.tap();
    await li.getByRole('heading', { name: '您对答复满意吗' }).waitFor();
    expect(await visibleText(li)).toContain('下周上线入口');
    await li.getByRole('button', { name: /^满意/ }).tap();
    await li.getByRole('button', { name: '提交评价' }).tap();
    await li.getByText('您的评价：满意。谢谢您！').waitFor();
    expect(await li.locator('.ui-root--elder').count()).toBeGreaterThan(0);
    await screenshot(li, 'feedback-rated-elder');
  });
});

describe('the department desk pages instead of stopping', () => {
  test('55 complaints to 市场监督管理局: the first page says there is more, 加载更多 shows the rest, then 已全部显示', async () => {
    // From several people: one person files at most a few a day (shared/config/rate-limits.ts).
    for (let i = 0; i < 55; i += 1) {
      await callAs(cloud.url, `o-desk-${i % 6}`, api.account['feedback.create'], {
        kind: 'complaint',
        content: `第${i + 1}号投诉：营业执照变更办理太慢`,
        department: 'samr',
        contact: { preference: 'in_app' },
      });
    }
    const staff = await openAs('demo-staff-samr-1', '/packages/staff/pages/feedback/index');
    const more = staff.getByRole('button', { name: /^加载更多（已显示 50 条）/ });
    await more.waitFor();
    expect(await staff.locator('.fb-card', { hasText: /第\d+号投诉/ }).count()).toBeLessThanOrEqual(50);
    expect(await seriousAxeViolations(staff)).toEqual([]);
    await more.tap();
    await staff.getByText(/已全部显示，共 \d+ 条/).waitFor();
    expect(await staff.locator('.fb-card', { hasText: /第\d+号投诉/ }).count()).toBe(55);
    await screenshot(staff, 'feedback-desk-paged');
  });
});
