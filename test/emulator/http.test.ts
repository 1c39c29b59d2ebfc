/**
 * The HTTP surface besides the SDK protocol: health/inspection, static files, seeding, declared
 * collections, export/import, the /__client endpoints — and bad input to every endpoint.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EJSON } from 'bson';
import { callAs, expectHealthy, http, sdkFor, startTestEmulator, tempDir, type TestEmulator } from './helpers';

const root = tempDir('cloudbase-emulator-http-');
const staticDir = path.join(root, 'static');
const seedDir = path.join(root, 'seed');
const contractsFile = path.join(root, 'contracts.json');
const collectionsFile = path.join(root, 'collections.json');
const CONTRACTS_TEXT = '{\n  "functions": { "demo": { "actions": ["ping"] } }\n}\n';

function writeFixtures() {
  mkdirSync(path.join(staticDir, 'sub'), { recursive: true });
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(staticDir, 'app.js'), 'console.log(1)');
  writeFileSync(path.join(staticDir, 'sub', 'index.html'), '<p>sub</p>');
  writeFileSync(path.join(root, 'secret.txt'), 'TOP SECRET');
  mkdirSync(path.join(seedDir, 'collections'), { recursive: true });
  mkdirSync(path.join(seedDir, 'storage', 'img'), { recursive: true });
  writeFileSync(
    path.join(seedDir, 'collections', 'members.json'),
    EJSON.stringify([{ _id: 'm1', name: 'One', joined: new Date('2024-01-02T03:04:05Z') }, { name: 'Two', level: 2 }], { relaxed: false }),
  );
  writeFileSync(path.join(seedDir, 'collections', 'empty.json'), '[]');
  writeFileSync(path.join(seedDir, 'personas.json'), JSON.stringify([{ openid: 'o1', name: 'Persona' }]));
  writeFileSync(path.join(seedDir, 'storage', 'img', 'logo.png'), Buffer.from([1, 2, 3]));
  writeFileSync(contractsFile, CONTRACTS_TEXT);
  writeFileSync(
    collectionsFile,
    JSON.stringify(['plain', { name: 'uniq', indexes: [{ name: 'email', keys: [{ field: 'email', direction: 1 }], unique: true }, { name: 'other', keys: [{ field: 'x', direction: -1 }] }] }]),
  );
}

let t: TestEmulator;
beforeAll(async () => {
  writeFixtures();
  t = await startTestEmulator({ staticDir, seedDir, contractsFile, collectionsFile });
});
afterAll(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

describe('inspection endpoints', () => {
  it('health', async () => {
    const res = await http(t.emulator, '/__emulator/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, envId: 'local-env', uptimeSeconds: expect.any(Number) });
    expect(res.body.functions).toEqual(expect.arrayContaining(['whoami', 'notify', 'ticker']));
  });

  it('contracts and personas are served as-is; a missing file is a clear 404', async () => {
    const contracts = await http(t.emulator, '/__emulator/contracts');
    expect(contracts.text).toBe(CONTRACTS_TEXT);
    expect(contracts.headers.get('content-type')).toMatch(/application\/json/);
    expect((await http(t.emulator, '/__emulator/personas')).body).toEqual([{ openid: 'o1', name: 'Persona' }]);
    const bare = await startTestEmulator({ functionsDir: undefined });
    try {
      const missing = await http(bare.emulator, '/__emulator/contracts');
      expect(missing.status).toBe(404);
      expect(missing.body.errMsg).toMatch(/--contracts/);
      expect((await http(bare.emulator, '/__emulator/personas')).status).toBe(404);
      expect((await http(bare.emulator, '/')).status).toBe(404);
      expect((await http(bare.emulator, '/__emulator/health')).body.functions).toEqual([]);
    } finally {
      await bare.close();
    }
  });

  it('answers CORS preflights from its own origin only', async () => {
    const res = await fetch(`${t.emulator.url}/__client/functions/whoami`, { method: 'OPTIONS', headers: { Origin: t.emulator.url } });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(t.emulator.url);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/X-WX-OPENID/);
    const foreign = await fetch(`${t.emulator.url}/__client/functions/whoami`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('static files', () => {
  it('serves index.html, assets with content types, directory indexes and a history-mode fallback', async () => {
    const index = await http(t.emulator, '/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.text).toContain('<title>app</title>');
    expect((await http(t.emulator, '/app.js')).headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect((await http(t.emulator, '/sub/')).text).toBe('<p>sub</p>');
    expect((await http(t.emulator, '/pages/deep/route')).text).toContain('<title>app</title>');
    expect((await http(t.emulator, '/missing.png')).status).toBe(404);
  });

  it('never serves files outside the directory', async () => {
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/sub/..%2f..%2fsecret.txt', '/%2e%2e%5csecret.txt']) {
      const res = await http(t.emulator, attempt);
      expect(res.text).not.toContain('TOP SECRET');
    }
    const raw = await new Promise<string>((resolve) => {
      const net = require('node:net') as typeof import('node:net');
      const socket = net.connect(t.emulator.port, '127.0.0.1', () => socket.write(`GET /../secret.txt HTTP/1.1\r\nHost: 127.0.0.1:${t.emulator.port}\r\nConnection: close\r\n\r\n`));
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('end', () => resolve(data));
    });
    expect(raw).not.toContain('TOP SECRET');
  });
});

describe('seeding and declared collections', () => {
  it('seeds an empty store from <seed>/collections/*.json (EJSON, optional _id) and <seed>/storage', async () => {
    const members = (await t.app.database().collection('members').orderBy('name', 'asc').get()).data;
    expect(members).toHaveLength(2);
    expect(members[0]).toEqual({ _id: 'm1', name: 'One', joined: new Date('2024-01-02T03:04:05Z') });
    expect(members[1]._id).toMatch(/^[0-9a-f]{32}$/);
    expect((await t.app.database().collection('empty').count()).total).toBe(0);
    const logo = await t.app.downloadFile({ fileID: 'cloud://local-env.6c6f-local-env/img/logo.png' });
    expect([...(logo.fileContent as Buffer)]).toEqual([1, 2, 3]);
  });

  it('seeds only an empty store', async () => {
    const dataDir = tempDir();
    const first = await startTestEmulator({ dataDir, seedDir, functionsDir: undefined });
    await first.app.database().collection('members').doc('m1').remove();
    await first.emulator.close();
    const second = await startTestEmulator({ dataDir, seedDir, functionsDir: undefined });
    try {
      expect((await second.app.database().collection('members').count()).total).toBe(1);
    } finally {
      await second.close();
    }
  });

  it('creates declared collections and enforces unique indexes', async () => {
    const db = t.app.database();
    expect((await db.collection('plain').count()).total).toBe(0);
    await db.collection('uniq').add({ email: 'a@x' });
    const { id } = await db.collection('uniq').add({ email: 'b@x' });
    await expect(db.collection('uniq').add({ email: 'a@x' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    await expect(db.collection('uniq').doc(id).update({ email: 'a@x' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
    expect((await db.collection('uniq').count()).total).toBe(2);
    const listed = (await http(t.emulator, '/__emulator/collections')).body.collections;
    expect(listed.find((c: { name: string }) => c.name === 'uniq').indexes).toHaveLength(2);
  });
});

describe('export and import', () => {
  it('exports everything and an import restores it elsewhere', async () => {
    await http(t.emulator, '/__client/subscribe', { body: { tmplIds: ['T1'] }, headers: { 'X-WX-OPENID': 'oEXP' } });
    const exported = await http(t.emulator, '/__emulator/export');
    expect(exported.body.format).toBe('cloudbase-emulator-export');
    expect(exported.body.collections.members.documents[0].joined).toEqual({ $date: { $numberLong: String(Date.parse('2024-01-02T03:04:05Z')) } });
    const file = path.join(root, 'export.json');
    writeFileSync(file, JSON.stringify(exported.body));
    const copy = await startTestEmulator({ importFile: file, functionsDir: undefined, collectionsFile: false });
    try {
      const db = copy.app.database();
      expect((await db.collection('members').doc('m1').get()).data[0].joined).toEqual(new Date('2024-01-02T03:04:05Z'));
      expect((await db.collection('uniq').count()).total).toBe(2);
      await expect(db.collection('uniq').add({ email: 'a@x' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
      expect([...(await copy.app.downloadFile({ fileID: 'cloud://local-env.6c6f-local-env/img/logo.png' })).fileContent]).toEqual([1, 2, 3]);
      expect((await http(copy.emulator, '/__emulator/subscriptions?openid=oEXP')).body.grants).toEqual({ T1: 1 });
    } finally {
      await copy.close();
    }
  });

  it('refuses a malformed import file and leaves the store untouched', async () => {
    const dataDir = tempDir();
    const file = path.join(root, 'bad-export.json');
    writeFileSync(file, JSON.stringify({ format: 'something-else' }));
    await expect(startTestEmulator({ dataDir, importFile: file, functionsDir: undefined })).rejects.toThrow(/not a cloudbase-emulator-export file/);
    rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('/__client endpoints', () => {
  it('uploads, lists temp URLs, downloads and deletes like wx.cloud.*', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 9, 8, 7]);
    const up = await http(t.emulator, '/__client/upload?cloudPath=user/o1/photo.jpg', { raw: jpeg, headers: { 'content-type': 'image/jpeg', 'X-WX-OPENID': 'o1' } });
    expect(up.status).toBe(200);
    expect(up.body.fileID).toBe('cloud://local-env.6c6f-local-env/user/o1/photo.jpg');
    const asO1 = { 'X-WX-OPENID': 'o1' };
    const urls = await http(t.emulator, '/__client/temp-urls', { body: { fileList: [up.body.fileID, 'cloud://local-env.6c6f-local-env/none.jpg'] }, headers: asO1 });
    expect(urls.body.fileList[0]).toMatchObject({ fileID: up.body.fileID, status: 0 });
    expect(urls.body.fileList[1]).toMatchObject({ status: -1, errMsg: 'STORAGE_FILE_NONEXIST' });
    const fetched = await fetch(urls.body.fileList[0].tempFileURL);
    expect(fetched.headers.get('content-type')).toBe('image/jpeg');
    const down = await fetch(`${t.emulator.url}/__client/download?fileID=${encodeURIComponent(up.body.fileID)}`, { headers: asO1 });
    expect([...new Uint8Array(await down.arrayBuffer())]).toEqual([...jpeg]);
    const del = await http(t.emulator, '/__client/delete-files', { body: { fileList: [up.body.fileID] }, headers: asO1 });
    expect(del.body.fileList[0].status).toBe(0);
    expect((await fetch(`${t.emulator.url}/__client/download?fileID=${encodeURIComponent(up.body.fileID)}`, { headers: asO1 })).status).toBe(404);
  });
});

describe('bad input: clear 4xx JSON errors, nothing written, still serving', () => {
  it('/admin', async () => {
    const post = (raw: string, query = '?env=local-env') => http(t.emulator, `/admin${query}`, { raw, headers: { 'content-type': 'application/json' } });
    expect((await http(t.emulator, '/admin')).status).toBe(405);
    const malformed = await post('{"action": "database.insertDocument", ');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'INVALID_PARAM', message: expect.stringMatching(/not valid JSON/), requestId: expect.any(String) });
    expect((await post('[1,2]')).status).toBe(400);
    expect((await post('{"collectionName":"plain"}')).body.message).toMatch(/missing "action"/);
    const unknown = await post('{"action":"database.frobnicate"}');
    expect(unknown.status).toBe(200);
    expect(unknown.body).toMatchObject({ code: 'INVALID_ACTION', message: expect.stringContaining('database.frobnicate') });
    expect((await post('{"action":"database.getDocument","collectionName":"plain"}', '?env=other-env')).body.code).toBe('INVALID_ENV');
    const multipart = await http(t.emulator, '/admin', { raw: 'garbage', headers: { 'content-type': 'multipart/form-data' } });
    expect(multipart.status).toBe(400);
    expect((await t.app.database().collection('plain').count()).total).toBe(0);
    await expectHealthy(t.emulator);
  });

  it('/__client', async () => {
    const bad = [
      await http(t.emulator, '/__client/functions/whoami', { raw: '{oops', headers: { 'content-type': 'application/json' } }),
      await http(t.emulator, '/__client/functions/whoami', { body: [1, 2] }),
      await http(t.emulator, '/__client/functions/whoami'),
      await callAs(t.emulator, 'whoami', {}, 'not valid openid!'),
      await http(t.emulator, '/__client/upload', { raw: 'x' }),
      await http(t.emulator, '/__client/upload?cloudPath=../../etc/passwd', { raw: 'x' }),
      await http(t.emulator, '/__client/download'),
      await http(t.emulator, '/__client/download?fileID=nonsense'),
      await http(t.emulator, '/__client/temp-urls', { body: { files: [] } }),
      await http(t.emulator, '/__client/delete-files', { raw: 'nope' }),
      await http(t.emulator, '/__client/nowhere'),
    ];
    expect(bad.map((r) => r.status)).toEqual([400, 400, 405, 400, 400, 400, 400, 400, 400, 400, 404]);
    for (const res of bad) expect(res.body).toMatchObject({ errCode: expect.anything(), errMsg: expect.any(String) });
    expect((await http(t.emulator, '/__client/download?fileID=cloud://local-env.6c6f-local-env/none')).status).toBe(404);
    await expectHealthy(t.emulator);
  });

  it('/__emulator and /__cos', async () => {
    expect((await http(t.emulator, '/__emulator/nothing')).status).toBe(404);
    expect((await http(t.emulator, '/__emulator/logs?limit=abc')).status).toBe(400);
    expect((await http(t.emulator, '/__emulator/health', { method: 'POST', body: {} })).status).toBe(405);
    expect((await http(t.emulator, '/__emulator/faults', { raw: '{', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    expect((await http(t.emulator, '/__cos/missing/file.txt')).status).toBe(403); // unsigned
    expect((await http(t.emulator, '/__cos/x.txt', { method: 'DELETE' })).status).toBe(405);
    await expectHealthy(t.emulator);
  });

  it('an SDK pointed at the wrong env gets a clear error', async () => {
    const wrong = sdkFor({ ...t.emulator, envId: 'prod-env-123' });
    await expect(wrong.database().collection('plain').count()).rejects.toMatchObject({ code: 'INVALID_ENV', message: expect.stringContaining('local-env') });
  });
});
