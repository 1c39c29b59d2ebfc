/**
 * A department opens a case's uploaded photo in WeChat's component framework: the desk asks onething files.open (the
 * function checks the department handles this case and records it) and shows the photo from the short-lived address.
 */
import { api } from '@shared/contracts';
import { CASE_CONSENTS, clientCaller, grantCaseConsentsVia, newbornApplication, STAFF, WANG } from '../support/onething-scenes';
import { actAs, clearCalls, openPage, wxAttributes, type PageHandle } from './support/miniapp';
import { wechat } from './support/wechat';

const open: PageHandle[] = [];

beforeAll(() => {
  const url = process.env.WEAPP_CLOUD_URL;
  if (!url) throw new Error('WEAPP_CLOUD_URL is not set: the weapp project starts the local CloudBase in its globalSetup');
  wechat().cloudUrl = url;
});

beforeEach(() => clearCalls());

afterEach(async () => {
  while (open.length) open.pop()!.close();
  // The weapp files share one local CloudBase: leave 王小明 without the case consents, as the confirm-page test expects.
  const call = clientCaller(process.env.WEAPP_CLOUD_URL!);
  for (const purpose of CASE_CONSENTS) await call(WANG, api.account['consents.withdraw'], { purpose });
});

test('the department’s desk shows the applicant’s uploaded photo through a short-lived address', async () => {
  const call = clientCaller(process.env.WEAPP_CLOUD_URL!);
  await grantCaseConsentsVia(call, WANG);
  const submitted = await call(WANG, api.onething['applications.submit'], newbornApplication());
  const task = submitted.tasks.find((t) => t.state === 'pending' && t.department.id in STAFF)!;

  actAs(STAFF[task.department.id as keyof typeof STAFF]);
  const page = await openPage('packages/staff/pages/onething-tasks/detail', { caseId: submitted.id, taskId: task.id });
  open.push(page);
  await page.waitForText('孩子的证件照');
  await page.tap({ text: '查看文件：baby.jpg' });
  await page.waitFor(() => !!page.find({ label: '查看大图：baby.jpg' }), 'the photo to show');
  const images = Array.from(page.dom.querySelectorAll('*')).map((el) => wxAttributes(el).src).filter((src): src is string => typeof src === 'string');
  expect(images.some((src) => src.startsWith(process.env.WEAPP_CLOUD_URL!) || /^https?:\/\//.test(src))).toBe(true);
});
