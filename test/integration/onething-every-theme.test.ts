/**
 * Every shipped 一件事 can finish in the demo: each theme's default path (the simulator's first path that bundles
 * something) is applied for by a demo citizen or the demo legal representative, and the demo staff of every
 * department it routes to accept and approve their tasks until the case is 办结. Generic over catalog.themes(): a
 * theme added later is walked too, and fails here if no demo staff can process one of its departments.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalog } from '@shared/catalog';
import { cityConfig } from '@shared/config/city';
import { api } from '@shared/contracts';
import type { InputOf, OutputOf } from '@shared/contract';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { CASE_CONSENTS } from '../support/onething-scenes';
import { CONSENTS } from '@shared/privacy/consents';
import { uploadedBy } from '../support/test-uploads';
import { defaultPathCandidates, sampleForm } from '../support/theme-defaults';

jest.setTimeout(120_000);

const WANG = 'demo-citizen-wang';
const ZHAO = 'demo-enterprise-zhao';
const ZHAO_ENTERPRISE = '91440304MA5F3XKQ87';
const CITY = cityConfig().regionCode;

const personas: { openid: string; roles: string[]; department?: string }[] = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../emulator/seed/personas.json'), 'utf8'),
);
/** The first demo staff persona of each department. */
const staffOf = new Map<string, string>();
for (const p of personas) if (p.roles.includes('staff') && p.department && !staffOf.has(p.department)) staffOf.set(p.department, p.openid);

type GuideResult = Extract<OutputOf<(typeof api.onething)['guide.evaluate']>, { status: 'result' }>;
type Supply = InputOf<(typeof api.onething)['applications.submit']>['materials'][string];

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  for (const persona of [WANG, ZHAO]) {
    for (const purpose of CASE_CONSENTS) {
      expectOk(await backend.call(persona, api.account['consents.grant'], { purpose, version: CONSENTS[purpose].version, context: '测试：一件事申请' }));
    }
  }
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

/** How the applicant supplies each material, as the confirm page would: their shared record, the promise, or files. */
function supplies(result: GuideResult, owner: string): Record<string, Supply> {
  const out: Record<string, Supply> = {};
  for (const material of result.materials) {
    const source = material.source;
    if (source.kind === 'internal') continue;
    if (source.kind === 'shared' && source.records[0]) {
      out[material.id] = { kind: 'shared', recordId: source.records[0].recordId };
      continue;
    }
    if (source.kind === 'promise') {
      out[material.id] = { kind: 'promise', accepted: true };
      continue;
    }
    const spec = source.kind === 'shared' ? source.fallback : source.upload;
    const pdf = !spec.mimeTypes.includes('image/jpeg');
    out[material.id] = {
      kind: 'upload',
      files: Array.from({ length: spec.count.min }, (_, i) => ({
        fileId: uploadedBy(owner, 'onething', pdf ? 'pdf' : 'jpg'),
        name: `${material.id}-${i + 1}.${pdf ? 'pdf' : 'jpg'}`,
        mimeType: pdf ? ('application/pdf' as const) : ('image/jpeg' as const),
        size: 200_000,
      })),
    };
  }
  return out;
}

async function firstSubmittablePath(themeId: string, applicant: string) {
  const theme = catalog.get(themeId, { city: CITY })!;
  for (const answers of defaultPathCandidates(theme)) {
    const guide = expectOk(await backend.call(applicant, api.onething['guide.evaluate'], { themeId, regionCode: CITY, answers: answers as never }));
    if (guide.status === 'result' && guide.canSubmit) return { theme, answers, guide };
  }
  throw new Error(`${themeId}: no answer path among the simulator's first 200 can be submitted`);
}

const themes = catalog.themes({ city: CITY });

describe('every shipped theme reaches 办结 with the demo personas', () => {
  it.each(themes.map((t) => [t.title, t.id, t.audience] as const))('%s (%s)', async (_title, themeId, audience) => {
    const applicant = audience === 'enterprise' ? ZHAO : WANG;
    const { theme, answers, guide } = await firstSubmittablePath(themeId, applicant);
    const submitted = await backend.call(applicant, api.onething['applications.submit'], {
      requestId: randomUUID(),
      themeId,
      regionCode: CITY,
      answers: answers as never,
      form: sampleForm(theme, answers, ZHAO_ENTERPRISE),
      materials: supplies(guide, applicant),
      delivery: theme.delivery.includes('window') ? { method: 'window' } : theme.delivery.includes('electronic') ? { method: 'electronic' } : {
        method: 'ems',
        address: { recipient: '王小明', phone: '13800138000', address: '广东省深圳市福田区福华三路 100 号 2 栋 301' },
      },
    });
    const caseId = expectOk(submitted).id;

    const handledBy = new Set<string>();
    for (let round = 0; round < 12; round += 1) {
      const view = expectOk(await backend.call(applicant, api.onething['applications.get'], { caseId }));
      const open = view.tasks.filter((t) => t.state === 'pending' || t.state === 'accepted' || t.state === 'in_review');
      if (open.length === 0) break;
      for (const task of open) {
        const staff = staffOf.get(task.department.id);
        expect({ department: task.department.name, staff: staff ?? '没有演示工作人员' }).toEqual({ department: task.department.name, staff: expect.stringMatching(/^demo-staff-/) });
        if (task.state === 'pending') expectOk(await backend.call(staff!, api.onething['tasks.decide'], { caseId, taskId: task.id, decision: 'accept' }));
        expectOk(await backend.call(staff!, api.onething['tasks.decide'], { caseId, taskId: task.id, decision: 'approve', result: { documentNo: `DOC-${task.id}` } }));
        handledBy.add(task.department.id);
      }
    }
    const done = expectOk(await backend.call(applicant, api.onething['applications.get'], { caseId }));
    expect(done.status).toBe('completed');
    expect(done.tasks.every((t) => t.state === 'approved')).toBe(true);
    expect([...handledBy].sort()).toEqual([...new Set(guide.subItems.map((s) => s.department))].sort());
  });
});
