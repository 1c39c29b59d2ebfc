/**
 * The weapp build, run in WeChat's component framework against the real local CloudBase: every page
 * renders its data, taps do what they say, and nothing logs a runtime error (fail-on-errors.ts).
 */
import { actAs, clearCalls, follow, launchApp, navigations, openPage, wxAttributes, type PageHandle } from './support/miniapp';
import { wechat } from './support/wechat';

const open: PageHandle[] = [];

async function visit(route: string, query?: Record<string, string>): Promise<PageHandle> {
  const page = await openPage(route, query);
  open.push(page);
  return page;
}

beforeAll(() => {
  // Started by support/global-setup.ts.
  const url = process.env.WEAPP_CLOUD_URL;
  if (!url) throw new Error('WEAPP_CLOUD_URL is not set: the weapp project starts the local CloudBase in its globalSetup');
  wechat().cloudUrl = url;
});

beforeEach(() => {
  clearCalls();
  actAs('demo-citizen-wang');
});

afterEach(() => {
  while (open.length) open.pop()!.close();
});

test('launch binds wx.cloud to the configured CloudBase environment', async () => {
  await launchApp();
  expect(wechat().cloudInit).toEqual({ env: 'local-env', traceUser: true });
});

describe('首页', () => {
  test('shows the search box, the four services and the first-batch 一件事 grouped 个人/企业, from themes.list', async () => {
    const page = await visit('pages/index/index');
    await page.waitForText('王小明，您好');
    await page.waitForText('新生儿出生');
    const text = page.text();
    for (const service of ['一件事一次办', '帮办代办', '惠企政策', '好差评']) expect(text).toContain(service);
    expect(text).toContain('高效办成一件事');
    expect(text).toContain('个人办事');
    expect(text).toContain('企业办事');
    for (const item of ['新生儿出生', '退休', '身后', '开办餐饮店', '水电气网联合报装']) expect(text).toContain(item);
    // Open now: no 即将开通, and each tile says how much it bundles and how long it takes.
    expect(text).not.toContain('即将开通');
    expect(text).toContain('7 件事一起办 · 承诺 5 个工作日');
    expect(wechat().cloudCalls).toContainEqual(expect.objectContaining({ name: 'onething', data: expect.objectContaining({ action: 'themes.list' }) }));
    // Labels reach the WXML (config/plugins/weapp-a11y.js), so WeChat's screen reader can read them.
    const search = page.find({ label: '搜索要办的事' });
    expect(search?.tagName).toBe('WX-INPUT');
    const personal = page.find({ label: '个人办事' });
    expect(personal && wxAttributes(personal)['aria-role']).toBe('list');
  });

  test('tapping an item opens its theme page, which tells what it bundles', async () => {
    const page = await visit('pages/index/index');
    await page.waitForText('新生儿出生');
    await page.tap({ text: '新生儿出生' });
    const calls = navigations();
    expect(calls).toHaveLength(1);
    expect(calls[0].api).toBe('navigateTo');
    expect(String(calls[0].options.url)).toBe('/pages/onething/theme/index?themeId=newborn');

    const theme = await follow(calls[0]);
    open.push(theme);
    await theme.waitForText('出生登记（上户口）');
    expect(theme.text()).toContain('开始办理');
  });

  test('惠企政策 opens the enterprise subpackage', async () => {
    const page = await visit('pages/index/index');
    await page.waitForText('惠企政策');
    await page.tap({ text: '惠企政策' });
    expect(navigations()).toEqual([{ api: 'navigateTo', options: { url: '/packages/enterprise/pages/index/index' } }]);
  });

  test('typing in the search box asks themes.list and shows the matches with what matched', async () => {
    const page = await visit('pages/index/index');
    await page.waitForText('新生儿出生');
    await page.input('搜索要办的事', '上户口');
    await page.waitForText('1 项');
    expect(page.text()).toContain('搜索结果');
    expect(page.text()).toContain('新生儿出生');
    expect(page.text()).toContain('上户口');
    expect(page.text()).not.toContain('开办餐饮店');
    await page.input('搜索要办的事', '火星移民');
    await page.waitForText('没有找到“火星移民”相关的事');
  });
});

