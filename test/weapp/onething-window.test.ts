/**
 * 综合窗口出件 in WeChat's component framework against the local CloudBase: a case every department has approved
 * waits at the window; a malformed EMS number is refused in words; a good one posts it and it moves to 已出件.
 * Other departments are turned away in words.
 */
import { clientCaller, completedNewbornCase, makeTaxStaffVia } from '../support/onething-scenes';
import { actAs, clearCalls, openPage, type PageHandle } from './support/miniapp';
import { wechat } from './support/wechat';

const open: PageHandle[] = [];
const ROUTE = 'packages/staff/pages/onething-window/index';

async function visit(route: string): Promise<PageHandle> {
  const page = await openPage(route);
  open.push(page);
  return page;
}

beforeAll(() => {
  const url = process.env.WEAPP_CLOUD_URL;
  if (!url) throw new Error('WEAPP_CLOUD_URL is not set: the weapp project starts the local CloudBase in its globalSetup');
  wechat().cloudUrl = url;
});

beforeEach(() => clearCalls());

afterEach(() => {
  while (open.length) open.pop()!.close();
});

test('the window posts a completed case by EMS once its number is well formed', async () => {
  const call = clientCaller(process.env.WEAPP_CLOUD_URL!);
  await makeTaxStaffVia(call);
  const done = await completedNewbornCase(call);

  actAs('demo-staff-gov-1');
  const page = await visit(ROUTE);
  await page.waitForText(done.number);
  expect(page.text()).toContain('申请人：王**');
  expect(page.text()).not.toContain('13800138000');

  await page.input('EMS 邮件号', 'EA12345CN');
  await page.tap({ text: '寄出并通知申请人' });
  await page.waitForText('EMS 邮件号应为 13 位，如 EA123456789CN。');

  await page.input('EMS 邮件号', 'EA123456789CN');
  await page.tap({ text: '寄出并通知申请人' });
  await page.waitFor(() => !page.text().includes(done.number), 'the posted case to leave 待出件');
  await page.tap({ text: '已出件' });
  await page.waitForText('EMS 邮件号：EA123456789CN');
});

test('a department other than the window is told who issues results', async () => {
  actAs('demo-staff-police-1');
  const page = await visit(ROUTE);
  await page.waitForText('统一出件由综合窗口（政务服务数据管理局）办理。');
});
