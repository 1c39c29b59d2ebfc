/**
 * 高效办成一件事 pages in WeChat's component framework against the local CloudBase: the theme page tells what
 * 新生儿出生 bundles before anything is asked, the guide asks one question per page and keeps answers going
 * back and forth (in a draft in wx storage), and the checklist says for each material what to do.
 */
import { actAs, clearCalls, follow, navigations, openPage, settle, wxAttributes, type PageHandle } from './support/miniapp';
import { CONSENTS } from '@shared/privacy/consents';
import { wechat } from './support/wechat';
import { beijingDate } from '@shared/calendar/working-days';
import { addMonths } from '@shared/enterprise/calendar-date';

const DRAFT_KEY = 'onething.draft.newborn';
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

beforeEach(() => {
  clearCalls();
  actAs('demo-citizen-wang');
});

afterEach(() => {
  while (open.length) open.pop()!.close();
});

/** Taps the element whose whole text is `text` (an option like 是, whose word also appears in the question). */
async function tapExactly(page: PageHandle, text: string): Promise<void> {
  const el = Array.from(page.dom.querySelectorAll('*'))
    .filter((node) => (node.textContent ?? '').trim() === text)
    .pop();
  if (!el) throw new Error(`no element reads exactly ${text}; page shows: ${page.text().slice(0, 400)}`);
  (page as unknown as { dispatch(el: Element, type: string, detail: Record<string, unknown>): void }).dispatch(el, 'tap', { x: 0, y: 0 });
  await settle();
}

function storedDraft(): { answers: Record<string, unknown>; promises: string[] } | undefined {
  return wechat().storage.get(DRAFT_KEY) as { answers: Record<string, unknown>; promises: string[] } | undefined;
}

/** Chooses an option and goes on, then waits for the next question (or the move to the checklist). */
async function answer(page: PageHandle, option: string, next: string | null): Promise<void> {
  await tapExactly(page, option);
  await page.tap({ text: '下一题' });
  if (next) await page.waitForText(next);
}

describe('theme page', () => {
  test('新生儿出生 tells, before anything is asked, what it bundles, how long, what you will need, how you get it', async () => {
    const page = await visit('pages/onething/theme/index', { themeId: 'newborn' });
    await page.waitForText('出生登记（上户口）');
    const text = page.text();
    // This deployment's city (深圳) layers its own promise and an extra step on the national definition.
    expect(text).toContain('承诺 4 个工作日办结');
    expect(text).toContain('育儿指导登记');
    expect(text).toContain('公安局');
    expect(text).toContain('视情况办理');
    expect(text).toContain('妈妈的身份证');
    expect(text).toContain('孩子出生不满 1 周岁');
    expect(text).toContain('邮寄');
    await page.tap({ text: '开始办理' });
    expect(navigations()).toEqual([{ api: 'navigateTo', options: { url: '/pages/onething/guide/index?themeId=newborn' } }]);
  });

  test('an unknown theme says so in words', async () => {
    const page = await visit('pages/onething/theme/index', { themeId: 'no_such_theme' });
    await page.waitForText('没有加载出来');
    expect(page.text()).toContain('没有找到');
  });
});

