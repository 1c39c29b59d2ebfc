/**
 * 统一窗口出件 in Chromium: every department has approved 王小明's 新生儿出生 (set up through the client endpoint),
 * 陶政数 at the 综合窗口 opens 综合窗口出件 from the workbench, is told when the EMS number is malformed, posts the
 * result with a good one, and 王小明 reads on his case page that it was posted, with the number.
 */
import type { Page } from 'playwright-core';
import { clientCaller, completedNewbornCase, makeTaxStaffVia, WANG } from '../support/onething-scenes';
import { startLocalCloud, type LocalCloud } from './support/backend';
import { expectNoSeriousA11yIssues, PhoneBrowser, screenshot, visibleText, type OpenedPage } from './support/browser';

const WINDOW = 'demo-staff-gov-1';

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

test('综合窗口 posts a completed case by EMS; the citizen sees it was posted, with the number', async () => {
  const call = clientCaller(cloud.url);
  await makeTaxStaffVia(call);
  const done = await completedNewbornCase(call);

  const window = await openAs(WINDOW, '/packages/staff/pages/index/index');
  await window.getByText('综合窗口出件', { exact: true }).first().tap();
  const item = window.getByRole('group', { name: new RegExp(done.number) });
  await item.waitFor();
  const text = await visibleText(window);
  expect(text).toContain('EMS');
  // The applicant and the address are masked at the window.
  expect(text).toContain('王*');
  expect(text).not.toContain('13800138000');
  await expectNoSeriousA11yIssues(window);

  await item.getByLabel('EMS 邮件号').fill('EA12345CN');
  await item.getByText('寄出并通知申请人').tap();
  await window.getByText('EMS 邮件号应为 13 位，如 EA123456789CN。').waitFor();

  await item.getByLabel('EMS 邮件号').fill('EA123456789CN');
  await item.getByText('寄出并通知申请人').tap();
  await window.getByText('这一类现在没有办件。').waitFor();
  await window.getByRole('button', { name: /已出件/ }).tap();
  await window.getByText('EMS 邮件号：EA123456789CN').waitFor();
  await screenshot(window, 'onething-window-issued');

  const citizen = await openAs(WANG, `/pages/onething/case/index?id=${encodeURIComponent(done.id)}`);
  await citizen.getByText(/结果已通过 EMS 寄出/).waitFor();
  expect(await visibleText(citizen)).toContain('EMS 邮件号 EA123456789CN');
  await expectNoSeriousA11yIssues(citizen);
});
