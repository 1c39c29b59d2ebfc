/**
 * 惠企政策 enterprise pages in WeChat's component framework against the local CloudBase: the enterprise home shows
 * the profile with its marks and the computed size class, the 政策计算器 shows every open policy with the verdict per
 * condition, and a policy's page shows what it grants with this enterprise's verdicts.
 */
import { answerOf } from '../support/client-call';
import { beijingDate } from '@shared/calendar/working-days';
import { actAs, clearCalls, follow, navigations, openPage, wxAttributes, type PageHandle } from './support/miniapp';
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
  await page.waitForText('广东省深圳市福田区（440304）');

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

// ——— Phase 2: binding, the profile editor, the inbox and the staff pages ———

/** Calls an action straight on the local CloudBase as `openid` (a staff member publishing, the timer pushing). */
const backendCall = (openid: string, action: string, payload: unknown) => answerOf(wechat().cloudUrl!, openid, { fn: 'policy', action }, payload);

/** A valid 统一社会信用代码 built from 17 characters (GB 32100-2015 check character). */
function creditCode(first17: string): string {
  const { usccCheckCharacter } = require('../../shared/uscc') as typeof import('../../shared/uscc');
  return first17 + usccCheckCharacter(first17);
}

/** Makes wx.requestSubscribeMessage answer as a person would (WeChat's own dialog). */
function subscribeAnswers(answer: 'accept' | 'reject'): () => void {
  const wx = (globalThis as any).wx;
  const original = wx.requestSubscribeMessage;
  wx.requestSubscribeMessage = (options: { tmplIds: string[]; success?: (r: unknown) => void; complete?: () => void }) => {
    wechat().calls.push({ api: 'requestSubscribeMessage', options: { tmplIds: options.tmplIds } });
    const result = { errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(options.tmplIds.map((id) => [id, answer])) };
    setTimeout(() => {
      options.success?.(result);
      options.complete?.();
    }, 0);
  };
  return () => {
    wx.requestSubscribeMessage = original;
  };
}

test('绑定企业: a wrong check digit shows inline; the registered legal representative binds at once and is offered WeChat reminders', async () => {
  // A seeded 襄阳 enterprise on the market register; the binder's 个人信息 carries its legal representative's identity.
  const { demoMarketRegistrations } = require('../../scripts/seed/demo-world') as typeof import('../../scripts/seed/demo-world');
  const registered = demoMarketRegistrations()[1]!;
  const profile = { realName: registered.legalRepresentative.name, idNumber: registered.legalRepresentative.idNumber };
  expect((await answerOf(wechat().cloudUrl!, 'test-policy-binder', { fn: 'account', action: 'profile.update' }, profile)).ok).toBe(true);
  actAs('test-policy-binder');
  const page = await visit('packages/enterprise/pages/bind/index');
  await page.waitForText('统一社会信用代码');
  const code = creditCode('91440304MA5G7PLK2');
  const wrong = code.slice(0, 17) + (code[17] === '0' ? '1' : '0');
  await page.input('统一社会信用代码', wrong);
  await page.waitForText('校验位不正确');
  await page.tap({ text: '确认绑定' });
  await page.waitForText('请先改好下面');
  expect(page.text()).toContain('请选择您与企业的关系');

  await page.input('统一社会信用代码', registered.creditCode);
  await page.input('企业名称', registered.enterpriseName);
  // The option by its hint: the error summary also names 法定代表人.
  await page.tap({ text: '营业执照上登记的法定代表人' });
  await page.waitFor(() => !page.text().includes('校验位不正确'), 'the inline error to go');
  await page.tap({ text: '确认绑定' });
  await page.waitForText(`已绑定：${registered.enterpriseName}`);
  expect(page.text()).toContain('您是该企业的法定代表人');

  const restore = subscribeAnswers('accept');
  try {
    await page.tap({ text: '有新政策时提醒我' });
    await page.waitForText('有新的符合政策时会发微信提醒您');
  } finally {
    restore();
  }
  expect(wechat().calls.find((c) => c.api === 'requestSubscribeMessage')?.options).toEqual({ tmplIds: ['POLICY_MATCH_TMPL'] });
});

