/**
 * 好差评 pages in WeChat's component framework against the local CloudBase: every new page renders its data, and
 * taps do what they say — 赵建国 rates a completed help case 不满意 (a second rating is CONFLICT), 陶政数 of the
 * responsible department works the rectification to 办结, 赵建国 rates the fix, the public dashboard counts it.
 */
import type { Contract, InputOf, OutputOf } from '@shared/contract';
import { api } from '@shared/contracts';
import { actAs, clearCalls, follow, navigations, openPage, type PageHandle } from './support/miniapp';
import { wechat } from './support/wechat';

const RATER = 'demo-enterprise-zhao';
const GOV_STAFF = 'demo-staff-gov-1';
const LIU = 'demo-helper-liu';
const open: PageHandle[] = [];
let cloudUrl = '';
let helpCase: { id: string; number: string };

async function visit(route: string, query?: Record<string, string>): Promise<PageHandle> {
  const page = await openPage(route, query);
  open.push(page);
  return page;
}

/** An action through the client endpoint as `openid`, for setting the scene (not what is being tested). */
async function callAs<C extends Contract>(openid: string, contract: C, input: InputOf<C>): Promise<OutputOf<C>> {
  // jsdom has no fetch: the environment's host HTTP (the one wx.cloud.callFunction uses).
  const response = await globalThis.__hostHttp(`${cloudUrl}/__client/functions/${contract.fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wx-openid': openid },
    body: JSON.stringify({ action: contract.action, payload: input }),
  });
  const body = JSON.parse(response.text) as { ok: boolean; data?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${contract.fn}.${contract.action}: ${JSON.stringify(body.error)}`);
  return body.data as OutputOf<C>;
}

/** Taps the element reading exactly `text` inside the element labelled `label` (a choice group, a button group). */
async function tapIn(page: PageHandle, label: string, text: string): Promise<void> {
  const group = page.find({ label });
  if (!group) throw new Error(`nothing labelled ${label}; page shows: ${page.text().slice(0, 400)}`);
  const el = Array.from(group.querySelectorAll('*'))
    .filter((node) => (node.textContent ?? '').trim() === text)
    .pop();
  if (!el) throw new Error(`nothing in ${label} reads exactly ${text}`);
  (page as unknown as { dispatch(el: Element, type: string, detail: Record<string, unknown>): void }).dispatch(el, 'tap', { x: 0, y: 0 });
  await new Promise((resolve) => setTimeout(resolve, 30));
}

/** A home visit 赵建国 asked for, which 刘帮办 accepted and completed: a case he can rate. */
async function completedHelpCase(): Promise<{ id: string; number: string }> {
  // (test/integration/help-fixtures.ts has the same request but pulls the emulator into this jsdom realm.)
  const from = new Date(Date.now() + 2 * 3600_000);
  const created = await callAs(RATER, api.help['requests.create'], {
    kind: 'home_visit',
    about: { type: 'theme', themeId: 'retirement' },
    description: '想请人上门帮忙办理退休手续',
    window: { from: from.toISOString(), to: new Date(from.getTime() + 2 * 3600_000).toISOString() },
    regionCode: '440304001',
    streetAddress: '福华路88号3栋1201',
    contact: { name: '赵建国', phone: '13600001234' },
    specialNeeds: ['elderly'],
  });
  await callAs(LIU, api.help['requests.accept'], { id: created.id });
  for (const event of ['depart', 'start'] as const) await callAs(LIU, api.help['requests.advance'], { id: created.id, event });
  await callAs(LIU, api.help['requests.advance'], { id: created.id, event: 'complete', note: '已帮助提交材料' });
  return { id: created.id, number: created.number };
}

beforeAll(async () => {
  const url = process.env.WEAPP_CLOUD_URL;
  if (!url) throw new Error('WEAPP_CLOUD_URL is not set: the weapp project starts the local CloudBase in its globalSetup');
  wechat().cloudUrl = url;
  cloudUrl = url.replace(/\/$/, '');
  helpCase = await completedHelpCase();
});

beforeEach(() => {
  clearCalls();
  actAs(RATER);
});

afterEach(() => {
  while (open.length) open.pop()!.close();
});

test('the entry points lead to 好差评: the home tile, 我的, and 去评价 on the completed help request', async () => {
  const home = await visit('pages/index/index');
  await home.waitForText('好差评');
  await home.tap({ text: '评价办事体验' });
  expect(navigations()).toEqual([{ api: 'navigateTo', options: { url: '/packages/review/pages/mine/index' } }]);

  clearCalls();
  const me = await visit('pages/me/index');
  await me.waitForText('我的评价');
  expect(me.text()).toContain('好差评结果');
  await me.tap({ text: '好差评结果' });
  expect(String(navigations()[0]?.options.url)).toBe('/packages/review/pages/dashboard/index');

  clearCalls();
  const detail = await visit('pages/help/detail/index', { id: helpCase.id });
  await detail.waitForText('去评价');
  await detail.tap({ text: '去评价' });
  expect(String(navigations()[0]?.options.url)).toBe(`/packages/review/pages/rate/index?source=help&caseId=${encodeURIComponent(helpCase.id)}&stage=completed`);
});

