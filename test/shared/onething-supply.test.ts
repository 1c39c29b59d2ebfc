import type { MaterialSource } from '@shared/catalog/schema';
import { openTasks } from '@shared/onething/machine';
import { eventsToTell, noticeFor } from '@shared/onething/notice';
import { checkSupplies, type ChecklistMaterial, type SharedRecordRef } from '@shared/onething/supply';

const NOW = new Date('2026-11-23T04:00:00Z');
const spec = { mimeTypes: ['image/jpeg' as const], maxBytes: 2_000_000, count: { min: 1, max: 2 }, tip: '拍清楚' };
const needed = [{ id: 'x_item', name: '事项X' }];
const material = (id: string, source: MaterialSource): ChecklistMaterial => ({ id, name: id, neededBy: needed, source });
const CHECKLIST = [
  material('id_copy', { kind: 'shared', record: 'id_card', fallback: spec }),
  material('promise_doc', { kind: 'promise', text: '我承诺', supplyWithinDays: 5, supplyAs: spec }),
  material('photo', { kind: 'upload', upload: spec }),
  material('cert', { kind: 'internal', fromSubItem: 'x_item' }),
];
const RECORDS = new Map<string, SharedRecordRef>([
  ['r1', { recordId: 'r1', type: 'id_card', holder: '王小明', number: '440304199203151011', issuer: '公安' }],
  ['r2', { recordId: 'r2', type: 'hukou', holder: '王小明', number: 'HK1', issuer: '公安' }],
]);
const jpg = (size = 1000) => ({ fileId: 'cloud://x/a.jpg', name: 'a.jpg', mimeType: 'image/jpeg', size });

describe('checking how materials are supplied', () => {
  it('takes a shared record reference, a ticked promise and files within the spec; internal ones are stored as passed on', () => {
    const { issues, materials } = checkSupplies(
      CHECKLIST,
      { id_copy: { kind: 'shared', recordId: 'r1' }, promise_doc: { kind: 'promise', accepted: true }, photo: { kind: 'upload', files: [jpg()] } },
      RECORDS,
      NOW,
    );
    expect(issues).toEqual([]);
    expect(materials.map((m) => [m.id, m.via])).toEqual([
      ['id_copy', 'shared'],
      ['promise_doc', 'promise'],
      ['photo', 'upload'],
      ['cert', 'internal'],
    ]);
    expect(materials[0]!.sharedRecord!.recordId).toBe('r1');
    expect(materials[1]!.promise).toMatchObject({ text: '我承诺', supplyWithinDays: 5 });
  });

  it('lets a shared or promised material be uploaded instead, by its fallback spec', () => {
    const { issues } = checkSupplies(
      CHECKLIST,
      { id_copy: { kind: 'upload', files: [jpg()] }, promise_doc: { kind: 'upload', files: [jpg()] }, photo: { kind: 'upload', files: [jpg()] } },
      RECORDS,
      NOW,
    );
    expect(issues).toEqual([]);
  });

  it('names every problem by path: missing, wrong record type, wrong kind, type, size, count, unknown, internal', () => {
    const { issues } = checkSupplies(
      CHECKLIST,
      {
        id_copy: { kind: 'shared', recordId: 'r2' },
        promise_doc: { kind: 'upload', files: [jpg(), jpg(), jpg()] },
        photo: { kind: 'upload', files: [{ ...jpg(3_000_000), mimeType: 'application/pdf' }] },
        cert: { kind: 'upload', files: [jpg()] },
        extra: { kind: 'promise', accepted: true },
      },
      RECORDS,
      NOW,
    );
    expect(issues.map((i) => i.path).sort()).toEqual(
      ['extra', 'id_copy.recordId', 'promise_doc.files', 'photo.files.0.mimeType', 'photo.files.0.size', 'cert'].map((p) => `materials.${p}`).sort(),
    );
    const missing = checkSupplies(CHECKLIST, {}, RECORDS, NOW).issues.map((i) => i.path);
    expect(missing).toEqual(['materials.id_copy', 'materials.promise_doc', 'materials.photo']);
  });

  it('does not accept a promise when the material must be handed in now (补正)', () => {
    const { issues } = checkSupplies(CHECKLIST.slice(1, 2), { promise_doc: { kind: 'promise', accepted: true } }, RECORDS, NOW, { allowPromise: false });
    expect(issues).toEqual([{ path: 'materials.promise_doc.kind', message: expect.stringContaining('请上传') }]);
  });
});

describe('notices to the applicant', () => {
  const tasks = openTasks(
    [{ id: 'a_item', name: '出生登记（上户口）', department: 'police', after: [], legalDays: 10, promisedDays: 2, output: { name: '户口簿', kind: 'registration', electronic: false } }],
    NOW,
  );
  const staff = { kind: 'staff' as const, openid: 's', name: '何警官', department: 'police' };

  it('makes one notice per step within WeChat’s keyword limits, completion as the headline', () => {
    const events = [
      { at: NOW, event: 'approve' as const, actor: staff, taskId: 'a_item', note: null },
      { at: NOW, event: 'complete' as const, actor: staff, taskId: null, note: null },
    ];
    const notice = noticeFor({ number: 'YJS2026112300001', themeName: '一个名字非常非常非常非常非常非常长的一件事主题', tasks }, events, '2026-11-23 12:00');
    expect(notice.subscribeData.phrase3!.value).toBe('已办结');
    expect(notice.subscribeData.thing2!.value.length).toBeLessThanOrEqual(20);
    expect(notice.subscribeData.thing4!.value.length).toBeLessThanOrEqual(20);
    expect(notice.body).toContain('「出生登记（上户口）」审批通过');
  });

  it('does not tell the applicant about their own 补正 or withdrawal', () => {
    const me = { kind: 'applicant' as const, openid: 'me', name: '王小明', department: null };
    expect(eventsToTell([{ at: NOW, event: 'supplement', actor: me, taskId: 'a_item', note: null }])).toEqual([]);
    expect(eventsToTell([{ at: NOW, event: 'submit', actor: me, taskId: null, note: null }])).toHaveLength(1);
  });
});