test('政策消息: a pushed 免申即享 policy says what will be granted and when, and takes an 异议', async () => {
  const published = await backendCall('demo-staff-samr-1', 'policies.publish', {
    id: 'weapp-canyin-mianshen',
    title: '餐饮企业免申即享消费券补贴',
    issuingDepartment: '深圳市商务局',
    summary: '对本市餐饮企业按参保人数直接发放消费券补贴，无需申请。（测试政策）',
    fullTextUrl: 'https://www.sz.gov.cn/',
    benefit: { text: '每家 5000 元消费券补贴', amount: { kind: 'fixed', amount: 5000 } },
    window: { opensOn: '2026-01-01' },
    mode: 'no_application',
    payoutBy: '2026-12-31',
    category: 'sme_support',
    eligibility: { all: [{ op: 'region-in', codes: ['4403'] }, { op: 'industry-in', codes: ['H62'] }] },
  });
  expect(published.ok).toBe(true);
  expect((await backendCall('demo-admin', 'push.run', {})).ok).toBe(true);

  const page = await visit('packages/enterprise/pages/inbox/index', { code: ZHAO_CODE });
  await page.waitForText('餐饮企业免申即享消费券补贴');
  const text = page.text();
  expect(text).toMatch(/未读 [1-9]/);
  expect(text).toContain('免申即享：不用申请');
  expect(text).toContain('将发放：');
  expect(text).toContain('发放时间：');
  expect(text).toContain('2026');

  await page.tap({ text: '提出异议' });
  await page.waitForText('提交异议');
  await page.tap({ text: '提交异议' });
  await page.waitForText('至少5个字');
  await page.input('异议理由', '我公司已于上月停业，不再经营餐饮');
  await page.tap({ text: '提交异议' });
  await page.waitForText('您的异议已送达深圳市商务局');

  // Muting a category is saved at once and shown.
  await page.tap({ text: '科技创新' });
  await page.waitForText('已设为不再提醒');

  // Opening the policy marks it read and goes to its page.
  clearCalls();
  await page.tap({ text: '小微餐饮企业稳岗补贴（演示）' });
  expect(String(navigations()[0]?.options.url)).toContain('id=shenzhen-canyin-wengang-demo');

  actAs('demo-staff-samr-1');
  const report = await visit('packages/staff/pages/policies/report', { id: 'weapp-canyin-mianshen' });
  await report.waitForText('提出异议：1 家');
  expect(report.text()).toContain('我公司已于上月停业');
  expect(report.text()).toContain('深圳市福田区赵记餐饮有限公司');
});

test('完善企业信息: the industry comes from GB/T 4754-2017, the size class is computed, a filled field decides a policy', async () => {
  const page = await visit('packages/enterprise/pages/profile/index', { code: ZHAO_CODE });
  await page.waitForText('企业规模（自动计算）：小型');
  expect(page.text()).toContain('已选：H6210 正餐服务');
  await page.waitForText('已选：广东省深圳市福田区（440304）');
  await page.waitForText('住宿和餐饮业');

  // 100 staff and 2000 万元: 中型 for 餐饮业, computed as typed.
  await page.input('从业人数（人）', '120');
  await page.input('上年度营业收入（万元）', '2500');
  await page.waitForText('企业规模（自动计算）：中型');
  await page.input('从业人数（人）', '12');
  await page.input('上年度营业收入（万元）', '380');
  await page.waitForText('企业规模（自动计算）：小型');

  await page.input('失业保险连续缴费（个月）', '24');
  await page.tap({ text: '保存企业信息' });
  await page.waitForText('已保存');

  const calculator = await visit('packages/enterprise/pages/calculator/index', { code: ZHAO_CODE });
  await calculator.waitForText('符合的政策');
  expect(calculator.text()).not.toContain('还没有填写“失业保险连续缴费”');
});

test('完善企业信息: a revenue that looks like 元 is questioned before it is saved; 成立日期 is picked up to today', async () => {
  const page = await visit('packages/enterprise/pages/profile/index', { code: ZHAO_CODE });
  await page.waitForText('企业规模（自动计算）');
  expect(page.text()).toContain('上年度营业收入（万元）');
  expect(wxAttributes(page.picker('成立日期'))).toMatchObject({ mode: 'date', start: '1900-01-01', end: beijingDate(new Date()) });

  clearCalls();
  const calls = () => wechat().cloudCalls.filter((c) => (c.data as { action?: string }).action === 'enterprises.upsertProfile').length;
  await page.input('从业人数（人）', '15');
  await page.input('上年度营业收入（万元）', '4200000');
  await page.tap({ text: '保存企业信息' });
  await page.waitForText('您填写的上年度营业收入是 4200000 万元，即 420 亿元，确认无误吗？');
  expect(calls()).toBe(0);
  await page.tap({ text: '我改一下' });
  await page.input('上年度营业收入（万元）', '420');
  await page.tap({ text: '保存企业信息' });
  await page.waitForText('已保存');
  expect(calls()).toBe(1);
});

test('惠企政策 (staff): the builder says each condition in words and previews the reach', async () => {
  actAs('demo-staff-samr-1');
  const page = await visit('packages/staff/pages/policies/index');
  await page.waitForText('发布新政策');
  await page.waitForText('小微餐饮企业稳岗补贴（演示）');
  expect(page.text()).toContain('还不完整：至少选择一个地区');
  await page.input('地区代码（GB/T 2260，可填多个）', '4403');
  await page.waitForText('要求：所在地区位于 4403（市级）');
  await page.tap({ text: '预览送达范围' });
  await page.waitForText(/将送达 \d+ 家企业/);

  actAs('demo-citizen-wang');
  const denied = await visit('packages/staff/pages/policies/index');
  await denied.waitForText('暂时不能使用');
});

