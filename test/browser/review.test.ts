/**
 * 好差评 end to end in Chromium against the local CloudBase: 李秀英 rates her completed 上门 help 不满意 (a second
 * rating of the same case is refused with CONFLICT in words), 陶政数 of the responsible department (政务服务数据管理局)
 * verifies, rectifies, records the 回访 and closes, 李秀英 rates the fix, and the public dashboard's figures change.
 */
import type { Page } from 'playwright-core';
import type { Contract, InputOf, OutputOf } from '@shared/contract';
import { api } from '@shared/contracts';
import { homeVisitRequest, LI, LIU } from '../integration/help-fixtures';
import { callAs as backendCall } from '../support/client-call';
import { startLocalCloud, type LocalCloud } from './support/backend';
import { expectNoSeriousA11yIssues, PhoneBrowser, screenshot, visibleText, type OpenedPage } from './support/browser';

const GOV_STAFF = 'demo-staff-gov-1';
let cloud: LocalCloud;
let browser: PhoneBrowser;
let opened: OpenedPage[] = [];

async function openAs(persona: string, route?: string): Promise<Page> {
  const tab = await browser.openAs(persona, route);
  opened.push(tab);
  return tab.page;
}

/** An action through the client endpoint, as `openid` (null: no identity at all), the way the app calls it. */
const callAs = <C extends Contract>(openid: string | null, contract: C, input: InputOf<C>): Promise<OutputOf<C>> => backendCall(cloud.url, openid, contract, input);

/** A home visit 李秀英 asked for, which 刘帮办 accepted and completed: a case she can rate. */
async function completedHelpCase(): Promise<{ id: string; number: string }> {
  const created = await callAs(LI, api.help['requests.create'], homeVisitRequest());
  await callAs(LIU, api.help['requests.accept'], { id: created.id });
  for (const event of ['depart', 'start'] as const) await callAs(LIU, api.help['requests.advance'], { id: created.id, event });
  await callAs(LIU, api.help['requests.advance'], { id: created.id, event: 'complete', note: '已帮助提交退休申请材料' });
  return { id: created.id, number: created.number };
}

