/**
 * 帮办代办 end to end in Chromium against the local CloudBase: 李秀英 asks for 上门 help, 刘帮办 accepts it and
 * takes it to 办结, and 李秀英 sees every step on her timeline. Every page is checked with axe on the way.
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

/** The id in the hash route of the page now shown (…/detail/index?id=…). */
function idFromUrl(page: Page): string {
  const match = /[?&]id=([^&#]+)/.exec(page.url());
  if (!match) throw new Error(`no id in ${page.url()}`);
  return decodeURIComponent(match[1]);
}

test('上门: the citizen asks, a helper accepts and completes, the citizen sees every step', async () => {
  // 1. 李秀英 opens 帮办代办 from the home page and fills the form (first with nothing: the error summary).
  const citizen = await openAs('demo-citizen-li');
  await citizen.getByRole('link', { name: /^帮办代办/ }).tap();
  await citizen.getByRole('heading', { name: '帮办代办' }).waitFor();
  await expectNoSeriousA11yIssues(citizen);
  await screenshot(citizen, 'help-mine-empty');
  await citizen.getByRole('button', { name: '申请帮办' }).tap();
  await citizen.getByRole('heading', { name: '申请帮办代办' }).waitFor();
  await citizen.getByRole('button', { name: '福田区' }).waitFor();
  await citizen.getByRole('button', { name: '提交申请' }).tap();
  const summary = citizen.getByRole('alert').filter({ hasText: '请先改好下面' });
  await summary.waitFor();
  expect(await summary.innerText()).toContain('请选择您需要哪种帮助');
  await screenshot(citizen, 'help-new-errors');
  await expectNoSeriousA11yIssues(citizen);

  await citizen.getByRole('button', { name: /^上门：请人到家里来/ }).tap();
  await citizen.getByLabel('要办的事', { exact: true }).fill('办理退休，领养老金');
  await citizen.getByRole('button', { name: '福田区' }).tap();
  await citizen.getByText('已选：福田区').waitFor();
  await citizen.getByLabel('详细地址（上门必填）').fill('园岭街道百花二路8号3栋502');
  await citizen.getByLabel('联系人姓名').fill('李秀英');
  await citizen.getByLabel('手机号码', { exact: true }).fill('13800138000');
  await expectNoSeriousA11yIssues(citizen);
  await screenshot(citizen, 'help-new-filled');
  await citizen.getByRole('button', { name: '提交申请' }).tap();
  await citizen.getByRole('heading', { name: '帮办进度' }).waitFor();
  await citizen.getByText('等待帮办员接单').first().waitFor();
  const id = idFromUrl(citizen);
  await expectNoSeriousA11yIssues(citizen);
  await screenshot(citizen, 'help-detail-waiting');

  // 2. 刘帮办 (福田区, 上门) finds it among the open requests, masked, and accepts it.
  const helper = await openAs('demo-helper-liu', '/packages/helper/pages/requests/index');
  await helper.getByRole('heading', { name: '可接的单' }).waitFor();
  const card = helper.getByRole('link', { name: /办理退休/ }).first();
  await card.waitFor();
  expect(await card.innerText()).not.toContain('13800138000');
  await expectNoSeriousA11yIssues(helper);
  await screenshot(helper, 'helper-requests');
  await card.tap();
  await helper.getByRole('heading', { name: '服务单' }).waitFor();
  await helper.getByText('接单后才能看到完整的电话和地址。').waitFor();
  await expectNoSeriousA11yIssues(helper);
  await helper.getByRole('button', { name: '接单', exact: true }).tap();
  await helper.getByText('13800138000').waitFor();
  await helper.getByRole('button', { name: '出发上门' }).tap();
  await helper.getByRole('button', { name: '开始办理' }).waitFor();
  await helper.getByRole('button', { name: '开始办理' }).tap();
  await helper.getByRole('button', { name: '办结', exact: true }).waitFor();
  await expectNoSeriousA11yIssues(helper);
  await helper.getByRole('button', { name: '办结', exact: true }).tap();
  await helper.getByLabel('办结的说明').fill('已帮助提交退休申请材料');
  await helper.getByRole('button', { name: '确认办结' }).tap();
  await helper.getByRole('status').filter({ hasText: '已办结' }).first().waitFor();
  await screenshot(helper, 'helper-request-completed');
  await expectNoSeriousA11yIssues(helper);

  // 3. 李秀英 sees every step with who did it.
  const back = await openAs('demo-citizen-li', `/pages/help/detail/index?id=${encodeURIComponent(id)}`);
  await back.getByRole('heading', { name: '帮办进度' }).waitFor();
  const timeline = back.getByRole('list', { name: '办理进度' });
  await timeline.waitFor();
  const steps = await timeline.innerText();
  for (const step of ['接单', '出发上门', '开始办理', '办结']) expect(steps).toContain(step);
  expect(steps).toContain('已帮助提交退休申请材料');
  expect(steps).toContain('帮办员');
  expect(await visibleText(back)).toContain('已办结');
  await screenshot(back, 'help-detail-completed');
  await expectNoSeriousA11yIssues(back);

  // 4. The coordinator records the 回访 on it; the requester's timeline shows that too.
  const desk = await openAs('demo-coordinator', `/packages/staff/pages/help-desk/request?id=${encodeURIComponent(id)}`);
  await desk.getByRole('heading', { name: '记录回访' }).waitFor();
  await expectNoSeriousA11yIssues(desk);
  await desk.getByRole('button', { name: '联系上了' }).tap();
  await desk.getByRole('button', { name: '满意', exact: true }).tap();
  await desk.getByLabel('回访情况').fill('李阿姨说帮办员很耐心');
  await desk.getByRole('button', { name: '保存回访' }).tap();
  await desk.getByRole('status').filter({ hasText: '回访已记录' }).waitFor();
  await screenshot(desk, 'help-desk-request-callback');
  await expectNoSeriousA11yIssues(desk);
});

test('代办: the citizen signs the 委托书, the helper accepts, suspends with a reason and resumes', async () => {
  const citizen = await openAs('demo-citizen-wang', '/pages/help/new/index');
  await citizen.getByRole('button', { name: '福田区' }).waitFor();
  await citizen.getByRole('button', { name: /^代办：请人替我办/ }).tap();
  await citizen.getByLabel('要办的事', { exact: true }).fill('帮我办理营业执照变更');
  await citizen.getByRole('button', { name: '福田区' }).tap();
  await citizen.getByText('已选：福田区').waitFor();
  await citizen.getByLabel('联系人姓名').fill('王小明');
  await citizen.getByLabel('手机号码', { exact: true }).fill('13900139001');
  await citizen.getByLabel('委托办理的事项').fill('营业执照变更登记');
  await expectNoSeriousA11yIssues(citizen);
  await citizen.getByRole('button', { name: '提交申请' }).tap();
  await citizen.getByRole('heading', { name: '签署代办委托书' }).waitFor();
  // The heading renders before the request arrives; wait for the 委托书 itself.
  await citizen.getByText('委托事项：营业执照变更登记').waitFor();
  expect(await visibleText(citizen)).toContain('委托人：王小明');
  await citizen.getByRole('button', { name: '确认签署' }).tap();
  await citizen.getByRole('alert').filter({ hasText: '我已阅读并同意' }).waitFor();
  await screenshot(citizen, 'help-authorize');
  await expectNoSeriousA11yIssues(citizen);
  await citizen.getByRole('button', { name: /^我已阅读并同意/ }).tap();
  await citizen.getByRole('button', { name: '确认签署' }).tap();
  await citizen.getByRole('heading', { name: '帮办进度' }).waitFor();
  await citizen.getByText(/^已于 .* 签署/).waitFor();
  const id = idFromUrl(citizen);

  const helper = await openAs('demo-helper-chen', `/packages/helper/pages/request/index?id=${encodeURIComponent(id)}`);
  await helper.getByRole('button', { name: '接单', exact: true }).tap();
  await helper.getByText('13900139001').waitFor();
  await helper.getByRole('button', { name: '开始办理' }).tap();
  await helper.getByRole('button', { name: '中止', exact: true }).tap();
  await helper.getByLabel('中止的原因').fill('缺少股东会决议，等申请人补交');
  await helper.getByRole('button', { name: '确认中止' }).tap();
  await helper.getByRole('button', { name: '续办' }).tap();
  await helper.getByRole('button', { name: '办结', exact: true }).waitFor();
  const steps = await helper.getByRole('list', { name: '办理进度' }).innerText();
  expect(steps).toContain('原因：缺少股东会决议，等申请人补交');
  await screenshot(helper, 'helper-request-resumed');
  await expectNoSeriousA11yIssues(helper);
});

test('the coordinator desk and helper list render and pass axe', async () => {
  const desk = await openAs('demo-coordinator', '/packages/staff/pages/help-desk/index');
  await desk.getByRole('heading', { name: '帮办调度台' }).waitFor();
  await desk.getByRole('button', { name: /^超时和逾期/ }).waitFor();
  await desk.getByRole('button', { name: /^全部/ }).tap();
  await desk.getByRole('heading', { name: '全部' }).waitFor();
  await screenshot(desk, 'help-desk');
  await expectNoSeriousA11yIssues(desk);
  await desk.getByRole('button', { name: '帮办员名单' }).tap();
  await desk.getByRole('heading', { name: '帮办员名单' }).waitFor();
  await desk.getByText(/刘/).first().waitFor();
  await screenshot(desk, 'help-desk-helpers');
  await expectNoSeriousA11yIssues(desk);
});
