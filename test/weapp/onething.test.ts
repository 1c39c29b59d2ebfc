/**
 * 高效办成一件事 pages in WeChat's component framework against the local CloudBase: the theme page tells what
 * 新生儿出生 bundles before anything is asked, the guide asks one question per page and keeps answers going
 * back and forth (in a draft in wx storage), and the checklist says for each material what to do.
 */
import { actAs, clearCalls, follow, navigations, openPage, settle, type PageHandle } from './support/miniapp';
import { wechat } from './support/wechat';

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
