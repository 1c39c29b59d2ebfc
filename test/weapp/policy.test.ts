/**
 * 惠企政策 enterprise pages in WeChat's component framework against the local CloudBase: the enterprise home shows
 * the profile with its marks and the computed size class, the 政策计算器 shows every open policy with the verdict per
 * condition, and a policy's page shows what it grants with this enterprise's verdicts.
 */
import { actAs, clearCalls, follow, navigations, openPage, type PageHandle } from './support/miniapp';
import { wechat } from './support/wechat';

const ZHAO_CODE = '91440304MA5F3XKQ87';
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
  actAs('demo-enterprise-zhao');
});

afterEach(() => {
  while (open.length) open.pop()!.close();
});

test('企业服务 shows the profile: size class with its reason, verified and self-declared marks, missing fields', async () => {
  const page = await visit('packages/enterprise/pages/index/index');
  await page.waitForText('企业规模：小型');
  const text = page.text();
  expect(text).toContain('住宿业、餐饮业');
  expect(text).toContain('从业人员 12 人 ≥ 10 人');
  expect(text).toContain('已核验（人力资源和社会保障局）');
  expect(text).toContain('自行填报');
  expect(text).toMatch(/失业保险连续缴费\s*未填写/);
  expect(text).toContain('H6210 正餐服务');

  await page.tap({ text: '政策计算器' });
  expect(navigations()).toEqual([{ api: 'navigateTo', options: { url: `/packages/enterprise/pages/calculator/index?code=${ZHAO_CODE}` } }]);
});

test('政策计算器 judges every open policy per condition and says what is lacking', async () => {
  const page = await visit('packages/enterprise/pages/calculator/index', { code: ZHAO_CODE });
  await page.waitForText('符合的政策');
  const text = page.text();
  expect(text).toMatch(/在实施的 \d+ 项政策中：符合 1 项/);
  expect(text).toContain('小微餐饮企业稳岗补贴（演示）');
  expect(text).toContain('符合全部条件，可以享受这项政策。');
  // Nearly: 从业人数 12 人 against ≥ 20 人, in plain words with the actual value.
  expect(text).toContain('要求从业人数 ≥ 20 人，贵企业目前是 12 人。');
  expect(text).toContain('实际：12 人（依据自行填报信息）');
  // Unknown: the missing field, with a way to fill it in.
  expect(text).toContain('还没有填写“失业保险连续缴费”');
  expect(text).toContain('未填写：失业保险连续缴费，去填写');

  await page.tap({ text: '小升规企业培育奖励（演示）' });
  const [call] = navigations();
  expect(call).toEqual({
    api: 'navigateTo',
    options: { url: `/packages/enterprise/pages/policy/index?code=${ZHAO_CODE}&id=shenzhen-xiaoshenggui-demo` },
  });
  const detail = await follow(call);
  open.push(detail);
  await detail.waitForText('一次性奖励 10 万元');
  expect(detail.text()).toContain('深圳市工业和信息化局');
  expect(detail.text()).toContain('2026年1月1日 起，长期有效');
  expect(detail.text()).toContain('申报：按通知要求准备材料申报');
  expect(detail.text()).toContain('还差一项：从业人数 12 人，要求 ≥ 20 人');
  expect(detail.text()).toContain('复制原文链接');
});

test('a policy page for a 免申即享 policy explains the mode; an unknown id says so', async () => {
  const page = await visit('packages/enterprise/pages/policy/index', { code: ZHAO_CODE, id: 'shenzhen-wengang-fanhuan-demo' });
  await page.waitForText('失业保险稳岗返还（演示）');
  expect(page.text()).toContain('免申即享：不用申请');
  expect(page.text()).toContain('差一项');

  const missing = await visit('packages/enterprise/pages/policy/index', { code: ZHAO_CODE, id: 'no-such-policy' });
  await missing.waitForText('没有找到这项政策');
});

test('the calculator turns away a citizen without an enterprise', async () => {
  actAs('demo-citizen-wang');
  const page = await visit('packages/enterprise/pages/calculator/index', { code: ZHAO_CODE });
  await page.waitForText('暂时不能使用');
  expect(page.text()).toContain('还没有绑定企业');
});
