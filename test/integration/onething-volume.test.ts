/**
 * 一件事 at city volume: a submit makes at most 4 database round trips (counted by the local CloudBase), and the
 * department desk reads its tasks a page at a time from the work list's entries, repairing any its case contradicts.
 */
import { api } from '@shared/contracts';
import { expectNothingUnmasked, expectOk, startBackend, type Backend } from '../support/backend';
import { STAFF, WANG, newbornApplication, submit } from './onething-fixtures';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
}, 60_000);
afterAll(async () => {
  if (backend) expectNothingUnmasked(backend);
  await backend?.close();
});

interface LoggedRequest {
  invocation: string | null;
  action: string;
  startMs: number;
  endMs: number;
}

/**
 * The SDK requests functions sent while `run` ran. With a simulated latency of 60 ms per request, requests a
 * function sends together overlap in the log and requests it sends one after another do not.
 */
async function requestsDuring(run: () => Promise<unknown>): Promise<LoggedRequest[]> {
  const control = `${backend.url}/__emulator/requests`;
  await fetch(control, { method: 'DELETE' });
  await fetch(control, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latencyMs: 60 }) });
  try {
    await run();
  } finally {
    await fetch(`${backend.url}/__emulator/requests`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ latencyMs: 0 }) });
  }
  const { requests } = (await (await fetch(control)).json()) as { requests: LoggedRequest[] };
  return requests.filter((r) => r.invocation !== null);
}

/** Round trips one after another: the longest chain of requests each sent only after the one before was answered. */
function sequentialDepth(requests: LoggedRequest[]): number {
  const sorted = [...requests].sort((a, b) => a.startMs - b.startMs);
  const depth: number[] = [];
  sorted.forEach((r, i) => {
    depth[i] = 1 + Math.max(0, ...sorted.slice(0, i).map((before, j) => (before.endMs <= r.startMs ? depth[j]! : 0)));
  });
  return Math.max(0, ...depth);
}

const tasksList = (staff: string, input: Parameters<Backend['call']>[2] & object) => backend.call(staff, api.onething['tasks.list'], input as never);

describe('submit round trips', () => {
  it('a warm submit reaches the database in at most 4 round trips and still makes one case per requestId', async () => {
    await submit(backend); // warms the function, the day's number counter and this person's rate window
    const input = newbornApplication();
    let caseId = '';
    const requests = await requestsDuring(async () => {
      caseId = expectOk(await backend.call(WANG, api.onething['applications.submit'], input)).id;
    });
    const database = requests.filter((r) => r.action.startsWith('database.'));
    expect(sequentialDepth(database)).toBeLessThanOrEqual(4);
    // Everything else it sends (the files check, the WeChat notice) is counted too: 5 one after another at most.
    expect(sequentialDepth(requests)).toBeLessThanOrEqual(5);

    // The retry answers the same case without a second one, and counts nothing against the limit.
    const retry = await requestsDuring(async () => {
      expect(expectOk(await backend.call(WANG, api.onething['applications.submit'], input)).id).toBe(caseId);
    });
    expect(retry.filter((r) => r.action.startsWith('database.') && r.action !== 'database.getDocument')).toEqual([]);
    const { total } = (await backend.db().collection('onething_cases').where({ requestId: input.requestId }).count()) as { total: number };
    expect(total).toBe(1);
  });
});

