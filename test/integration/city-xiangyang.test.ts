/**
 * The functions built for 襄阳市 (CITY=xiangyang, into a folder of its own) answer as 襄阳市: its department
 * names, its help service areas and response time, its policy subscribe template. The demo world's people are
 * reused; what differs is only the city the bundles were built for.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { api } from '@shared/contracts';
import { cityById } from '@shared/config/city';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { homeVisitRequest, LI } from './help-fixtures';

const root = path.resolve(__dirname, '../..');
const xiangyang = cityById('xiangyang');
let backend: Backend;
// Outside the repository, so jest's module map does not see two bundles named `help`.
const functionsDir = mkdtempSync(path.join(os.tmpdir(), 'functions-xiangyang-'));

beforeAll(async () => {
  execFileSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/build-functions.ts', '--city', 'xiangyang', '--out', functionsDir], { cwd: root, stdio: 'pipe', env: { ...process.env, CITY: '' } });
  backend = await startBackend({ functionsDir });
}, 120_000);
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
  rmSync(functionsDir, { recursive: true, force: true });
});

it('names a staff member’s department as 襄阳市 configures it', async () => {
  const me = expectOk(await backend.call('demo-staff-samr-1', api.account.whoami, {}));
  expect(me.department).toEqual({ id: 'samr', name: '襄阳市市场监督管理局' });
});

it('takes help requests in its service areas, with its own response time', async () => {
  const before = Date.now();
  const created = expectOk(await backend.call(LI, api.help['requests.create'], homeVisitRequest({ regionCode: '420606', streetAddress: '人民路 1 号' })));
  expect(created.region).toMatchObject({ code: '420606', name: expect.stringContaining('樊城区') });
  const escalateAt = new Date(created.deadlines.escalateAt!).getTime();
  expect(escalateAt - before).toBeGreaterThanOrEqual(xiangyang.help.acceptWithinMinutes * 60_000 - 1000);
  expect(escalateAt - before).toBeLessThan(xiangyang.help.acceptWithinMinutes * 60_000 + 60_000);
});

it('refuses a county outside its help service areas, and another city, in plain words', async () => {
  const zaoyang = await backend.call(LI, api.help['requests.create'], homeVisitRequest({ regionCode: '420683' }));
  expect(zaoyang).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  expect(JSON.stringify(zaoyang)).toContain('襄阳市的帮办服务目前只在襄城区、樊城区、襄州区开展');
  const shenzhen = await backend.call(LI, api.help['requests.create'], homeVisitRequest());
  expect(JSON.stringify(shenzhen)).toContain('只能申请襄阳市范围内的帮办服务');
});

it('asks for policy reminders with the template 襄阳市 registered', async () => {
  const box = expectOk(await backend.call('demo-enterprise-zhao', api.policy['inbox.list'], { creditCode: '91440304MA5F3XKQ87' }));
  expect(box.subscription.templateId).toBe(xiangyang.subscribeTemplates.policyMatch);
});