/** The figure shown above `label` in a figures list of the dashboard (e.g. 评价总数 → "1"). */
async function figure(page: Page, list: string, label: string): Promise<string> {
  const item = page.getByRole('list', { name: list }).getByRole('listitem').filter({ hasText: label });
  return (await item.innerText()).replace(label, '').trim();
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

test('a bad review is rectified, called back and rated again, and the public dashboard shows it', async () => {
  const helpCase = await completedHelpCase();

  // 0. The public dashboard before: nothing rated yet (the figures come without any identity).
  expect((await callAs(null, api.review['stats.summary'], {})).total.count).toBe(0);
  const before = await openAs('demo-helper-chen', '/packages/review/pages/dashboard/index');
  await before.getByRole('heading', { name: '好差评结果公示' }).waitFor();
  await before.getByRole('list', { name: '总体情况' }).waitFor();
  expect(await figure(before, '总体情况', '评价总数')).toBe('0');
  expect(await figure(before, '总体情况', '好评率')).toBe('暂无');
  await expectNoSeriousA11yIssues(before);

  // 1. 李秀英 finds the case under 好差评 → 待评价, and opens the rating form.
  const citizen = await openAs(LI);
  await citizen.getByRole('link', { name: /^好差评/ }).tap();
  await citizen.getByRole('heading', { name: '我的评价' }).waitFor();
  const rateButton = citizen.getByRole('button', { name: `评价办结环节 ${helpCase.number}` });
  await rateButton.waitFor();
  await expectNoSeriousA11yIssues(citizen);
  await screenshot(citizen, 'review-mine-pending');
  await rateButton.tap();
  await citizen.getByRole('heading', { name: '评价办件' }).waitFor();
  const overall = citizen.getByRole('group', { name: '总体评价' });
  await overall.waitFor();
  // The helper channel's indicators, not the online ones.
  const text = await visibleText(citizen);
  for (const indicator of ['办事效率', '服务水平', '服务态度']) expect(text).toContain(indicator);
  expect(text).not.toContain('系统易用性');

  // A second tab on the same form, to rate the same case again after the first rating went in.
  const again = await openAs(LI, `/packages/review/pages/rate/index?source=help&caseId=${encodeURIComponent(helpCase.id)}&stage=completed`);
  await again.getByRole('group', { name: '总体评价' }).waitFor();

  await citizen.getByRole('button', { name: '提交评价' }).tap();
  await citizen.getByRole('alert').filter({ hasText: '请选择您对这次办事的总体评价' }).waitFor();
  await overall.getByRole('button', { name: '不满意', exact: true }).tap();
  expect(await overall.getByRole('button', { name: /不满意.*已选/ }).count()).toBe(1);
  await citizen.getByRole('group', { name: '服务态度' }).getByRole('button', { name: '不满意', exact: true }).tap();
  await citizen.getByLabel('想说的话').fill('约好上午来，下午才到，也没有提前打电话');
  await expectNoSeriousA11yIssues(citizen);
  await screenshot(citizen, 'review-rate-filled');
  await citizen.getByRole('button', { name: '提交评价' }).tap();
  const done = citizen.getByRole('status').filter({ hasText: '评价已提交' });
  await done.waitFor();
  expect(await done.innerText()).toContain('政务服务数据管理局整改');
  await screenshot(citizen, 'review-rate-done');
  await expectNoSeriousA11yIssues(citizen);

  // 2. The second rating of the same case and stage: CONFLICT, said in words, with the way to 我的评价.
  await again.getByRole('group', { name: '总体评价' }).getByRole('button', { name: '满意', exact: true }).tap();
  await again.getByRole('button', { name: '提交评价' }).tap();
  const conflict = again.getByRole('alert').filter({ hasText: '您已经评价过' });
  await conflict.waitFor();
  expect(await conflict.innerText()).toContain('每件每个环节只能评价一次');
  await again.getByRole('button', { name: '查看我的评价' }).waitFor();
  await expectNoSeriousA11yIssues(again);

  // 3. 陶政数 (政务服务数据管理局) sees the rating masked, and works the rectification through to 办结.
  const staff = await openAs(GOV_STAFF, '/packages/staff/pages/index/index');
  await staff.getByRole('link', { name: /^评价查询/ }).tap();
  await staff.getByRole('heading', { name: '评价查询' }).waitFor();
  const rated = staff.getByRole('list', { name: '本部门收到的评价' }).getByRole('listitem').filter({ hasText: helpCase.number });
  await rated.waitFor();
  expect(await rated.innerText()).toContain('不满意');
  expect(await rated.innerText()).not.toContain('李秀英');
  await expectNoSeriousA11yIssues(staff);
  await screenshot(staff, 'review-staff-ratings');

  const desk = await openAs(GOV_STAFF, '/packages/staff/pages/index/index');
  await desk.getByRole('link', { name: /^整改工作台/ }).tap();
  await desk.getByRole('heading', { name: '差评整改' }).waitFor();
  const open = desk.getByRole('list', { name: '待处理的差评' }).getByRole('listitem').filter({ hasText: helpCase.number });
  await open.waitFor();
  expect(await open.innerText()).toMatch(/整改期限 \d{4}-\d{2}-\d{2}/);
  await expectNoSeriousA11yIssues(desk);
  await screenshot(desk, 'review-rectifications');
  await desk.getByRole('button', { name: `处理 ${helpCase.number}` }).tap();
  await desk.getByRole('button', { name: '确认已核实' }).waitFor();
  await expectNoSeriousA11yIssues(desk);
  await desk.getByLabel('核实情况（可不填）').fill('帮办员前一单超时，未提前告知');
  await desk.getByRole('button', { name: '确认已核实' }).tap();
  await desk.getByRole('status').filter({ hasText: '已核实' }).waitFor();
  await desk.getByLabel('整改措施').fill('已约谈帮办员，迟到须提前电话告知，纳入考核');
  await desk.getByRole('button', { name: '提交整改结果' }).tap();
  await desk.getByRole('status').filter({ hasText: '请回访评价人后办结' }).waitFor();
  await desk.getByLabel('回访情况').fill('已电话回访，李阿姨表示理解');
  await desk.getByRole('button', { name: '保存回访' }).tap();
  await desk.getByRole('status').filter({ hasText: '回访已记录' }).waitFor();
  await desk.getByRole('button', { name: '办结', exact: true }).tap();
  await desk.getByRole('status').filter({ hasText: '已办结' }).waitFor();
  const history = await desk.getByRole('list', { name: '处理记录' }).innerText();
  for (const step of ['核实', '整改', '回访', '办结']) expect(history).toContain(step);
  await screenshot(desk, 'review-rectification-closed');
  await expectNoSeriousA11yIssues(desk);

  // 4. 李秀英 sees what was done and rates the fix.
  const back = await openAs(LI, '/packages/review/pages/mine/index');
  const fixGroup = back.getByRole('group', { name: `评价整改结果 ${helpCase.number}` });
  await fixGroup.waitFor();
  const mine = await visibleText(back);
  expect(mine).toContain('已约谈帮办员');
  expect(mine).toContain('已电话回访');
  await expectNoSeriousA11yIssues(back);
  await fixGroup.getByRole('button', { name: '满意', exact: true }).tap();
  await back.getByRole('status').filter({ hasText: '已收到您对整改结果的评价：满意' }).waitFor();
  expect(await back.getByRole('group', { name: `评价整改结果 ${helpCase.number}` }).count()).toBe(0);
  expect(await visibleText(back)).toContain('已完结');
  await screenshot(back, 'review-mine-fix-rated');

  // 5. The public dashboard now counts the bad review, rectified on time with its 回访.
  const after = await openAs('demo-helper-chen', '/packages/review/pages/dashboard/index');
  await after.getByRole('list', { name: '差评整改情况' }).waitFor();
  expect(await figure(after, '总体情况', '评价总数')).toBe('1');
  expect(await figure(after, '总体情况', '好评率')).toBe('0%');
  expect(await figure(after, '差评整改情况', '收到差评')).toBe('1');
  expect(await figure(after, '差评整改情况', '按期整改')).toBe('1');
  const department = after.getByRole('img', { name: /^政务服务数据管理局：好评率 0%/ });
  await department.waitFor();
  await after.getByRole('img', { name: '实名差评回访率：100%' }).waitFor();
  await screenshot(after, 'review-dashboard');
  await expectNoSeriousA11yIssues(after);
});

// 1×1 PNG: evidence for the appeal.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('the department appeals a malicious rating with evidence; the administrator upholds it and the dashboard leaves it out', async () => {
  const helpCase = await completedHelpCase();
  const rating = await callAs(LI, api.review['ratings.submit'], { case: { source: 'help', id: helpCase.id }, level: 'very_dissatisfied', comment: '随便打的' });
  expect(rating.rectificationId).not.toBeNull();
  const counted = (await callAs(null, api.review['stats.summary'], {})).total.count;

  // 1. 陶政数 appeals it from the rectification page, with a photo as evidence.
  const desk = await openAs(GOV_STAFF, `/packages/staff/pages/rectifications/detail?id=${encodeURIComponent(rating.rectificationId!)}`);
  await desk.getByRole('heading', { name: '申诉复核' }).waitFor();
  await desk.getByRole('button', { name: '恶意差评' }).tap();
  await desk.getByLabel('申诉说明').fill('评价人电话回访时表示是随手点错，并非对服务不满');
  const chooser = desk.waitForEvent('filechooser');
  await desk.getByRole('button', { name: '上传证据材料' }).tap();
  await (await chooser).setFiles({ name: 'callback-record.png', mimeType: 'image/png', buffer: PNG });
  await desk.getByText('已上传证据 1 份').waitFor();
  await expectNoSeriousA11yIssues(desk);
  await desk.getByRole('button', { name: '提交申诉' }).tap();
  await desk.getByRole('status').filter({ hasText: '申诉已提交，等待管理员复核' }).waitFor();
  await screenshot(desk, 'review-appeal-created');

  // 2. 姜管理 finds it under 工作台 → 申诉复核 and upholds it.
  const admin = await openAs('demo-admin', '/packages/staff/pages/index/index');
  await admin.getByRole('link', { name: /^申诉复核/ }).tap();
  await admin.getByRole('heading', { name: '申诉复核' }).waitFor();
  const appeal = admin.getByRole('listitem').filter({ hasText: '随手点错' });
  await appeal.waitFor();
  expect(await appeal.innerText()).toContain('证据 1 份');
  await expectNoSeriousA11yIssues(admin);
  await admin.getByLabel('复核意见').fill('回访录音证实评价人误操作');
  await admin.getByRole('button', { name: '申诉成立', exact: true }).tap();
  await appeal.getByText('申诉成立（不计入统计）').waitFor();
  await screenshot(admin, 'review-appeal-upheld');

  // 3. The rating stays in the record but leaves the public figures.
  expect((await callAs(null, api.review['stats.summary'], {})).total.count).toBe(counted - 1);
  const dashboard = await openAs('demo-citizen-wang', '/packages/review/pages/dashboard/index');
  await dashboard.getByRole('list', { name: '总体情况' }).waitFor();
  expect(await figure(dashboard, '总体情况', '评价总数')).toBe(String(counted - 1));
  const record = await callAs(LI, api.review['ratings.listMine'], {});
  expect(record.items.find((item) => item.id === rating.id)?.excluded).toBe(true);
});
