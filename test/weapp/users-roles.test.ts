/**
 * 用户与角色 in the weapp build, against the real local CloudBase: the administrator searches, the result shows a
 * person's roles and department in words, choosing them opens the role choices with the city's departments in a
 * picker, and a save without a reason is stopped with a plain message. Nothing is changed, so other files' data stays.
 */
import { DEPARTMENTS } from '@shared/departments';
import { actAs, clearCalls, openPage, wxAttributes, type PageHandle } from './support/miniapp';
import { wechat } from './support/wechat';

const ROUTE = 'packages/staff/pages/users/index';
const open: PageHandle[] = [];

beforeAll(() => {
  const url = process.env.WEAPP_CLOUD_URL;
  if (!url) throw new Error('WEAPP_CLOUD_URL is not set: the weapp project starts the local CloudBase in its globalSetup');
  wechat().cloudUrl = url;
});

beforeEach(() => clearCalls());

afterEach(() => {
  while (open.length) open.pop()!.close();
});

test('the administrator finds 钱税务 and sees his roles as choices and 税务局 in the department picker', async () => {
  actAs('demo-admin');
  const page = await openPage(ROUTE);
  open.push(page);
  await page.waitForText('调整记录');
  expect(page.text()).toContain('查找用户');

  await page.input('姓名或手机号', '钱税务');
  await page.tap({ text: '搜索' });
  await page.waitForText('角色：部门工作人员（税务局）');
  expect(wechat().cloudCalls).toContainEqual(expect.objectContaining({ name: 'account', data: expect.objectContaining({ action: 'users.find', payload: { query: '钱税务' } }) }));

  await page.tap({ text: '调整钱税务的角色' });
  await page.waitForText('可以同时有几个角色');
  const roles = page.find({ label: '角色（可多选）' });
  expect(roles && wxAttributes(roles)['aria-role']).toBe('group');
  const departments = Object.values(DEPARTMENTS);
  expect(wxAttributes(page.picker('所属部门'))).toMatchObject({ mode: 'selector', range: departments, value: departments.indexOf('税务局') });

  await page.tap({ text: '保存' });
  await page.waitForText('请写明调整原因，例如入职、调岗、离职');
  expect(wechat().cloudCalls.filter((c) => (c.data as { action?: string }).action === 'users.setRoles')).toEqual([]);
});

test('a department staff member is told the page is only for administrators', async () => {
  actAs('demo-staff-samr-1');
  const page = await openPage(ROUTE);
  open.push(page);
  await page.waitForText('用户与角色只给系统管理员使用');
});
