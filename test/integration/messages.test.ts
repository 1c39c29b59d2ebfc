/**
 * The same plain-Chinese messages reach the mini-program through the local CloudBase: a handful of the generated bad
 * payloads go through the real routers (identity, role check, validation) and every message in the answer reads as
 * Chinese, with the schema paths kept for placing each message beside its field.
 */
import { api } from '@shared/contracts';
import type { Contract } from '@shared/contract';
import { HELPER_STATUS_LABELS } from '@shared/help/matching';
import { expectNothingUnmasked, startBackend, type Backend } from '../support/backend';
import { badPayloads } from '../support/bad-payloads';
import { developerTextIn } from '../support/developer-text';
import { readableLines, sectionTitle } from '../../miniprogram/src/packages/account/pages/data/readable';
import { newbornApplication, WANG } from './onething-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
}, 60_000);
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

type Refusal = { ok: false; error: { code: string; message: string; details: { fields: { path: string; message: string }[] } } };

async function refuse(openid: string, contract: Contract, payload: unknown): Promise<Refusal['error']> {
  const { body } = await backend.raw(contract.fn, { action: contract.action, payload }, openid);
  expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  return (body as Refusal).error;
}

function expectPlainChinese(error: Refusal['error']) {
  for (const message of [error.message, ...error.details.fields.map((f) => f.message)]) {
    expect({ message, developerText: developerTextIn(message) }).toEqual({ message, developerText: [] });
  }
}

describe('bad payloads through the routers', () => {
  it.each([
    ['help', 'requests.create', 'demo-citizen-li'],
    ['review', 'ratings.submit', WANG],
    ['account', 'feedback.create', WANG],
    ['onething', 'applications.listMine', WANG],
  ] as const)('%s.%s answers every generated bad payload in plain Chinese', async (fn, action, openid) => {
    const contract = (api as unknown as Record<string, Record<string, Contract>>)[fn]![action]!;
    // Every tenth generated payload keeps the run short; the shared test parses all of them.
    const sample = badPayloads(contract.input).filter((_, i) => i % 10 === 0);
    for (const bad of sample) {
      if (contract.input.safeParse(bad.payload).success) continue;
      expectPlainChinese(await refuse(openid, contract, bad.payload));
    }
  });

  it('an enum left out is asked for by its label, not listed as codes', async () => {
    const error = await refuse('demo-citizen-li', api.help['requests.create'], {});
    expect(error.details.fields.find((f) => f.path === 'kind')?.message).toBe('请选择求助类型');
    expectPlainChinese(error);
  });

  it('a text field too short names the field and the count, and an unknown key is never shown', async () => {
    const error = await refuse(WANG, api.account['feedback.create'], { kind: 'complaint', content: '太', someUnknownKey: 1 });
    const paths = error.details.fields.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(error.message).not.toContain('someUnknownKey');
    expectPlainChinese(error);
  });

  it('an empty birth date in the one form gets one message: 请填写出生日期', async () => {
    const good = newbornApplication();
    const error = await refuse(WANG, api.onething['applications.submit'], newbornApplication({ form: { ...good.form, child_birth_date: '' } }));
    expect(error.details.fields.filter((f) => f.path === 'form.child_birth_date')).toEqual([{ path: 'form.child_birth_date', message: '请填写出生日期' }]);
    expectPlainChinese(error);
  });
});

describe('我的数据 in the person’s words', () => {
  it.each(['demo-citizen-wang', 'demo-helper-zhou', 'demo-enterprise-zhao'])('shows %s every section and field in Chinese, no keys or ids', async (openid) => {
    const { body } = await backend.raw('account', { action: 'data.export', payload: {} }, openid);
    const exported = (body as { ok: true; data: { sections: { collection: string; purpose: string; records: Record<string, unknown>[] }[] } }).data;
    const shown: string[] = [];
    for (const section of exported.sections) {
      shown.push(sectionTitle(section.collection, section.purpose));
      for (const record of section.records) for (const line of readableLines(record, section.collection)) shown.push(`${line.label}：${line.value}`);
    }
    expect(shown.filter((text) => developerTextIn(text).length)).toEqual([]);
    expect(shown.join('\n')).not.toContain(openid);
    expect(shown.join('\n')).toMatch(/姓名：(王小明|周帮办|赵建国)/);
  });

  it('names what 王小明 holds: his case by its number and theme, his e-licences by type and issuer', async () => {
    const { body } = await backend.raw('account', { action: 'data.export', payload: {} }, WANG);
    const sections = (body as { data: { sections: { collection: string; records: Record<string, unknown>[] }[] } }).data.sections;
    const lines = (collection: string) => sections.find((s) => s.collection === collection)!.records.flatMap((r) => readableLines(r, collection)).map((l) => `${l.label}：${l.value}`);
    expect(lines('onething_cases')).toEqual(expect.arrayContaining(['办理事项：新生儿出生', expect.stringMatching(/^编号：YJS\d+/)]));
    expect(lines('shared_records')).toEqual(expect.arrayContaining(['证照类型：居民身份证', '发证机关：深圳市公安局福田分局']));
  });

  it('reads a code in the meaning of its own record: a verified helper reads as verified (not a rectification state), on 周一 to 周五', async () => {
    const { body } = await backend.raw('account', { action: 'data.export', payload: {} }, 'demo-helper-zhou');
    const helpers = (body as { data: { sections: { collection: string; records: Record<string, unknown>[] }[] } }).data.sections.find((s) => s.collection === 'helpers')!;
    const lines = readableLines(helpers.records[0]!, 'helpers').map((l) => `${l.label}：${l.value}`);
    expect(lines).toEqual(expect.arrayContaining([`状态：${HELPER_STATUS_LABELS.verified}`, '可服务时间·服务日：周一、周二、周三、周四、周五']));
  });
});