/** Taps the innermost element whose whole text is `text` (a choice whose word also appears inside longer texts). */
async function tapExactly(page: PageHandle, text: string): Promise<void> {
  const el = Array.from(page.dom.querySelectorAll('*'))
    .filter((node) => (node.textContent ?? '').trim() === text)
    .pop();
  if (!el) throw new Error(`no element reads exactly ${text}`);
  (page as unknown as { dispatch(el: Element, type: string, detail: Record<string, unknown>): void }).dispatch(el, 'tap', { x: 0, y: 0 });
  await new Promise((resolve) => setTimeout(resolve, 30));
}

test('the industry picker walks GB/T 4754-2017 and finds by name; the size rule follows the industry', async () => {
  const page = await visit('packages/enterprise/pages/profile/index', { code: ZHAO_CODE });
  await page.waitForText('H 住宿和餐饮业');
  expect(page.text()).toContain('I 信息传输、软件和信息技术服务业');
  await page.tap({ text: 'H 住宿和餐饮业' });
  await page.waitForText('正在看：H 住宿和餐饮业');
  await page.waitForText('H62 餐饮业');
  expect(page.text()).toContain('H61 住宿业');

  await page.input('按代码或名称查找行业', '软件开发');
  await page.waitForText('I6513 应用软件开发');
  await page.tap({ text: 'I6513 应用软件开发' });
  await page.waitForText('已选：I6513 应用软件开发');
  // 软件和信息技术服务业: 从业人员 ≥ 10 且营业收入 ≥ 50 万元 is 小型.
  await page.waitForText('软件和信息技术服务业');
  expect(page.text()).toContain('企业规模（自动计算）：小型');

  // The region: 省 → 市 → 区县 from the GB/T 2260 data, never typed.
  await tapExactly(page, '广东省');
  await page.waitForText('正在选：广东省');
  await page.waitForText('广州市');
  await tapExactly(page, '深圳市');
  await page.waitForText('南山区');
  await tapExactly(page, '南山区');
  await page.waitForText('已选：广东省深圳市南山区');
});

test('惠企政策 (staff): the publish form names what is missing, then publishes and leads to the report', async () => {
  actAs('demo-staff-samr-1');
  const page = await visit('packages/staff/pages/policies/index');
  await page.waitForText('发布新政策');
  await tapExactly(page, '发布政策');
  await page.waitForText('请先改好下面');
  expect(page.text()).toContain('政策编号由小写字母、数字和连字符组成');

  await page.input('政策编号', 'weapp-rencai-yinjin');
  await page.input('政策名称', '青年人才引进补贴（测试）');
  await page.input('政策摘要', '对本市企业新引进的青年人才给予一次性补贴。（测试政策）');
  await page.input('政策原文链接', 'https://www.sz.gov.cn/');
  await page.input('扶持内容', '每人一次性补贴 1 万元');
  await tapExactly(page, '申报');
  await tapExactly(page, '人才引育');
  await page.input('地区代码（GB/T 2260，可填多个）', '4403');
  await page.waitForText('要求：所在地区位于 4403（市级）');
  await tapExactly(page, '发布政策');
  await page.waitForText('已发布：青年人才引进补贴（测试）');
  // Publishing pushes at once: 赵记餐饮 (深圳) is among those reached.
  await page.waitForText(/已推送给 [1-9]\d* 家符合条件的企业/);

  clearCalls();
  await page.tap({ text: '查看送达报告' });
  const [call] = navigations();
  expect(call).toEqual({ api: 'navigateTo', options: { url: '/packages/staff/pages/policies/report?id=weapp-rencai-yinjin' } });
  const report = await follow(call);
  open.push(report);
  await report.waitForText(/符合并推送的企业：[1-9]\d* 家/);
});

test('政策消息: asking for WeChat reminders from a tap records the grant; declining says the inbox still works', async () => {
  const page = await visit('packages/enterprise/pages/inbox/index', { code: ZHAO_CODE });
  await page.waitForText('还可以提醒您 0 次');
  let restore = subscribeAnswers('accept');
  try {
    await page.tap({ text: '有新政策时提醒我' });
    await page.waitForText('还可以提醒您 1 次');
  } finally {
    restore();
  }
  expect(wechat().cloudCalls.filter((c) => (c.data as { action?: string }).action === 'subscriptions.record')).toHaveLength(1);

  restore = subscribeAnswers('reject');
  try {
    await page.tap({ text: '有新政策时提醒我' });
    await page.waitForText('您没有同意接收提醒');
  } finally {
    restore();
  }
  expect(page.text()).toContain('还可以提醒您 1 次');
});
