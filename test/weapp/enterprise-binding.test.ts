/**
 * Issue 11 pages in WeChat's component framework against the local CloudBase: 绑定企业 shows a binding request
 * when the register does not confirm the caller, 我的绑定申请 follows it and withdraws it, 经办人授权 lists who is
 * bound and issues a one-time code, and 市场监管's 企业绑定审核 refuses a request with a reason.
 */
import { callAs } from '../support/client-call';
import { api } from '@shared/contracts';
import { actAs, clearCalls, openPage, type PageHandle } from './support/miniapp';
import { wechat } from './support/wechat';

const ZHAO_CO = { creditCode: '91440304MA5F3XKQ87', name: '深圳市福田区赵记餐饮有限公司' };
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

beforeEach(() => clearCalls());

afterEach(() => {
  while (open.length) open.pop()!.close();
});

test('绑定企业 → 我的绑定申请: a bind the register cannot confirm is a pending request, which can be withdrawn', async () => {
  actAs('test-weapp-requester');
  const page = await visit('packages/enterprise/pages/bind/index');
  await page.waitForText('统一社会信用代码');
  await page.input('统一社会信用代码', ZHAO_CO.creditCode);
  await page.input('企业名称', ZHAO_CO.name);
  await page.tap({ text: '营业执照上登记的法定代表人' });
  await page.tap({ text: '确认绑定' });
  await page.waitForText(`已提交绑定申请：${ZHAO_CO.name}`);
  expect(page.text()).toContain('状态：待审核');

  const requests = await visit('packages/enterprise/pages/requests/index');
  await requests.waitForText(ZHAO_CO.name);
  expect(requests.text()).toContain('待审核');
  await requests.tap({ text: '撤回申请' });
  await requests.waitForText('已撤回');
});

test('经办人授权 lists who is bound and issues a one-time code', async () => {
  actAs('demo-enterprise-zhao');
  const page = await visit('packages/enterprise/pages/members/index', { code: ZHAO_CO.creditCode });
  await page.waitForText('赵建国（我）');
  expect(page.text()).toContain('法定代表人');
  await page.input('经办人姓名', '孙经办');
  await page.tap({ text: '生成授权码' });
  await page.waitForText(/授权码：[2-9A-Z]{8}/);
  await page.waitForText('尚未使用的授权码');
  expect(page.text()).toContain('经办人：孙经办');
});

test('企业绑定审核 (市场监管) refuses a request with a reason', async () => {
  await callAs(wechat().cloudUrl!, 'test-weapp-refused', api.policy['enterprises.bind'], { ...ZHAO_CO, role: 'legal_representative' });
  actAs('demo-staff-samr-1');
  const page = await visit('packages/staff/pages/binding-requests/index');
  await page.waitForText('申请人：');
  await page.input(`审核意见（${ZHAO_CO.name}）`, '不是登记的法定代表人');
  await page.tap({ text: '不通过' });
  await page.waitForText('未通过的原因：不是登记的法定代表人');
});

test('企业绑定审核 turns away staff of other departments', async () => {
  actAs('demo-staff-police-1');
  const page = await visit('packages/staff/pages/binding-requests/index');
  await page.waitForText('企业绑定申请由市场监督管理局的工作人员审核');
});
