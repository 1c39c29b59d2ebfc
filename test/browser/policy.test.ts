/**
 * 惠企政策 in Chromium against the local CloudBase: 赵建国 (legal representative of 赵记餐饮) goes from the home page
 * to his enterprise, opens the 政策计算器, sees why it qualifies for one policy and what it lacks for another, and
 * opens that policy's page; after the push job runs, he finds the pushed policy in 政策消息. Every page is checked
 * with axe on the way, in normal and in 关怀模式.
 */
import type { Locator, Page } from 'playwright-core';
import { answerOf } from '../support/client-call';
import { startLocalCloud, type LocalCloud } from './support/backend';
import { expectNoSeriousA11yIssues, PhoneBrowser, screenshot, visibleText, type OpenedPage } from './support/browser';
import { measureElder } from './support/elder';

const ZHAO = 'demo-enterprise-zhao';

let cloud: LocalCloud;
let browser: PhoneBrowser;
let opened: OpenedPage[] = [];

async function openAs(persona: string, route?: string, options: { elder?: boolean } = {}): Promise<Page> {
  const tab = await browser.openAs(persona, route, options);
  opened.push(tab);
  return tab.page;
}

/** The calculator's card for one policy (a labelled region). */
function card(page: Page, title: string): Locator {
  return page.locator('.taro_page_show').getByRole('region', { name: title });
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

test('政策计算器: why 赵记餐饮 qualifies for one policy and what it lacks for another', async () => {
  const page = await openAs(ZHAO);
  await page.getByRole('link', { name: /^惠企政策/ }).tap();
  await page.getByRole('heading', { name: '企业服务' }).waitFor();
  await page.getByText('企业规模：小型').waitFor();
  const home = await visibleText(page);
  expect(home).toContain('从业人员 12 人 ≥ 10 人');
  expect(home).toContain('已核验（市场监督管理局）');
  await expectNoSeriousA11yIssues(page);
  await screenshot(page, 'policy-enterprise-home');

  await page.getByRole('link', { name: /^政策计算器/ }).tap();
  await page.getByRole('heading', { name: '政策计算器' }).waitFor();
  await page.getByRole('heading', { name: /^符合的政策/ }).waitFor();

  // Qualifies: every condition met, each with the enterprise's actual value.
  const qualifies = card(page, '小微餐饮企业稳岗补贴（演示）');
  const why = await qualifies.innerText();
  expect(why).toContain('符合全部条件，可以享受这项政策。');
  expect(why).toContain('符合：所属行业属于 H62 餐饮业');
  expect(why).toContain('实际：H6210 正餐服务');
  expect(why).toContain('实际：11 人（依据已核验信息）');
  expect(why).not.toContain('不符合');

  // Nearly: what it lacks, in plain words.
  const nearly = card(page, '小升规企业培育奖励（演示）');
  const lack = await nearly.innerText();
  expect(lack).toContain('差一项');
  expect(lack).toContain('还差什么');
  expect(lack).toContain('要求从业人数 ≥ 20 人，贵企业目前是 12 人。');
  expect(lack).toContain('不符合：从业人数 ≥ 20 人');

  // Unknown: the missing field is named, with a way to fill it in.
  const unknown = card(page, '失业保险稳岗返还（演示）');
  expect(await unknown.innerText()).toContain('还没有填写“失业保险连续缴费”');
  await expectNoSeriousA11yIssues(page);
  await screenshot(page, 'policy-calculator');

  await nearly.getByRole('link', { name: '小升规企业培育奖励（演示）' }).tap();
  await page.getByRole('heading', { name: '政策详情' }).waitFor();
  await page.getByRole('heading', { name: '小升规企业培育奖励（演示）' }).waitFor();
  const detail = await visibleText(page);
  expect(detail).toContain('一次性奖励 10 万元');
  expect(detail).toContain('深圳市工业和信息化局');
  expect(detail).toContain('还差一项：从业人数 12 人，要求 ≥ 20 人');
  await expectNoSeriousA11yIssues(page);
  await screenshot(page, 'policy-detail');
});

/** Calls the policy function as `openid` through the client endpoint, as the mini-program would. */
const callPolicy = (openid: string, action: string, payload: unknown) => answerOf(cloud.url, openid, { fn: 'policy', action }, payload);

test('after a push, 赵建国 finds the pushed 免申即享 policy in 政策消息, with what and when, and reading it is recorded', async () => {
  // 深圳市商务局 publishes a 免申即享 policy for 深圳 餐饮 enterprises; publishing starts the push, the timer run adds none.
  const published = await callPolicy('demo-staff-samr-1', 'policies.publish', {
    id: 'browser-canyin-xiaofeiquan',
    title: '餐饮企业消费券补贴（测试）',
    issuingDepartment: '深圳市商务局',
    summary: '对本市餐饮企业直接发放消费券补贴，无需申请。（测试政策）',
    fullTextUrl: 'https://www.sz.gov.cn/',
    benefit: { text: '每家 5000 元消费券补贴', amount: { kind: 'fixed', amount: 5000 } },
    window: { opensOn: '2026-01-01' },
    mode: 'no_application',
    payoutBy: '2026-12-31',
    category: 'sme_support',
    eligibility: { all: [{ op: 'region-in', codes: ['4403'] }, { op: 'industry-in', codes: ['H62'] }] },
  });
  expect(published).toMatchObject({ ok: true });
  expect(published.data.push.created).toBeGreaterThan(0);
  expect(await callPolicy('demo-admin', 'push.run', { policyId: 'browser-canyin-xiaofeiquan' })).toMatchObject({ ok: true, data: { created: 0 } });

  const page = await openAs(ZHAO, '/packages/enterprise/pages/index/index');
  await page.getByRole('link', { name: /^政策消息/ }).tap();
  await page.getByRole('heading', { name: '政策消息' }).waitFor();
  const pushed = card(page, '餐饮企业消费券补贴（测试）');
  await pushed.waitFor();
  const text = await pushed.innerText();
  expect(text).toContain('未读');
  expect(text).toContain('免申即享：不用申请');
  expect(text).toContain('将发放：');
  expect(text).toContain('发放时间：');
  expect(text).toContain('提出异议');
  await expectNoSeriousA11yIssues(page);
  await screenshot(page, 'policy-inbox');

  await pushed.getByRole('link', { name: '餐饮企业消费券补贴（测试）' }).tap();
  await page.getByRole('heading', { name: '餐饮企业消费券补贴（测试）' }).waitFor();
  // Opening it recorded the read (the staff's delivery report counts it); wait for that before going back, so the
  // inbox's reload on show cannot race the markRead call still in flight.
  for (let tries = 0; ; tries += 1) {
    const report = await callPolicy('demo-staff-samr-1', 'policies.report', { policyId: 'browser-canyin-xiaofeiquan' });
    if (report.data?.counts.read === 1) break;
    if (tries > 50) throw new Error(`the read was never recorded: ${JSON.stringify(report)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await page.waitForURL(/packages\/enterprise\/pages\/policy\//);
  await page.goBack();
  await page.getByRole('heading', { name: '政策消息' }).waitFor();
  await card(page, '餐饮企业消费券补贴（测试）').getByText('已读').waitFor();
});

test('the 政策计算器 in 关怀模式: no serious accessibility issue, and the 适老化 thresholds are met', async () => {
  const page = await openAs(ZHAO, '/packages/enterprise/pages/calculator/index', { elder: true });
  await page.getByRole('heading', { name: /^差一项的政策/ }).waitFor();
  expect(await page.locator('.ui-root--elder').count()).toBeGreaterThan(0);
  await expectNoSeriousA11yIssues(page);
  // MIIT 适老化: body text ≥ 18 px, line spacing ≥ 1.3, contrast ≥ 4.5:1, tap targets ≥ 60 px.
  const report = await measureElder(page, 18, 60);
  expect(report.measuredText).toBeGreaterThan(10);
  expect(report.measuredTargets).toBeGreaterThan(3);
  expect(report.smallText).toEqual([]);
  expect(report.tightLines).toEqual([]);
  expect(report.lowContrast).toEqual([]);
  expect(report.smallTargets).toEqual([]);
  await screenshot(page, 'policy-calculator-elder');
});

test('完善企业信息: the unit is 万元, a figure that looks like 元 is questioned before saving, 成立日期 is picked up to today', async () => {
  const page = await openAs(ZHAO, '/packages/enterprise/pages/profile/index?code=91440304MA5F3XKQ87');
  const shown = page.locator('.taro_page_show');
  await shown.getByText('企业规模（自动计算）').first().waitFor();
  const revenue = shown.getByLabel('上年度营业收入（万元）', { exact: true });
  await revenue.waitFor();

  // The founding-date wheel ends today: its year column runs from 1900 to this year.
  await shown.getByRole('button', { name: '成立日期', exact: true }).tap();
  // The open picker's sheet (its overlay has no box of its own, so the sheet is what shows).
  const overlay = page.locator('.weui-picker:visible');
  await overlay.waitFor();
  const years = (await overlay.locator('.weui-picker__group').first().locator('.weui-picker__item').allTextContents()).map((t) => t.trim()).filter(Boolean);
  expect(years[0]).toBe('1900年');
  expect(years.at(-1)).toBe(`${new Date().getFullYear()}年`);
  await overlay.locator('.weui-picker__action', { hasText: '取消' }).tap();
  await overlay.waitFor({ state: 'hidden' });

  let saves = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && (request.postData() ?? '').includes('enterprises.upsertProfile')) saves += 1;
  });
  await shown.getByLabel('从业人数（人）', { exact: true }).fill('18');
  await revenue.fill('5600000');
  await shown.getByRole('button', { name: '保存企业信息' }).tap();
  const question = shown.getByRole('alert', { name: '请确认营业收入' });
  await question.waitFor();
  expect(await question.innerText()).toContain('您填写的上年度营业收入是 5600000 万元，即 560 亿元，确认无误吗？');
  await expectNoSeriousA11yIssues(page);
  await screenshot(page, 'policy-profile-revenue-question');
  expect(saves).toBe(0);

  await shown.getByRole('button', { name: '我改一下' }).tap();
  await revenue.fill('560');
  await shown.getByRole('button', { name: '保存企业信息' }).tap();
  await shown.getByText(/^已保存/).waitFor();
  expect(saves).toBe(1);
});