describe('我的', () => {
  test('shows who I am, fetched from the local CloudBase through wx.cloud.callFunction', async () => {
    const page = await visit('pages/me/index');
    await page.waitForText('王小明');
    expect(page.text()).toContain('群众');
    expect(page.text()).not.toContain('我的工作台');
    expect(wechat().cloudCalls).toContainEqual(
      expect.objectContaining({ name: 'account', openid: 'demo-citizen-wang', status: 200, data: expect.objectContaining({ action: 'whoami' }) }),
    );
    // Weapp never shows the H5 demo-persona switcher.
    expect(page.text()).not.toContain('演示身份');
  });

  test('tapping 我的办件 opens the list of my 一件事 cases', async () => {
    const page = await visit('pages/me/index');
    await page.waitForText('我的办件');
    await page.tap({ text: '我的办件' });
    expect(navigations()).toEqual([{ api: 'navigateTo', options: { url: '/pages/onething/cases/index' } }]);
  });

  test('a helper sees the 帮办工作台 entry, and it leads to the helper subpackage', async () => {
    actAs('demo-helper-chen');
    const page = await visit('pages/me/index');
    await page.waitForText('陈帮办');
    expect(page.text()).toContain('帮办员');
    await page.tap({ text: '帮办工作台' });
    expect(navigations()).toEqual([{ api: 'navigateTo', options: { url: '/packages/helper/pages/index/index' } }]);
  });

  test('a staff member sees the department', async () => {
    actAs('demo-staff-samr-1');
    const page = await visit('pages/me/index');
    await page.waitForText('郑审批');
    expect(page.text()).toContain('部门工作人员');
    expect(page.text()).toContain('市场监督管理局');
  });

  test('without a WeChat identity the page says so, and 重试 loads once there is one', async () => {
    actAs(null);
    const page = await visit('pages/me/index');
    await page.waitForText('没有加载出来');
    expect(page.text()).toContain('重试');
    actAs('demo-citizen-wang');
    await page.tap({ text: '重试' });
    await page.waitForText('王小明');
  });
});

describe('subpackages', () => {
  test('企业服务 lists the enterprises the user represents', async () => {
    actAs('demo-enterprise-zhao');
    const page = await visit('packages/enterprise/pages/index/index');
    await page.waitForText('赵记餐饮');
    expect(page.text()).toContain('法定代表人');
    expect(page.text()).toContain('惠企政策');
  });

  test('企业服务 tells a citizen without an enterprise what to do', async () => {
    const page = await visit('packages/enterprise/pages/index/index');
    await page.waitForText('暂时不能使用');
    expect(page.text()).toContain('还没有绑定企业');
  });

  test('帮办工作台 shows a helper their entries', async () => {
    actAs('demo-helper-liu');
    const page = await visit('packages/helper/pages/index/index');
    await page.waitForText('待接的服务单');
    expect(page.text()).toContain('上门服务日程');
  });

  test('工作台 shows each role its own sections', async () => {
    actAs('demo-staff-gov-1');
    const page = await visit('packages/staff/pages/index/index');
    await page.waitForText('部门审批');
    expect(page.text()).toContain('帮办调度');
    expect(page.text()).toContain('政务服务数据管理局');
    expect(page.text()).not.toContain('系统管理');
    page.close();
    open.pop();

    actAs('demo-admin');
    const admin = await visit('packages/staff/pages/index/index');
    await admin.waitForText('系统管理');
    expect(admin.text()).not.toContain('部门审批');
  });

  test('工作台 turns a citizen away in plain words', async () => {
    const page = await visit('packages/staff/pages/index/index');
    await page.waitForText('暂时不能使用');
    await page.tap({ text: '返回' });
    // Opened directly (no page below it): back means home.
    expect(navigations()).toEqual([{ api: 'switchTab', options: { url: '/pages/index/index' } }]);
  });
});