describe('guide', () => {
  test('one question per page; back keeps the answer; a changed answer drops the questions no longer asked', async () => {
    wechat().storage.delete(DRAFT_KEY);
    const page = await visit('pages/onething/guide/index', { themeId: 'newborn' });
    await page.waitForText('孩子是在哪里出生的？');
    expect(page.text()).toContain('第 1 题');

    await page.tap({ text: '下一题' });
    await page.waitForText('请先选择一项');

    await answer(page, '在本市的医院', '孩子的爸爸是本市户口吗？');
    expect(page.text()).toContain('第 2 题');
    await answer(page, '是', '孩子的妈妈是本市户口吗？');
    await answer(page, '是', '孩子的户口想落在谁那里？');
    expect(storedDraft()?.answers).toEqual({ born_where: 'local_hospital', father_local: true, mother_local: true });

    // Back: the previous page shows its answer chosen.
    await page.tap({ text: '上一题' });
    await page.waitForText('孩子的妈妈是本市户口吗？');
    expect(page.text()).toContain('已选');
    // Change it: only one parent local, so "whose hukou" is no longer asked.
    await answer(page, '否', '爸爸妈妈已经领了结婚证吗？');
    expect(storedDraft()?.answers).toEqual({ born_where: 'local_hospital', father_local: true, mother_local: false });

    // Back twice, forward twice: the answers are kept, nothing asked again from scratch.
    await page.tap({ text: '上一题' });
    await page.waitForText('孩子的妈妈是本市户口吗？');
    await page.tap({ text: '上一题' });
    await page.waitForText('孩子的爸爸是本市户口吗？');
    await page.tap({ text: '下一题' });
    await page.waitForText('孩子的妈妈是本市户口吗？');
    await page.tap({ text: '下一题' });
    await page.waitForText('爸爸妈妈已经领了结婚证吗？');

    await answer(page, '是', '要同时给孩子办社保卡吗？');
    // 深圳's own question, layered on the national guide.
    await answer(page, '是', '需要社区医生上门看看孩子和妈妈吗？');
    await answer(page, '否', '妈妈参加的是哪种医疗保险？');
    await answer(page, '职工医保（单位交，或自己按灵活就业交）', '出院时已经直接用医保结算了吗？');
    await answer(page, '否', '要申领生育津贴吗？');
    await answer(page, '否', '要免费邮寄到家吗？');
    clearCalls();
    await answer(page, '是', null);
    await page.waitFor(() => navigations().length > 0, 'the move to the checklist');
    expect(navigations()).toEqual([{ api: 'redirectTo', options: { url: '/pages/onething/checklist/index?themeId=newborn' } }]);
    expect(storedDraft()?.answers).toMatchObject({ married: true, mother_insurance: 'employee', hospital_settled: false, want_mail: true });
  });

  test('a finished draft reopens as the list of answers, each one can be changed', async () => {
    const page = await visit('pages/onething/guide/index', { themeId: 'newborn' });
    await page.waitForText('已经答完');
    expect(page.text()).toContain('在本市的医院');
    await page.tap({ text: '孩子的妈妈是本市户口吗？' });
    await page.waitForText('第 3 题');
    expect(page.text()).toContain('已选');
  });
});

describe('checklist', () => {
  test('says for each material: shared (nothing to do), promised (tick the 告知承诺), or upload (types, size)', async () => {
    const page = await visit('pages/onething/checklist/index', { themeId: 'newborn' });
    await page.waitForText('材料');
    await page.waitForText('出院小结');
    const text = page.text();
    expect(text).toContain('生育医疗费用报销');
    expect(text).toContain('住院费用没有直接用医保结算');
    expect(text).toContain('不用交');
    expect(text).toContain('由电子证照库调取居民身份证，您不用交');
    expect(text).toContain('如果库里查不到您的记录');
    expect(text).toContain('告知承诺');
    expect(text).toContain('本人承诺所报销的生育医疗费用真实');
    expect(text).toContain('需上传');
    expect(text).toMatch(/JPG、PNG.*不超过 \d+ MB/);

    await page.tap({ text: '下一步：填写申请表' });
    await page.waitForText('还有 1 项告知承诺没有勾选');
    await page.tap({ text: '我承诺：出院小结' });
    expect(storedDraft()?.promises).toEqual(['discharge_summary']);
    clearCalls();
    await page.tap({ text: '下一步：填写申请表' });
    expect(navigations()).toHaveLength(1);
  });
});

/** Answers of a 新生儿出生 whose materials are all shared or passed between departments (no uploads). */
const NO_UPLOAD_ANSWERS = {
  born_where: 'local_hospital',
  father_local: true,
  mother_local: true,
  hukou_follows: 'father',
  married: true,
  want_ss_card: false,
  want_home_visit: false,
  mother_insurance: 'none',
  want_mail: false,
};
const FATHER_ID = '440304199203151015';
const MOTHER_ID = '440305199407222029';

function seedDraft(extra: Record<string, unknown> = {}): void {
  wechat().storage.set(DRAFT_KEY, { themeId: 'newborn', answers: NO_UPLOAD_ANSWERS, promises: [], form: {}, supplies: {}, updatedAt: new Date().toISOString(), ...extra });
}

/** Taps the option reading `text` inside the group labelled `group` (the same option appears in several groups). */
async function tapInGroup(page: PageHandle, group: string, text: string): Promise<void> {
  const root = page.find({ label: group });
  if (!root) throw new Error(`no group ${group}`);
  const el = Array.from(root.querySelectorAll('*'))
    .filter((node) => (node.textContent ?? '').includes(text))
    .pop();
  if (!el) throw new Error(`nothing reads ${text} in ${group}`);
  (page as unknown as { dispatch(el: Element, type: string, detail: Record<string, unknown>): void }).dispatch(el, 'tap', { x: 0, y: 0 });
  await settle();
}

