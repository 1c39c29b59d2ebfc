/**
 * Issue 11 in Chromium: 李秀英 tries to bind 赵记餐饮 as its legal representative — her identity does not match the
 * market register, so it becomes a binding request she can follow; 市场监管 refuses it with a reason she then reads.
 * 赵建国 authorises 王小明 as 经办人 with a one-time code on 经办人授权; 王小明 redeems it on 绑定企业; 赵建国
 * sees him listed with scope and expiry and removes him.
 */
import type { Page } from 'playwright-core';
import { api } from '@shared/contracts';
import { callAs } from '../support/client-call';
import { startLocalCloud, type LocalCloud } from './support/backend';
import { expectNoSeriousA11yIssues, PhoneBrowser, screenshot, visibleText, type OpenedPage } from './support/browser';

const ZHAO = 'demo-enterprise-zhao';
const LI = 'demo-citizen-li';
const WANG = 'demo-citizen-wang';
const SAMR = 'demo-staff-samr-1';
const ZHAO_CO = { code: '91440304MA5F3XKQ87', name: '深圳市福田区赵记餐饮有限公司' };
const AGENT_SCOPE_PROFILE = '修改企业档案';

let cloud: LocalCloud;
let browser: PhoneBrowser;
let opened: OpenedPage[] = [];

async function openAs(persona: string, route?: string): Promise<Page> {
  const tab = await browser.openAs(persona, route);
  opened.push(tab);
  return tab.page;
}

const shown = (page: Page) => page.locator('.taro_page_show').last();

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

test('a bind that the register cannot confirm becomes a request; 市场监管 refuses it with a reason the requester reads', async () => {
  const page = await openAs(LI, '/packages/enterprise/pages/bind/index');
  await page.getByRole('heading', { name: '绑定企业' }).waitFor();
  await page.getByRole('textbox', { name: '统一社会信用代码' }).fill(ZHAO_CO.code);
  await page.getByRole('textbox', { name: '企业名称' }).fill(ZHAO_CO.name);
  await page.getByText('营业执照上登记的法定代表人').tap();
  await page.getByRole('button', { name: '确认绑定' }).tap();
  await page.getByText(`已提交绑定申请：${ZHAO_CO.name}`).waitFor();
  expect(await visibleText(page)).toContain('审核通过前，您还不能查看或办理这家企业的事项');
  await expectNoSeriousA11yIssues(page);
  await screenshot(page, 'binding-requested');

  await page.getByRole('button', { name: '查看我的绑定申请' }).tap();
  await shown(page).getByRole('heading', { name: '我的绑定申请' }).waitFor();
  await shown(page).getByText('待审核').first().waitFor();
  await expectNoSeriousA11yIssues(page);

  const staff = await openAs(SAMR, '/packages/staff/pages/index/index');
  await staff.getByRole('link', { name: /^企业绑定审核/ }).tap();
  await shown(staff).getByRole('heading', { name: '企业绑定审核' }).waitFor();
  await shown(staff).getByText('申请人：李**（申请成为法定代表人）').waitFor();
  await expectNoSeriousA11yIssues(staff);
  await shown(staff).getByRole('textbox', { name: `审核意见（${ZHAO_CO.name}）` }).fill('营业执照登记的法定代表人不是您');
  await shown(staff).getByRole('button', { name: '不通过' }).tap();
  await shown(staff).getByText('未通过的原因：营业执照登记的法定代表人不是您').waitFor();
  await screenshot(staff, 'binding-refused-staff');

  const again = await openAs(LI, '/packages/enterprise/pages/requests/index');
  await again.getByText('未通过的原因：营业执照登记的法定代表人不是您').waitFor();
  expect(await visibleText(again)).toContain('未通过');
  expect(await again.getByRole('button', { name: '撤回申请' }).count()).toBe(0);
});

test('经办人授权: the legal representative authorises an agent by a one-time code, sees him listed, and removes him', async () => {
  await callAs(cloud.url, WANG, api.account['profile.update'], { realName: '王小明', idNumber: '440304199203151015' });
  const page = await openAs(ZHAO, '/packages/enterprise/pages/index/index');
  const entry = page.getByRole('link', { name: /^经办人授权/ });
  await entry.waitFor();
  expect(await entry.textContent()).not.toContain('即将开通');
  await entry.tap();
  const members = shown(page);
  await members.getByRole('heading', { name: '经办人授权' }).waitFor();
  await members.getByText('赵建国（我）').waitFor();
  await members.getByRole('textbox', { name: '经办人姓名' }).fill('王小明');
  await members.getByRole('button', { name: AGENT_SCOPE_PROFILE }).tap();
  await members.getByRole('button', { name: '生成授权码' }).tap();
  const codeLine = members.getByText(/^授权码：[2-9A-Z]{8}$/);
  await codeLine.waitFor();
  const code = (await codeLine.textContent())!.replace('授权码：', '').trim();
  await expectNoSeriousA11yIssues(page);
  await screenshot(page, 'enterprise-members-code');

  const agent = await openAs(WANG, '/packages/enterprise/pages/bind/index');
  await agent.getByText('经法定代表人授权代表企业办事', { exact: false }).tap();
  await agent.getByRole('textbox', { name: '授权码' }).fill(code.toLowerCase());
  await agent.getByRole('button', { name: '确认绑定' }).tap();
  await agent.getByText(`已绑定：${ZHAO_CO.name}`).waitFor();
  expect(await visibleText(agent)).toContain('您是该企业的授权经办人');

  const list = await openAs(ZHAO, '/packages/enterprise/pages/members/index');
  await list.getByText('王小明').first().waitFor();
  const text = await visibleText(list);
  expect(text).toContain('授权经办人');
  expect(text).toMatch(/授权到 \d{4}年\d+月\d+日/);
  await list.getByRole('button', { name: '解除王小明的绑定' }).tap();
  await list.getByRole('button', { name: '解除王小明的绑定' }).waitFor({ state: 'detached' });
  expect(await visibleText(list)).not.toContain('王小明');
});
