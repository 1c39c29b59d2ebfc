/**
 * Permissions as code, end to end: the rules the build writes (dist/functions/collections.json,
 * storage-rules.json) are what the local CloudBase enforces on client-side access. A citizen going around
 * the functions with wx.cloud.database() reads and writes nothing, cannot make themself an administrator,
 * and ensureUser never grants what a client-written users document claims.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EJSON } from 'bson';
import { api } from '@shared/contracts';
import { COLLECTION_DECLARATIONS } from '../../cloudfunctions/collections';
import { expectOk, startBackend, type Backend } from '../support/backend';

const CITIZEN = 'demo-citizen-wang';
const built = JSON.parse(readFileSync(path.resolve(__dirname, '../../dist/functions/collections.json'), 'utf8')) as { name: string; permission: unknown }[];

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
});
afterAll(async () => {
  await backend?.close();
});

/** What wx.cloud.database() sends, as `openid`. */
async function clientDb(openid: string, body: Record<string, unknown>): Promise<{ status: number; body: { errCode?: number; code?: string; errMsg?: string } }> {
  const response = await fetch(`${backend.url}/__client/database`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-wx-openid': openid }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}
const ejson = (value: object) => EJSON.stringify(value, { relaxed: false });

function expectPermissionDenied(res: Awaited<ReturnType<typeof clientDb>>, what: string) {
  expect({ what, status: res.status, errCode: res.body.errCode, code: res.body.code }).toEqual({ what, status: 403, errCode: -502003, code: 'DATABASE_PERMISSION_DENIED' });
}

async function snapshot(name: string): Promise<unknown[]> {
  return (await backend.db().collection(name).limit(1000).get()).data as unknown[];
}

describe('declared rules', () => {
  it('every collection is declared admin-only in the build output, and so is nothing else', () => {
    expect(built.map((c) => c.name).sort()).toEqual(COLLECTION_DECLARATIONS.map((c) => c.name).sort());
    for (const collection of built) expect({ name: collection.name, permission: collection.permission }).toEqual({ name: collection.name, permission: { acl: 'ADMINONLY' } });
    const storage = JSON.parse(readFileSync(path.resolve(__dirname, '../../dist/functions/storage-rules.json'), 'utf8'));
    expect(storage).toEqual({ acl: 'CUSTOM', rule: { read: 'resource.openid == auth.openid', write: 'resource.openid == auth.openid' } });
  });
});

describe('a citizen going around the functions', () => {
  it('can neither read nor write any collection client-side, and nothing changes', async () => {
    for (const { name } of COLLECTION_DECLARATIONS) {
      const before = await snapshot(name);
      expectPermissionDenied(await clientDb(CITIZEN, { action: 'database.getDocument', collectionName: name, queryType: 'WHERE', query: '{}' }), `read ${name}`);
      expectPermissionDenied(await clientDb(CITIZEN, { action: 'database.calculateDocument', collectionName: name, query: '{}' }), `count ${name}`);
      expectPermissionDenied(await clientDb(CITIZEN, { action: 'database.insertDocument', collectionName: name, data: [ejson({ note: 'written from the client' })] }), `add to ${name}`);
      expectPermissionDenied(
        await clientDb(CITIZEN, { action: 'database.modifyDocument', collectionName: name, queryType: 'WHERE', multi: true, query: '{}', data: ejson({ $set: { note: 'changed from the client' } }) }),
        `update ${name}`,
      );
      expectPermissionDenied(await clientDb(CITIZEN, { action: 'database.removeDocument', collectionName: name, queryType: 'WHERE', multi: true, query: '{}' }), `remove from ${name}`);
      expect({ name, after: await snapshot(name) }).toEqual({ name, after: before });
    }
  });

  it('cannot make themself an administrator by writing users/<own openid>', async () => {
    const before = await snapshot('users');
    const attempts = [
      { action: 'database.modifyDocument', collectionName: 'users', queryType: 'DOC', query: ejson({ _id: CITIZEN }), data: ejson({ $set: { roles: ['admin'] } }) },
      { action: 'database.modifyDocument', collectionName: 'users', queryType: 'DOC', merge: false, upsert: true, query: ejson({ _id: CITIZEN }), data: ejson({ name: '王小明', roles: ['admin'] }) },
      { action: 'database.insertDocument', collectionName: 'users', data: [ejson({ _id: 'o-brand-new', roles: ['admin'] })] },
    ];
    for (const attempt of attempts) expectPermissionDenied(await clientDb(attempt === attempts[2] ? 'o-brand-new' : CITIZEN, attempt), `${attempt.action} users`);
    expect(await snapshot('users')).toEqual(before);
    expect(expectOk(await backend.call(CITIZEN, api.account.whoami, {})).roles).toEqual(['citizen']);
    expect(expectOk(await backend.call('o-brand-new', api.account.whoami, {}))).toMatchObject({ roles: ['citizen'], created: true });
  });

  it('ensureUser grants nothing from a users document a client created (it carries _openid)', async () => {
    // as if the rule had been loosened by mistake and a client had created its own account document
    await backend.db().collection('users').doc('o-self-made').set({ _openid: 'o-self-made', name: '自封', roles: ['admin'], department: 'samr', enterprises: [] });
    const me = expectOk(await backend.call('o-self-made', api.account.whoami, {}));
    expect(me.roles).toEqual(['citizen']);
    expect(me.department).toBeNull();
  });

  it('downloads only the files they uploaded themself', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
    const cloudPath = `onething/${CITIZEN}/photo-1.jpg`;
    const up = await fetch(`${backend.url}/__client/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', headers: { 'content-type': 'image/jpeg', 'x-wx-openid': CITIZEN }, body: jpeg });
    const { fileID } = (await up.json()) as { fileID: string };
    const download = (openid: string) => fetch(`${backend.url}/__client/download?fileID=${encodeURIComponent(fileID)}`, { headers: { 'x-wx-openid': openid } });
    const mine = await download(CITIZEN);
    expect(mine.status).toBe(200);
    expect(Buffer.from(await mine.arrayBuffer())).toEqual(jpeg);
    const other = await download('demo-citizen-li');
    expect(other.status).toBe(403);
    expect(await other.json()).toMatchObject({ errCode: -503002, code: 'STORAGE_EXCEED_AUTHORITY' });
  });
});