describe('form → check → submit → case → department', () => {
  let caseUrl = '';

  test('the one form is prefilled, lists every gap at once, and goes on to the check page once complete', async () => {
    seedDraft();
    const page = await visit('packages/onething/pages/form/index', { themeId: 'newborn' });
    await page.waitForText('申请人（爸爸或妈妈）');
    await page.waitFor(() => page.text().includes('王**') || page.text().includes('王'), 'the shared records');
    await page.tap({ text: '下一步：核对信息' });
    await page.waitForText('请先改好下面');
    expect(page.text()).toContain('请选择用哪一份居民身份证（妈妈的身份证）');
    expect(page.text()).toContain('请选择办好后怎么拿');
    // Prefilled from who I am: no error on the applicant's name.
    expect(page.text()).not.toContain('请填写完整的姓名');

    await page.input('身份证号码', FATHER_ID);
    await page.input('手机号码', '13800138000');
    await tapInGroup(page, '您与孩子的关系', '爸爸');
    await page.input('孩子的姓名', '王小宝');
    await tapInGroup(page, '性别', '男');
    // 出生日期 and 民族 are picked, never typed: the date wheel offers only the theme's window (under 1 year, up to
    // today), the 民族 wheel the 56 groups of GB/T 3304.
    const today = beijingDate(new Date());
    expect(wxAttributes(page.picker('出生日期'))).toMatchObject({ mode: 'date', start: addMonths(today, -12), end: today });
    const groups = wxAttributes(page.picker('民族')).range as string[];
    expect(groups).toHaveLength(56);
    expect(groups[0]).toBe('汉族');
    await page.pick('出生日期', addMonths(today, -1));
    await page.pick('民族', groups.indexOf('壮族'));
    await page.waitForText('壮族');
    await page.input('爸爸的姓名', '王小明');
    await page.input('爸爸的身份证号码', FATHER_ID);
    await page.input('妈妈的姓名', '刘芳');
    await page.input('妈妈的身份证号码', MOTHER_ID);
    await tapInGroup(page, '爸爸的身份证用哪一份', '王');
    await tapInGroup(page, '妈妈的身份证用哪一份', '刘');
    await tapInGroup(page, '办好后怎么拿', 'EMS');
    await page.waitForText('收件地址');
    await page.input('收件人', '王小明');
    await page.input('收件人手机号码', '13800138000');
    await page.input('收件地址', '福田区福华路88号2栋1201');
    clearCalls();
    await page.tap({ text: '下一步：核对信息' });
    expect(navigations()).toEqual([{ api: 'navigateTo', options: { url: '/packages/onething/pages/confirm/index?themeId=newborn' } }]);
    // Everything typed is in the draft: leaving the mini-program loses nothing.
    const draft = wechat().storage.get(DRAFT_KEY) as { form: Record<string, unknown>; delivery: unknown };
    expect(draft.form).toMatchObject({ applicant_name: '王小明', child_name: '王小宝', child_gender: 'male' });
    expect(draft.delivery).toEqual({ method: 'ems', address: { recipient: '王小明', phone: '13800138000', address: '福田区福华路88号2栋1201' } });
  });

  test('check your answers, submit; the child consent is asked right there, 同意并提交 goes on with the same requestId → the case number; the draft is cleared', async () => {
    const page = await visit('packages/onething/pages/confirm/index', { themeId: 'newborn' });
    await page.waitForText('提交申请');
    expect(page.text()).toContain('王小宝');
    expect(page.text()).toContain('EMS 免费邮寄');
    clearCalls();
    await page.tap({ text: '提交申请' });
    await page.waitForText('提交前需要您单独同意');
    expect(page.text()).toContain(CONSENTS.minor_data.title);
    expect(page.text()).toContain(CONSENTS.minor_data.consequenceOfWithdrawal);
    expect(navigations()).toEqual([]);
    await page.tap({ text: '同意并提交' });
    await page.waitFor(() => navigations().length > 0, 'the move to the case');
    const [redirect] = navigations();
    expect(redirect.api).toBe('redirectTo');
    expect(String(redirect.options.url)).toMatch(/^\/pages\/onething\/case\/index\?id=.+&submitted=1$/);
    const submits = wechat().cloudCalls.filter((c) => (c.data as { action?: string }).action === 'applications.submit');
    expect(submits).toHaveLength(2);
    const [refused, continued] = submits.map((c) => (c.data as { requestId?: string }).requestId);
    expect(refused).toMatch(/^[\w-]{8,}$/);
    expect(continued).toBe(refused);
    expect(wechat().cloudCalls.some((c) => (c.data as { action?: string }).action === 'consents.grant')).toBe(true);
    expect(wechat().storage.has(DRAFT_KEY)).toBe(false);

    caseUrl = String(redirect.options.url);
    const view = await follow(redirect);
    open.push(view);
    await view.waitForText('提交成功，办件编号 YJS');
    expect(view.text()).toContain('卫生健康委员会');
    expect(view.text()).toContain('公安局');
    expect(view.text()).toContain('等前面的事项办好后开始计时');
    expect(view.text()).toMatch(/还剩 \d+ 个工作日/);
    expect(view.text()).toContain('撤回申请');
    expect(view.text()).toContain('出件：');
  });

  test('我的办件 lists the case with where it stands', async () => {
    const page = await visit('pages/onething/cases/index');
    await page.waitForText('新生儿出生 · YJS');
    expect(page.text()).toContain('已提交，待受理');
    expect(page.text()).toMatch(/已全部显示，共 \d+ 条/);
    await page.tap({ text: '新生儿出生 · YJS' });
    expect(String(navigations()[0]?.options.url)).toMatch(/^\/pages\/onething\/case\/index\?id=/);
  });

  test('the department sees its task on its desk, accepts it, rejects it only with a reason; the citizen reads the reason and can no longer withdraw', async () => {
    actAs('demo-staff-health-1');
    const desk = await visit('packages/staff/pages/onething-tasks/index');
    await desk.waitForText('生育登记 · 新生儿出生');
    expect(desk.text()).toContain('卫生健康委员会');
    expect(desk.text()).not.toContain('出生登记（上户口）');
    await desk.tap({ text: '生育登记 · 新生儿出生' });
    const detail = await follow(navigations()[0]!);
    open.push(detail);
    await detail.waitForText('王小宝');
    await tapExactly(detail, '受理');
    await detail.waitForText('生育登记 · 已受理');
    expect(detail.text()).toContain('审批通过');
    expect(detail.text()).toContain('一次性告知补正');
    // Rejecting needs a reason in words; the reason reaches the citizen.
    await detail.input('不予办理的理由', '太短');
    await tapExactly(detail, '不予办理');
    await detail.waitForText('请写明不予办理的理由（至少 5 个字）');
    await detail.input('不予办理的理由', '出生时间与医院记录不一致');
    await tapExactly(detail, '不予办理');
    await detail.waitForText('生育登记 · 不予办理');

    actAs('demo-citizen-wang');
    const [route, search] = caseUrl.split('?');
    const query = Object.fromEntries(search!.split('&').map((pair) => pair.split('=') as [string, string]));
    const view = await visit(route!.slice(1), query);
    await view.waitForText('理由：出生时间与医院记录不一致');
    expect(view.text()).not.toContain('撤回申请');
  });

  test('a second application is prefilled from the latest case (ID number, phone), not only the name', async () => {
    seedDraft();
    const page = await visit('packages/onething/pages/form/index', { themeId: 'newborn' });
    await page.waitForText('已用您上次办件（YJS');
    expect(wxAttributes(page.find({ label: '身份证号码' })!).value).toBe(FATHER_ID);
    expect(wxAttributes(page.find({ label: '手机号码' })!).value).toBe('13800138000');
    expect(wxAttributes(page.find({ label: '姓名' })!).value).toBe('王小明');
  });

  test('a case no department has accepted yet can be withdrawn', async () => {
    seedDraft({
      form: {
        applicant_name: '王小明', applicant_id_number: FATHER_ID, applicant_phone: '13800138000', applicant_relation: 'father', child_name: '王小贝',
        child_gender: 'female', child_birth_date: addMonths(beijingDate(new Date()), -1), child_ethnicity: '01', father_name: '王小明', father_id_number: FATHER_ID,
        mother_name: '刘芳', mother_id_number: MOTHER_ID,
      },
      supplies: { father_id_card: { kind: 'shared', recordId: 'sr-wang-id-card' }, mother_id_card: { kind: 'shared', recordId: 'sr-wang-spouse-id-card' } },
      delivery: { method: 'window' },
    });
    const page = await visit('packages/onething/pages/confirm/index', { themeId: 'newborn' });
    await page.waitForText('提交申请');
    clearCalls();
    await page.tap({ text: '提交申请' });
    await page.waitFor(() => navigations().length > 0, 'the move to the case');
    const view = await follow(navigations()[0]!);
    open.push(view);
    await view.waitForText('撤回申请');
    await view.tap({ text: '撤回申请' });
    await view.waitForText('确定撤回吗？');
    await tapExactly(view, '确定撤回');
    await view.waitForText('已撤回');
    // Every department's task is cancelled; the withdraw button is gone (the timeline records the withdrawal).
    expect(view.text()).toContain('生育登记已取消');
    expect(view.text().match(/撤回申请/g)).toHaveLength(1);
  });
});
