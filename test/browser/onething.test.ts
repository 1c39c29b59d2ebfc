/**
 * 高效办成一件事 in Chromium against the local CloudBase: 王小明 finds 新生儿出生 on the home page, reads what it
 * bundles, answers the guide one question per page (going back and changing an answer on the way, leaving and
 * coming back), and gets the checklist tailored to his answers; then he fills the one form, submits and gets a
 * case number, and a 卫生健康委员会 staff member accepts and approves his 生育登记. Every page is checked with axe.
 */
import type { Page } from 'playwright-core';
import { beijingDate } from '@shared/calendar/working-days';
import { addMonths } from '@shared/enterprise/calendar-date';
import { idCheckCharacter } from '@shared/idcard';
import { api } from '@shared/contracts';
import { CONSENTS } from '@shared/privacy/consents';
import { callAs } from '../support/client-call';
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
  await page.getByText('出生登记（上户口）').filter({ visible: true }).first().waitFor(); // the home page's search hit (hidden now) names it too
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

const idNumber = (first17: string) => `${first17}${idCheckCharacter(first17)}`;

/** The one choice button of a group (a field or a material's record) by the group's name. */
/** Opens the picker labelled `label`, reads every column's items, and confirms what it shows (确定). */
async function pickAsShown(page: Page, label: string): Promise<string[][]> {
  await page.getByRole('button', { name: label, exact: true }).tap();
  // The open picker's sheet (its overlay has no box of its own, so the sheet is what shows).
  const overlay = page.locator('.weui-picker:visible');
  await overlay.waitFor();
  const columns: string[][] = [];
  for (const column of await overlay.locator('.weui-picker__group').all()) {
    columns.push((await column.locator('.weui-picker__item').allTextContents()).map((t) => t.trim()).filter(Boolean));
  }
  await overlay.locator('.weui-picker__action', { hasText: '确定' }).tap();
  await overlay.waitFor({ state: 'hidden' });
  return columns;
}

function choice(page: Page, group: string, option: RegExp) {
  return page.getByRole('group', { name: group }).getByRole('button', { name: option });
}

