/**
 * Issue 3's pages in WeChat's component framework against the real local CloudBase: each renders (no
 * "Template … not found"), the consent gate blocks until granted, and a complaint goes through end to end.
 */
import { actAs, clearCalls, navigations, openPage, wxAttributes, type PageHandle } from './support/miniapp';
import { wechat } from './support/wechat';

const open: PageHandle[] = [];

async function visit(route: string, query?: Record<string, string>): Promise<PageHandle> {
  const page = await openPage(route, query);
  open.push(page);
  return page;
}

beforeAll(() => {
  const url = process.env.WEAPP_CLOUD_URL;
  if (!url) throw new Error('WEAPP_CLOUD_URL is not set');
  wechat().cloudUrl = url;
});

beforeEach(() => {
  clearCalls();
  actAs('demo-citizen-wang');
});

afterEach(() => {
  while (open.length) open.pop()!.close();
});

describe('every issue-3 page renders in the weapp runtime', () => {
  // Always four values per row: jest gives a shorter row's test a `done` callback instead.
  const pages: [string, string, string, Record<string, string>][] = [
    ['pages/privacy/index', 'demo-citizen-wang', '敏感信息会单独问您', {}],
    ['packages/account/pages/consents/index', 'demo-citizen-wang', '用户隐私保护指引', {}],
    ['packages/account/pages/profile/index', 'demo-citizen-wang', '这一步需要您单独同意：证件照片', {}],
    ['packages/account/pages/data/index', 'demo-citizen-wang', '生成时间', {}],
    ['packages/feedback/pages/new/index', 'demo-citizen-wang', '投诉建议', { page: 'pages/me/index' }],
    ['packages/feedback/pages/result/index', 'demo-citizen-wang', 'JY20261123-ABCDE', { number: 'JY20261123-ABCDE', due: '2026-12-07', department: '市场监督管理局' }],
    ['packages/feedback/pages/mine/index', 'demo-citizen-wang', '我的投诉建议', {}],
    ['packages/feedback/pages/detail/index', 'demo-citizen-wang', '没有找到这条投诉建议', { id: 'none' }],
    ['packages/staff/pages/feedback/index', 'demo-staff-samr-1', '市场监督管理局', {}],
  ];
  test.each(pages)('%s', async (route, persona, expected, query) => {
    actAs(persona);
    const page = await visit(route, query);
    await page.waitForText(expected);
    // The 投诉建议 footer and the privacy notice are part of every page's frame.
    if (!route.startsWith('packages/feedback/')) expect(page.text()).toContain('投诉建议');
  });
});

test('我的 has the 关怀模式 switch; tapping it switches the page root to elder mode and says so', async () => {
  const page = await visit('pages/me/index');
  await page.waitForText('关怀模式');
  expect(page.text()).toContain('已关闭');
  expect(page.dom.querySelector('.page--ui-root--elder')).toBeNull();
  await page.tap({ text: '已关闭' });
  await page.waitForText('已开启');
  expect(page.dom.querySelector('.page--ui-root--elder')).not.toBeNull();
  expect(wechat().storage.get('ui.elderMode')).toBe('on');
  await page.tap({ text: '已开启' });
  await page.waitForText('已关闭');
  expect(wechat().storage.get('ui.elderMode')).toBe('off');
});

test('the first-use privacy notice asks before anything else and is recorded by consents.grant', async () => {
  wechat().storage.delete('privacy.noticeVersion');
  actAs('demo-helper-liu');
  const page = await visit('pages/index/index');
  await page.waitForText('使用前请阅读《用户隐私保护指引》');
  await page.tap({ text: '同意并继续' });
  await page.waitFor(() => !page.text().includes('使用前请阅读'), 'the notice to close');
  expect(wechat().cloudCalls).toContainEqual(
    expect.objectContaining({ openid: 'demo-helper-liu', data: expect.objectContaining({ action: 'consents.grant' }) }),
  );
});

test('a complaint from 企业服务 is submitted and the result page opens with its number', async () => {
  actAs('demo-citizen-li');
  const page = await visit('packages/feedback/pages/new/index', { page: 'packages/enterprise/pages/index/index' });
  await page.waitForText(/同意，继续/);
  await page.tap({ text: '同意，继续' });
  await page.waitForText('反映的页面：企业服务');
  await page.tap({ text: '提交' });
  await page.waitForText('请先改好下面 3 处');
  const textarea = page.find({ label: '发生了什么' });
  expect(textarea?.tagName).toBe('WX-TEXTAREA');
  expect(wxAttributes(textarea!)['aria-label']).toBe('发生了什么');
  await page.tap({ text: '怎样能更方便、更好用' });
  await page.input('发生了什么', '希望企业服务页面加上营业执照变更的入口。');
  await page.tap({ text: '不用联系我' });
  clearCalls();
  await page.tap({ text: '提交' });
  await page.waitFor(() => navigations().length > 0, 'navigation to the result page');
  const url = String(navigations()[0].options.url);
  expect(url).toMatch(/^\/packages\/feedback\/pages\/result\/index\?id=/);
  expect(decodeURIComponent(url)).toContain('市场监督管理局');
});
