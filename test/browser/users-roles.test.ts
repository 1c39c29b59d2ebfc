/**
 * 用户与角色 in Chromium against the local CloudBase: 姜管理 (demo-admin) opens it from the workbench, finds a new
 * colleague by the masked phone an administrator reads off a screen, makes her 部门工作人员 of 税务局 with a reason,
 * and sees the change at the top of the audit log; the colleague's own workbench then shows 税务局's work.
 */
import type { Page } from 'playwright-core';
import { api } from '@shared/contracts';
import { DEPARTMENTS } from '@shared/departments';
import { callAs } from '../support/client-call';
import { startLocalCloud, type LocalCloud } from './support/backend';
import { expectNoSeriousA11yIssues, PhoneBrowser, screenshot, type OpenedPage } from './support/browser';

const ADMIN = 'demo-admin';
const NEWCOMER = 'o-browser-users-newcomer';
let cloud: LocalCloud;
let browser: PhoneBrowser;
let opened: OpenedPage[] = [];

async function openAs(persona: string, route?: string): Promise<Page> {
  const tab = await browser.openAs(persona, route);
  opened.push(tab);
  return tab.page;
}

const shown = (page: Page) => page.locator('.taro_page_show').last();

/**
 * Turns the open picker's wheel to the option at `index` and confirms: drags the column up one line (34 px) per
 * option, a few lines at a time so the finger never leaves the wheel (leaving it ends the drag).
 */
async function pickInWheel(page: Page, label: string, index: number): Promise<void> {
  await shown(page).getByRole('button', { name: label, exact: true }).tap();
  const overlay = page.locator('.weui-picker:visible');
  await overlay.waitFor();
  // The sheet slides up: measure the wheel where it comes to rest.
  await page.waitForTimeout(500);
  const box = (await overlay.locator('.weui-picker__group').first().boundingBox())!;
  const x = box.x + box.width / 2;
  const bottom = box.y + box.height - 10;
  const lineHeight = 34;
  for (let left = index; left > 0; left -= 5) {
    const lines = Math.min(5, left);
    await page.mouse.move(x, bottom);
    await page.mouse.down();
    await page.mouse.move(x, bottom - lines * lineHeight, { steps: 6 });
    await page.mouse.up();
  }
  await overlay.locator('.weui-picker__action', { hasText: '确定' }).tap();
  await overlay.waitFor({ state: 'hidden' });
}

beforeAll(async () => {
  cloud = await startLocalCloud();
  browser = await PhoneBrowser.launch(cloud.url);
  // A new colleague who has opened the app and filled in her profile.
  await callAs(cloud.url, NEWCOMER, api.account['profile.update'], { realName: '柏晓雯', phone: '13912345678' });
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

test('the administrator finds a user by masked phone, makes her staff of 税务局 with a reason, and sees the audit entry', async () => {
  const page = await openAs(ADMIN, '/packages/staff/pages/index/index');
  const entry = page.getByRole('link', { name: /^用户与角色/ });
  await entry.waitFor();
  await entry.tap();
  const users = shown(page);
  await users.getByRole('heading', { name: '用户与角色' }).waitFor();
  await users.getByText('还没有调整过角色。').waitFor();

  // Nothing typed: one plain message, no call.
  await users.getByRole('button', { name: '搜索', exact: true }).tap();
  await users.getByText('请输入姓名或手机号').first().waitFor();

  await users.getByRole('textbox', { name: '姓名或手机号' }).fill('139****5678');
  await users.getByRole('button', { name: '搜索', exact: true }).tap();
  const card = users.getByRole('list', { name: '查找结果' }).getByRole('listitem').filter({ hasText: '柏晓雯' });
  await card.waitFor();
  expect(await card.innerText()).toContain('手机号：139****5678');
  expect(await card.innerText()).toContain('角色：群众/企业');
  await card.getByRole('button', { name: '调整柏晓雯的角色' }).tap();

  await users.getByRole('heading', { name: '调整柏晓雯的角色' }).waitFor();
  const roles = users.getByRole('group', { name: '角色（可多选）' });
  await roles.getByRole('button', { name: /^部门工作人员/ }).tap();
  await roles.getByRole('button', { name: /^群众\/企业/ }).tap();
  // Staff without a department or a save without a reason: said in words beside the field, nothing saved.
  await users.getByRole('button', { name: '保存', exact: true }).tap();
  await users.getByText('部门工作人员必须指定所属部门').waitFor();
  await users.getByText('请写明调整原因，例如入职、调岗、离职').waitFor();
  await screenshot(page, 'users-roles-errors');
  await expectNoSeriousA11yIssues(page);

  await pickInWheel(page, '所属部门', Object.keys(DEPARTMENTS).indexOf('tax'));
  await users.getByRole('button', { name: '所属部门', exact: true }).getByText('税务局').waitFor();
  await users.getByRole('textbox', { name: '调整原因' }).fill('新入职税务局窗口');
  await users.getByRole('button', { name: '保存', exact: true }).tap();
  await users.getByText('已保存：柏晓雯现在是部门工作人员（税务局）。').waitFor();

  const log = users.getByRole('list', { name: '调整记录' }).getByRole('listitem').first();
  await log.getByText('改为：部门工作人员（税务局）').waitFor();
  const text = await log.innerText();
  expect(text).toContain('柏晓雯');
  expect(text).toContain('原来：群众/企业');
  expect(text).toContain('原因：新入职税务局窗口');
  expect(text).toContain('由姜管理调整');
  await screenshot(page, 'users-roles-saved');

  // The colleague's own workbench is now 税务局's.
  const colleague = await openAs(NEWCOMER, '/packages/staff/pages/index/index');
  await colleague.getByText('税务局的办件').waitFor();
});

test('someone who is not an administrator is told the page is not for them', async () => {
  const page = await openAs('demo-staff-samr-1', '/packages/staff/pages/users/index');
  await page.getByText('用户与角色只给系统管理员使用。如需调整您的角色，请联系本单位管理员。').waitFor();
});
