/**
 * 高效办成一件事 in Chromium against the local CloudBase: 王小明 finds 新生儿出生 on the home page, reads what it
 * bundles, answers the guide one question per page (going back and changing an answer on the way, leaving and
 * coming back), and gets the checklist tailored to his answers. Every page is checked with axe.
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

/** The question on screen (a level-2 heading on the guide page). */
function question(page: Page, text: string) {
  return page.getByRole('heading', { name: text });
}

/** Picks an option (its button's name starts with the option's words) and goes to the next question. */
async function answer(page: Page, option: string, next: string | null): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${option.replace(/[()（）]/g, '.')}`) }).tap();
  await page.getByRole('button', { name: '下一题' }).tap();
  if (next) await question(page, next).waitFor();
}

test('新生儿出生: home → theme page → guide (back, change, leave and return) → tailored checklist', async () => {
  // 1. Home: search the way people talk; the match says what matched.
  const page = await openAs('demo-citizen-wang');
  await page.getByRole('searchbox', { name: '搜索要办的事' }).fill('上户口');
  const hit = page.getByRole('link', { name: /^新生儿出生/ });
  await hit.waitFor();
  expect(await hit.innerText()).toContain('关键词：上户口');
  await screenshot(page, 'onething-search');
  await hit.tap();

  // 2. The theme page, before anything is asked.
  await page.getByRole('heading', { name: '新生儿出生', level: 1 }).waitFor();
  await page.getByText('出生登记（上户口）').first().waitFor();
  let text = await visibleText(page);
  expect(text).toContain('承诺 4 个工作日办结');
  expect(text).toContain('公安局');
  expect(text).toContain('您可能需要这些材料');
  await screenshot(page, 'onething-theme');
  await expectNoSeriousA11yIssues(page);
  await page.getByRole('button', { name: '开始办理' }).tap();

  // 3. The guide: one question per page.
  await question(page, '孩子是在哪里出生的？').waitFor();
  expect(await visibleText(page)).toContain('第 1 题');
  await screenshot(page, 'onething-guide');
  await expectNoSeriousA11yIssues(page);
  await answer(page, '在本市的医院', '孩子的爸爸是本市户口吗？');
  await answer(page, '是', '孩子的妈妈是本市户口吗？');
  await answer(page, '是', '孩子的户口想落在谁那里？');

  // Back one page: the answer is still chosen; change it, and the question about whose hukou is no longer asked.
  await page.getByRole('button', { name: '上一题' }).tap();
  await question(page, '孩子的妈妈是本市户口吗？').waitFor();
  await page.getByRole('button', { name: /^是.*已选/ }).waitFor();
  await answer(page, '否', '爸爸妈妈已经领了结婚证吗？');

  // Leave and come back: the draft is kept and the guide resumes where it was.
  await page.reload();
  await question(page, '爸爸妈妈已经领了结婚证吗？').waitFor();
  expect(await visibleText(page)).toContain('第 4 题');

  await answer(page, '是', '要同时给孩子办社保卡吗？');
  await answer(page, '是', '需要社区医生上门看看孩子和妈妈吗？');
  await answer(page, '否', '妈妈参加的是哪种医疗保险？');
  await answer(page, '职工医保', '生孩子住院的钱，出院时已经直接用医保结算了吗？');
  await answer(page, '否', '要申领生育津贴吗？');
  await answer(page, '否', '办好的户口簿、社保卡要免费邮寄到家吗？');
  await answer(page, '是', null);

  // 4. The checklist, tailored: reimbursement added, its 出院小结 promised, the rest shared or to upload.
  await page.getByRole('heading', { name: '要办的事和材料', level: 1 }).waitFor();
  await page.getByText('出院小结').first().waitFor();
  text = await visibleText(page);
  expect(text).toContain('生育医疗费用报销');
  expect(text).toContain('由电子证照库调取结婚证');
  expect(text).toContain('本人承诺所报销的生育医疗费用真实');
  expect(text).toContain('孩子的证件照');
  expect(text).not.toContain('亲子鉴定意见书');
  await screenshot(page, 'onething-checklist');
  await expectNoSeriousA11yIssues(page);
  await page.getByRole('button', { name: '下一步：填写申请表' }).tap();
  await page.getByText('还有 1 项告知承诺没有勾选').waitFor();
  await page.getByRole('button', { name: /^我承诺：出院小结/ }).tap();
  await page.getByRole('button', { name: /^我承诺：出院小结/, pressed: true }).waitFor();

  // 5. Change an answer from the checklist: not married → the hukou follows the father → 亲子鉴定 is needed.
  await page.getByRole('button', { name: '修改回答' }).tap();
  await page.getByRole('heading', { name: '您的回答', level: 1 }).waitFor();
  await expectNoSeriousA11yIssues(page);
  await page.getByRole('button', { name: /^爸爸妈妈已经领了结婚证吗？.*修改$/ }).tap();
  await question(page, '爸爸妈妈已经领了结婚证吗？').waitFor();
  await answer(page, '否', '要同时给孩子办社保卡吗？');
  // The later answers are kept: forward through them without choosing again.
  for (const next of ['需要社区医生上门看看孩子和妈妈吗？', '妈妈参加的是哪种医疗保险？', '生孩子住院的钱，出院时已经直接用医保结算了吗？', '要申领生育津贴吗？', '办好的户口簿、社保卡要免费邮寄到家吗？']) {
    await page.getByRole('button', { name: '下一题' }).tap();
    await question(page, next).waitFor();
  }
  await page.getByRole('button', { name: '下一题' }).tap();
  await page.getByRole('heading', { name: '要办的事和材料', level: 1 }).waitFor();
  await page.getByText('亲子鉴定意见书（随父落户用）').waitFor();
  text = await visibleText(page);
  expect(text).not.toContain('由电子证照库调取结婚证');
  expect(text).toContain('没有领结婚证、孩子跟爸爸落户');
});