test('新生儿出生: the citizen fills the one form and submits → a case number; a department approves one task and asks for a correction, which the citizen supplies', async () => {
  // 1. Through the guide with answers that need no uploads (every material shared or passed between departments).
  const citizen = await openAs('demo-citizen-wang');
  await citizen.getByRole('link', { name: /^新生儿出生/ }).tap();
  await citizen.getByRole('button', { name: '开始办理' }).tap();
  await question(citizen, '孩子是在哪里出生的？').waitFor();
  await answer(citizen, '在本市的医院', '孩子的爸爸是本市户口吗？');
  await answer(citizen, '是', '孩子的妈妈是本市户口吗？');
  await answer(citizen, '是', '孩子的户口想落在谁那里？');
  await answer(citizen, '跟爸爸', '爸爸妈妈已经领了结婚证吗？');
  await answer(citizen, '是', '要同时给孩子办社保卡吗？');
  await answer(citizen, '否', '需要社区医生上门看看孩子和妈妈吗？');
  await answer(citizen, '否', '妈妈参加的是哪种医疗保险？');
  await answer(citizen, '没有参加', '办好的户口簿、社保卡要免费邮寄到家吗？');
  await answer(citizen, '否', null);
  await citizen.getByRole('heading', { name: '要办的事和材料', level: 1 }).waitFor();
  await citizen.getByRole('button', { name: '下一步：填写申请表' }).tap();

  // 2. The one form: the applicant's name is prefilled; going on with gaps lists every one of them.
  await citizen.getByRole('heading', { name: '填写申请表', level: 1 }).waitFor();
  const applicantName = citizen.getByLabel('姓名', { exact: true });
  await applicantName.waitFor();
  expect(await applicantName.inputValue()).toBe('王小明');
  await citizen.getByRole('button', { name: '下一步：核对信息' }).tap();
  const summary = citizen.getByRole('alert').filter({ hasText: '请先改好下面' });
  await summary.waitFor();
  expect(await summary.innerText()).toContain('请选择用哪一份居民身份证');
  expect(await summary.innerText()).toContain('请填写孩子的姓名');
  await screenshot(citizen, 'onething-form-errors');
  await expectNoSeriousA11yIssues(citizen);

  await citizen.getByLabel('身份证号码', { exact: true }).fill(idNumber('44030419920315101'));
  await citizen.getByLabel('手机号码', { exact: true }).fill('13800138000');
  await choice(citizen, '您与孩子的关系', /^爸爸/).tap();
  await citizen.getByLabel('孩子的姓名', { exact: true }).fill('王小宝');
  await choice(citizen, '性别', /^男/).tap();
  // 出生日期 and 民族 are picked: the date wheel offers only the theme's window (the past year up to today), the 民族
  // wheel the 56 groups of GB/T 3304; 确定 takes what is shown (today; 汉族, the first group).
  const today = beijingDate(new Date());
  const dateColumns = await pickAsShown(citizen, '出生日期');
  expect(dateColumns[0]).toEqual([...new Set([addMonths(today, -12).slice(0, 4), today.slice(0, 4)])].map((year) => `${year}年`));
  expect(dateColumns[2]?.at(-1)).toBe(`${today.slice(8, 10)}日`);
  const groups = await pickAsShown(citizen, '民族');
  expect(groups[0]).toHaveLength(56);
  expect(groups[0]!.slice(0, 3)).toEqual(['汉族', '蒙古族', '回族']);
  await citizen.getByRole('button', { name: '民族', exact: true }).filter({ hasText: '汉族' }).waitFor();
  await citizen.getByLabel('爸爸的姓名', { exact: true }).fill('王小明');
  await citizen.getByLabel('爸爸的身份证号码', { exact: true }).fill(idNumber('44030419920315101'));
  await citizen.getByLabel('妈妈的姓名', { exact: true }).fill('刘芳');
  await citizen.getByLabel('妈妈的身份证号码', { exact: true }).fill(idNumber('44030519940722202'));
  // The shared records (holders masked): which 身份证 is whose; the 户口簿 and 结婚证 have one record each, already chosen.
  await choice(citizen, '爸爸的身份证用哪一份', /^王/).tap();
  await choice(citizen, '妈妈的身份证用哪一份', /^刘/).tap();
  await choice(citizen, '办好后怎么拿', /^窗口领取/).tap();
  await citizen.getByRole('button', { name: '下一步：核对信息' }).tap();

  // 3. Check your answers, then submit → the case number.
  await citizen.getByRole('heading', { name: '核对信息', level: 1 }).waitFor();
  await citizen.getByRole('button', { name: '提交申请' }).waitFor();
  const check = await visibleText(citizen);
  expect(check).toContain('王小宝');
  expect(check).toContain('电子证照：刘*');
  expect(check).toContain('窗口领取');
  await screenshot(citizen, 'onething-confirm');
  await expectNoSeriousA11yIssues(citizen);
  const casesBefore = (await callAs(cloud.url, 'demo-citizen-wang', api.onething['applications.listMine'], {})).items.length;
  await citizen.getByRole('button', { name: '提交申请' }).tap();

  // 3b. The child's data needs the guardian's separate consent, asked right here: why, and what withdrawing means.
  // 暂不提交 leaves nothing submitted; asked again, 同意并提交 records it and the same submit goes on.
  const ask = citizen.getByRole('region', { name: '提交前需要您单独同意' });
  await ask.waitFor();
  const asked = await ask.innerText();
  expect(asked).toContain(CONSENTS.minor_data.title);
  expect(asked).toContain(CONSENTS.minor_data.why);
  expect(asked).toContain(CONSENTS.minor_data.consequenceOfWithdrawal);
  await screenshot(citizen, 'onething-consent-at-submit');
  await expectNoSeriousA11yIssues(citizen);
  await citizen.getByRole('button', { name: '暂不提交' }).tap();
  await citizen.getByRole('alert').filter({ hasText: '申请还没有提交' }).waitFor();
  expect((await callAs(cloud.url, 'demo-citizen-wang', api.onething['applications.listMine'], {})).items).toHaveLength(casesBefore);
  await citizen.getByRole('button', { name: '提交申请' }).tap();
  await ask.waitFor();
  await citizen.getByRole('button', { name: '同意并提交' }).tap();
  const submitted = citizen.getByText(/提交成功，办件编号 YJS\d+/);
  await submitted.waitFor();
  const caseNumber = /YJS\d+/.exec(await submitted.innerText())![0];
  await citizen.locator('text=生育登记 >> visible=true').first().waitFor();
  expect(await visibleText(citizen)).toContain('撤回申请');
  await screenshot(citizen, 'onething-case');
  await expectNoSeriousA11yIssues(citizen);

  // 4. 曹卫健 (卫生健康委员会) finds the task on the department desk, accepts it and approves it.
  const staff = await openAs('demo-staff-health-1', '/packages/staff/pages/onething-tasks/index');
  const row = staff.getByRole('link', { name: new RegExp(`^生育登记 · 新生儿出生.*${caseNumber}`) });
  await row.waitFor();
  await screenshot(staff, 'onething-tasks');
  await expectNoSeriousA11yIssues(staff);
  await row.tap();
  await staff.getByRole('heading', { name: '办理事项', level: 1 }).waitFor();
  await staff.getByRole('button', { name: '受理', exact: true }).tap();
  await staff.getByLabel('证照或结果文书编号').waitFor();
  await staff.getByLabel('证照或结果文书编号').fill('SYDJ-2026-0001');
  await screenshot(staff, 'onething-task');
  await expectNoSeriousA11yIssues(staff);
  await staff.getByRole('button', { name: '审批通过', exact: true }).tap();
  await staff.getByText('生育登记 · 已办结').waitFor();

  // 5. The citizen sees it on the case: 已办结 with the result number, and the case can no longer be withdrawn.
  await citizen.reload();
  await citizen.getByText('结果：生育登记回执 SYDJ-2026-0001', { exact: false }).waitFor();
  const after = await visibleText(citizen);
  expect(after).toContain('已办结 1/');
  expect(after).not.toContain('撤回申请');

  // 6. 一次性告知: the same department asks, on 出生医学证明签发, for the mother's ID card again (unreadable).
  const caseId = decodeURIComponent(/caseId=([^&]+)/.exec(staff.url())![1]!);
  const desk = await openAs('demo-staff-health-1', `/packages/staff/pages/onething-tasks/detail?caseId=${encodeURIComponent(caseId)}&taskId=birth_medical_cert`);
  await desk.getByText('出生医学证明签发 · 待受理').waitFor();
  await desk.getByRole('button', { name: '受理', exact: true }).tap();
  await desk.getByText('出生医学证明签发 · 已受理').waitFor();
  await desk.getByRole('button', { name: /^补正：妈妈的身份证/ }).tap();
  await desk.getByLabel('妈妈的身份证的问题').fill('证件照片看不清，请上传清晰的正反面照片');
  await desk.getByRole('button', { name: '要求补正（1 份）' }).tap();
  await desk.getByText('出生医学证明签发 · 待补正').waitFor();

  // 7. 补正: the citizen supplies only what was asked; a wrong file type is refused before anything is uploaded.
  await citizen.reload();
  await citizen.getByRole('heading', { name: '需要补正的材料' }).waitFor();
  expect(await visibleText(citizen)).toContain('证件照片看不清');
  await screenshot(citizen, 'onething-supplement');
  await expectNoSeriousA11yIssues(citizen);
  let chooser = citizen.waitForEvent('filechooser');
  await citizen.getByRole('button', { name: '上传妈妈的身份证' }).tap();
  await (await chooser).setFiles({ name: 'id.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await citizen.getByText('“id.gif”的格式不对').waitFor();
  chooser = citizen.waitForEvent('filechooser');
  await citizen.getByRole('button', { name: '上传妈妈的身份证' }).tap();
  await (await chooser).setFiles({ name: 'id-card.png', mimeType: 'image/png', buffer: ONE_PIXEL_PNG });
  await citizen.getByText('✓ id-card.png').waitFor();
  // A preview of the picked photo, before sending it.
  await citizen.getByRole('button', { name: '查看大图：id-card.png' }).waitFor();
  await expectNoSeriousA11yIssues(citizen);
  await citizen.getByRole('button', { name: '提交补正材料' }).tap();
  await citizen.getByText('补正材料', { exact: false }).first().waitFor();
  await citizen.getByRole('heading', { name: '需要补正的材料' }).waitFor({ state: 'detached' });
  expect(await visibleText(citizen)).not.toContain('出生医学证明签发待补正');

  // 8. The department opens the supplied photo through the function that checks it may (a short-lived address).
  await desk.reload();
  await desk.getByRole('button', { name: '查看文件：id-card.png' }).tap();
  await desk.getByRole('button', { name: '查看大图：id-card.png' }).waitFor();
  await desk.waitForFunction(() => Array.from(document.querySelectorAll('.onething-upload__image img, img.onething-upload__image')).some((img) => (img as HTMLImageElement).naturalWidth > 0));
});

const ONE_PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
