/**
 * 帮办代办 pages in WeChat's component framework against the local CloudBase: every page renders (no missing
 * template), the request form reacts to taps and typing and submits, and each role's lists show their requests.
 */
import { actAs, clearCalls, follow, navigations, openPage, type PageHandle } from './support/miniapp';
import { wechat } from './support/wechat';

const open: PageHandle[] = [];

async function visit(route: string, query?: Record<string, string>): Promise<PageHandle> {
  const page = await openPage(route, query);
  open.push(page);
  return page;
}

beforeAll(() => {
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

let createdId: string | null = null;

/** Taps the element whose whole text is `text` (a button whose word also appears inside longer texts). */
async function tapExactly(page: PageHandle, text: string): Promise<void> {
  // Innermost of the elements reading exactly `text`: the tap bubbles up to the button's handler.
  const el = Array.from(page.dom.querySelectorAll('*'))
    .filter((node) => (node.textContent ?? '').trim() === text)
    .pop();
  if (!el) throw new Error(`no element reads exactly ${text}`);
  (page as unknown as { dispatch(el: Element, type: string, detail: Record<string, unknown>): void }).dispatch(el, 'tap', { x: 0, y: 0 });
  await new Promise((resolve) => setTimeout(resolve, 30));
}

test('the request form shows its errors, reacts to taps and typing, and submits', async () => {
  const page = await visit('pages/help/new/index');
  await page.waitForText('福田区');
  await page.tap({ text: '提交申请' });
  await page.waitForText('请先改好下面 2 处');
  expect(page.text()).toContain('请选择您需要哪种帮助');

  await page.tap({ text: '上门：请人到家里来' });
  await page.waitForText('详细地址（上门必填）');
  await page.input('要办的事', '办理新生儿出生落户');
  await page.tap({ text: '福田区' });
  await page.waitForText('已选：福田区');
  await page.input('详细地址（上门必填）', '福华路88号2栋1201');
  await page.input('联系人姓名', '王小明');
  await page.input('手机号码', '13900139000');
  clearCalls();
  await page.tap({ text: '提交申请' });
  await page.waitFor(() => navigations().length > 0, 'the redirect to the new request');
  const [call] = navigations();
  expect(call.api).toBe('redirectTo');
  expect(String(call.options.url)).toMatch(/^\/pages\/help\/detail\/index\?id=/);
  createdId = decodeURIComponent(String(call.options.url).split('id=')[1]);

  const detail = await follow(call);
  open.push(detail);
  await detail.waitForText('等待帮办员接单');
  expect(detail.text()).toContain('办理进度');
  expect(detail.text()).toContain('撤销申请');
});

test('我的帮办 lists the request and links to it', async () => {
  const page = await visit('pages/help/mine/index');
  await page.waitForText('办理新生儿出生落户');
  // One page holds them all, and the list says so rather than just stopping.
  expect(page.text()).toMatch(/已全部显示，共 \d+ 条/);
  await page.tap({ text: '办理新生儿出生落户' });
  expect(String(navigations()[0]?.options.url)).toMatch(/^\/pages\/help\/detail\/index\?id=/);
});

test('the 委托书 page explains itself for a request that is not 代办', async () => {
  const page = await visit('pages/help/authorize/index', { id: createdId ?? 'missing' });
  await page.waitForText('不需要签署委托书');
});

test('a helper sees the request masked among the open ones, and its page', async () => {
  actAs('demo-helper-liu');
  const list = await visit('packages/helper/pages/requests/index');
  await list.waitForText('可接的单');
  await list.waitForText('办理新生儿出生落户');
  expect(list.text()).not.toContain('13900139000');
  const detail = await visit('packages/helper/pages/request/index', { id: createdId ?? 'missing' });
  await detail.waitForText('接单后才能看到完整的电话和地址');
  expect(detail.text()).toContain('接单');
});

test('the coordinator desk, a request on it and the helper list render', async () => {
  actAs('demo-coordinator');
  const desk = await visit('packages/staff/pages/help-desk/index');
  await desk.waitForText('超时和逾期');
  await desk.tap({ text: '全部' });
  await desk.waitForText('办理新生儿出生落户');
  const request = await visit('packages/staff/pages/help-desk/request', { id: createdId ?? 'missing' });
  await request.waitForText('派单');
  await request.waitForText('刘');
  const helpers = await visit('packages/staff/pages/help-desk/helpers');
  await helpers.waitForText('暂停');
});

test('accepting from a stale page shows the CONFLICT message in words and refreshes', async () => {
  actAs('demo-helper-liu');
  const first = await visit('packages/helper/pages/request/index', { id: createdId ?? 'missing' });
  const stale = await visit('packages/helper/pages/request/index', { id: createdId ?? 'missing' });
  await first.waitForText('接单后才能看到完整的电话和地址');
  await stale.waitForText('接单后才能看到完整的电话和地址');
  await tapExactly(first, '接单');
  await first.waitForText('13900139000');
  await tapExactly(stale, '接单');
  await stale.waitForText('已被其他帮办员接单');
  // The stale page reloads: it now shows the request as the owner sees it.
  await stale.waitForText('13900139000');
});