describe('the department desk pages by cursor', () => {
  it('walks every open task of the department in due order, each once, none of another department', async () => {
    const mine: string[] = [];
    for (let i = 0; i < 3; i += 1) mine.push((await submit(backend)).id);
    const all: string[] = [];
    const dues: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = expectOk(await tasksList(STAFF.health, { filter: 'open', limit: 2, ...(cursor ? { cursor } : {}) }));
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.department).toEqual({ id: 'health', name: '卫生健康委员会' });
      for (const item of page.items) {
        expect(item.task.department.id).toBe('health');
        all.push(`${item.caseId}/${item.task.id}`);
        dues.push(`${item.task.dueOn ?? '9999-12-31'} ${item.submittedAt}`);
      }
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor && pages < 50);
    expect(cursor).toBeUndefined();
    expect(new Set(all).size).toBe(all.length);
    expect(dues).toEqual([...dues].sort());
    // Each case of this run gave 卫健委 its open tasks; 公安's 上户口 waits for the 出生医学证明: not on its desk yet.
    const { data: cases } = await backend.db().collection('onething_cases').where({ departments: 'health', status: 'submitted' }).limit(100).get();
    const expected = (cases as { _id: string; tasks: { id: string; department: string; state: string }[] }[]).flatMap((c) =>
      c.tasks.filter((t) => t.department === 'health' && t.state !== 'waiting').map((t) => `${c._id}/${t.id}`),
    );
    expect(expected.length).toBeGreaterThan(4);
    for (const key of expected) expect(all).toContain(key);
    const police = expectOk(await tasksList(STAFF.police, { filter: 'all', limit: 100 })).items.map((i) => `${i.caseId}/${i.task.id}`);
    for (const id of mine) expect(police).not.toContain(`${id}/hukou_registration`);
  });

  it('moves a task from 待办 to 已办 when the department decides it, and brings the next serial task on', async () => {
    const { id: caseId } = await submit(backend);
    const has = async (staff: string, filter: 'open' | 'finished', taskId: string) => {
      const items: string[] = [];
      let cursor: string | undefined;
      do {
        const page = expectOk(await tasksList(staff, { filter, ...(cursor ? { cursor } : {}) }));
        items.push(...page.items.map((i) => `${i.caseId}/${i.task.id}`));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return items.includes(`${caseId}/${taskId}`);
    };
    expect(await has(STAFF.police, 'open', 'hukou_registration')).toBe(false);
    expect(await has(STAFF.health, 'open', 'birth_medical_cert')).toBe(true);
    for (const decision of ['accept', 'approve'] as const) {
      expectOk(
        await backend.call(STAFF.health, api.onething['tasks.decide'], {
          caseId,
          taskId: 'birth_medical_cert',
          decision,
          ...(decision === 'approve' ? { result: { documentNo: 'CSYXZM-1' } } : {}),
        } as never),
      );
    }
    expect(await has(STAFF.health, 'open', 'birth_medical_cert')).toBe(false);
    expect(await has(STAFF.health, 'finished', 'birth_medical_cert')).toBe(true);
    // 上户口 waited for the 出生医学证明: it is on 公安's desk now.
    expect(await has(STAFF.police, 'open', 'hukou_registration')).toBe(true);
  });

  it('repairs what a case contradicts: an entry of a case that never landed goes, a stale one is shown as the case says', async () => {
    const { id: caseId } = await submit(backend);
    const entries = backend.db().collection('onething_tasks');
    const { data } = await entries.where({ caseId }).limit(20).get();
    const medical = (data as { _id: string; taskId: string }[]).find((e) => e.taskId === 'birth_medical_cert')!;
    // As if a write had died half-way long ago: the entry says 已办, and an entry of a case that was never stored.
    const longAgo = new Date(Date.now() - 60 * 60 * 1000);
    await entries.doc(medical._id).update({ phase: 'finished', writtenAt: longAgo });
    await entries.add({ _id: `0000000000001~yjs-never-stored~birth_registration`, caseId: 'yjs-never-stored', taskId: 'birth_registration', department: 'health', phase: 'open', dueAt: new Date('2000-01-01T00:00:00Z'), caseVersion: 1, writtenAt: longAgo });

    const finished = expectOk(await tasksList(STAFF.health, { filter: 'finished', limit: 100 }));
    expect(finished.items.some((i) => i.caseId === caseId)).toBe(false);
    const open = expectOk(await tasksList(STAFF.health, { filter: 'open', limit: 100 }));
    expect(open.items.some((i) => i.caseId === 'yjs-never-stored')).toBe(false);
    expect((await entries.doc('0000000000001~yjs-never-stored~birth_registration').get()).data).toEqual([]);
    const repaired = ((await entries.doc(medical._id).get()).data as { phase: string }[])[0];
    expect(repaired?.phase).toBe('open');
    const again = expectOk(await tasksList(STAFF.health, { filter: 'open', limit: 100 }));
    expect(again.items.some((i) => i.caseId === caseId && i.task.id === 'birth_medical_cert')).toBe(true);
  });

  it('refuses a cursor it did not make', async () => {
    expect(await tasksList(STAFF.health, { cursor: 'not-a-cursor' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});
