import { addWorkingDays } from '@shared/calendar/working-days';
import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

const li = 'demo-citizen-li';

describe('complaints and suggestions', () => {
  it('routes a complaint from an enterprise page to 市场监管, with a 5-working-day deadline', async () => {
    const ticket = expectOk(
      await backend.call(li, api.account['feedback.create'], {
        kind: 'complaint',
        content: '营业执照变更等了很久没人处理，电话13912345678也打不通',
        page: 'packages/enterprise/pages/index/index',
        contact: { preference: 'phone', phone: '13912345678' },
      }),
    );
    expect(ticket).toMatchObject({ status: 'submitted', department: { id: 'samr', name: '市场监督管理局' }, contactPhone: '139****5678', reply: null });
    expect(ticket.number).toMatch(/^JY\d{8}-[0-9A-Z]{5}$/);
    expect(ticket.dueDate).toBe(addWorkingDays(new Date(), 5).date);

    const inbox = expectOk(await backend.call('demo-staff-samr-1', api.account['feedback.listForDepartment'], {}));
    const received = inbox.items.find((t) => t.id === ticket.id);
    expect(received).toMatchObject({ submitter: '李**', contactPhone: '139****5678' });
    expect(received?.content).toContain('139****5678');

    const elsewhere = expectOk(await backend.call('demo-staff-edu-1', api.account['feedback.listForDepartment'], {}));
    expect(elsewhere.items.find((t) => t.id === ticket.id)).toBeUndefined();
  });

  it('lets only the responsible department reply, once, and the person sees the reply and rates it once', async () => {
    const ticket = expectOk(
      await backend.call(li, api.account['feedback.create'], { kind: 'suggestion', content: '希望首页字再大一些，老年人看不清', department: 'govservice', contact: { preference: 'in_app' } }),
    );
    const wrongDepartment = await backend.call('demo-staff-samr-1', api.account['feedback.reply'], { ticketId: ticket.id, reply: '我们会研究改进。' });
    expect(wrongDepartment).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const tooEarly = await backend.call(li, api.account['feedback.rate'], { ticketId: ticket.id, rating: 'satisfied' });
    expect(tooEarly).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const replied = expectOk(await backend.call('demo-staff-gov-1', api.account['feedback.reply'], { ticketId: ticket.id, reply: '已开通关怀模式，在“我的”页面打开即可放大字体。' }));
    expect(replied.status).toBe('replied');
    const again = await backend.call('demo-staff-gov-1', api.account['feedback.reply'], { ticketId: ticket.id, reply: '再答复一次试试' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const mine = expectOk(await backend.call(li, api.account['feedback.listMine'], {}));
    expect(mine.items.find((t) => t.id === ticket.id)).toMatchObject({
      statusLabel: '部门已答复',
      reply: { text: '已开通关怀模式，在“我的”页面打开即可放大字体。', by: '政务服务数据管理局 陶政数' },
    });

    const someoneElse = await backend.call('demo-citizen-wang', api.account['feedback.rate'], { ticketId: ticket.id, rating: 'dissatisfied' });
    expect(someoneElse).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const rated = expectOk(await backend.call(li, api.account['feedback.rate'], { ticketId: ticket.id, rating: 'basically_satisfied' }));
    expect(rated).toMatchObject({ status: 'closed', rating: { value: 'basically_satisfied', label: '基本满意' } });
    const twice = await backend.call(li, api.account['feedback.rate'], { ticketId: ticket.id, rating: 'satisfied' });
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses an empty complaint, too many photos and a bad phone, writing nothing', async () => {
    const before = expectOk(await backend.call('demo-citizen-wang', api.account['feedback.listMine'], {})).items.length;
    const result = await backend.call('demo-citizen-wang', api.account['feedback.create'], {
      kind: 'complaint',
      content: '差',
      photos: ['cloud://a/1', 'cloud://a/2', 'cloud://a/3', 'cloud://a/4'],
      contact: { preference: 'phone', phone: '123' },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    const paths = (result as { error: { details: { fields: { path: string }[] } } }).error.details.fields.map((f) => f.path).sort();
    expect(paths).toEqual(['contact.phone', 'content', 'photos']);
    expect(expectOk(await backend.call('demo-citizen-wang', api.account['feedback.listMine'], {})).items.length).toBe(before);
  });
});