test('我的评价 lists the case to rate; the form takes 不满意, and a second rating of it is CONFLICT in words', async () => {
  const mine = await visit('packages/review/pages/mine/index');
  await mine.waitForText(`评价办结环节 ${helpCase.number}`);
  expect(mine.text()).toContain('待评价');
  await mine.tap({ text: `评价办结环节 ${helpCase.number}` });
  const [go] = navigations();
  expect(String(go?.options.url)).toMatch(/^\/packages\/review\/pages\/rate\/index\?source=help&caseId=.+&stage=completed$/);

  const form = await follow(go!);
  open.push(form);
  const second = await visit('packages/review/pages/rate/index', { source: 'help', caseId: encodeURIComponent(helpCase.id), stage: 'completed' });
  await form.waitForText('总体评价');
  // The helper channel's indicators.
  for (const indicator of ['办事效率', '服务水平', '服务态度']) expect(form.text()).toContain(indicator);
  expect(form.text()).not.toContain('系统易用性');

  await form.tap({ text: '提交评价' });
  await form.waitForText('请选择您对这次办事的总体评价');
  await tapIn(form, '总体评价', '不满意');
  await form.waitForText('已选');
  await tapIn(form, '服务态度', '非常不满意');
  await form.tap({ text: '提交评价' });
  await form.waitForText('评价已提交，谢谢您');
  expect(form.text()).toContain('政务服务数据管理局整改');

  await second.waitForText('总体评价');
  await tapIn(second, '总体评价', '非常满意');
  await second.tap({ text: '提交评价' });
  await second.waitForText('您已经评价过这件办件的这个环节了');
  expect(second.text()).toContain('查看我的评价');
});

test('the department sees the rating masked, and works the rectification from verify to 办结', async () => {
  actAs(GOV_STAFF);
  const index = await visit('packages/staff/pages/index/index');
  await index.waitForText('整改工作台');
  await index.tap({ text: '评价查询' });
  expect(String(navigations()[0]?.options.url)).toBe('/packages/staff/pages/ratings/index');

  const ratings = await visit('packages/staff/pages/ratings/index');
  await ratings.waitForText(helpCase.number);
  expect(ratings.text()).toContain('不满意');
  expect(ratings.text()).not.toContain('赵建国');

  clearCalls();
  const list = await visit('packages/staff/pages/rectifications/index');
  await list.waitForText(`处理 ${helpCase.number}`);
  expect(list.text()).toMatch(/整改期限 \d{4}-\d{2}-\d{2}/);
  await list.tap({ text: `处理 ${helpCase.number}` });
  const detail = await follow(navigations()[0]!);
  open.push(detail);
  await detail.waitForText('确认已核实');
  await detail.tap({ text: '确认已核实' });
  await detail.waitForText('已核实，请填写整改结果或解释说明。');
  await detail.input('整改措施', '已约谈帮办员，纳入考核');
  await detail.tap({ text: '提交整改结果' });
  await detail.waitForText('已保存，请回访评价人后办结。');
  await detail.input('回访情况', '已电话回访，表示理解');
  await detail.tap({ text: '保存回访' });
  await detail.waitForText('回访已记录，可以办结。');
  const close = Array.from(detail.dom.querySelectorAll('*'))
    .filter((node) => (node.textContent ?? '').trim() === '办结')
    .pop();
  expect(close).toBeTruthy();
  (detail as unknown as { dispatch(el: Element, type: string, detail: Record<string, unknown>): void }).dispatch(close!, 'tap', { x: 0, y: 0 });
  await detail.waitForText('已办结，等评价人评价整改结果。');
  expect(detail.text()).toContain('已约谈帮办员');
});

test('the rater rates the fix, and the public dashboard counts the bad review', async () => {
  const mine = await visit('packages/review/pages/mine/index');
  await mine.waitForText('部门已办结，您对整改结果满意吗？');
  await tapIn(mine, `评价整改结果 ${helpCase.number}`, '满意');
  await mine.waitForText('已收到您对整改结果的评价：满意');
  expect(mine.text()).toContain('已完结');

  const dashboard = await visit('packages/review/pages/dashboard/index');
  await dashboard.waitForText('政务服务数据管理局');
  expect(dashboard.text()).toContain('评价总数');
  expect(dashboard.text()).toMatch(/好评率 \d+(\.\d)?% · 满意度 \d+(\.\d)?分/);
  expect(dashboard.text()).toContain('实名差评回访率');
});

test('申诉复核 is for the administrator; a department member is turned away in words', async () => {
  actAs('demo-admin');
  const admin = await visit('packages/staff/pages/appeals/index');
  await admin.waitForText('部门申诉');
  actAs(GOV_STAFF);
  const staff = await visit('packages/staff/pages/appeals/index');
  await staff.waitForText('暂时不能使用');
  expect(staff.text()).toContain('申诉复核由系统管理员办理');
});

test('不满意 with the fix reopens it: the rater is told it goes back and up, the department sees it 已上报', async () => {
  const second = await completedHelpCase();
  const rating = await callAs(RATER, api.review['ratings.submit'], { case: { source: 'help', id: second.id }, level: 'dissatisfied' });
  const id = rating.rectificationId!;
  await callAs(GOV_STAFF, api.review['rectifications.respond'], { id, action: 'verify' });
  await callAs(GOV_STAFF, api.review['rectifications.respond'], { id, action: 'explain', text: '按规定须本人到场核验身份' });
  await callAs(GOV_STAFF, api.review['rectifications.recordCallback'], { id, reached: true, note: '已电话说明' });
  await callAs(GOV_STAFF, api.review['rectifications.respond'], { id, action: 'close' });

  const mine = await visit('packages/review/pages/mine/index');
  await mine.waitForText('解释说明：按规定须本人到场核验身份');
  await tapIn(mine, `评价整改结果 ${second.number}`, '不满意');
  await mine.waitForText('已收到您对整改结果的评价：不满意。部门会重新整改，并已上报管理员。');
  expect(mine.text()).toContain('已上报管理员：评价人对整改结果不满意，已重新打开');

  actAs(GOV_STAFF);
  const list = await visit('packages/staff/pages/rectifications/index');
  await list.waitForText(`处理 ${second.number}`);
  expect(list.text()).toContain('已上报');
});
