/**
 * Client-side access as CloudBase enforces it: each collection's declared rule on `/__client/database`
 * (wx.cloud.database()), the bucket's rule on the `/__client` storage endpoints, signed expiring temp URLs,
 * the upload allow-list and how files are served. The admin side (the SDK, functions) stays unrestricted.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { EJSON } from 'bson';
import { http, startTestEmulator, tempDir, type TestEmulator } from './helpers';

const dir = tempDir('cloudbase-emulator-rules-');
const collectionsFile = path.join(dir, 'collections.json');
const storageRulesFile = path.join(dir, 'storage-rules.json');
writeFileSync(
  collectionsFile,
  JSON.stringify([
    'undeclared_rule', // no permission = ADMINONLY
    { name: 'locked', permission: { acl: 'ADMINONLY' } },
    { name: 'notices', permission: { acl: 'ADMINWRITE' } },
    { name: 'posts', permission: { acl: 'READONLY' } },
    { name: 'diaries', permission: { acl: 'PRIVATE' } },
    { name: 'signed_in', permission: { acl: 'CUSTOM', rule: { read: 'auth != null', write: false } } },
  ]),
);
writeFileSync(storageRulesFile, JSON.stringify({ acl: 'CUSTOM', rule: { read: 'resource.openid == auth.openid', write: 'resource.openid == auth.openid' } }));

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const PDF = Buffer.from('%PDF-1.4\n%…\n');

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ functionsDir: undefined, collectionsFile, storageRulesFile });
  const db = t.app.database();
  for (const name of ['undeclared_rule', 'locked', 'notices', 'signed_in']) await db.collection(name).add({ title: `${name} by admin` });
  await db.collection('posts').add({ _id: 'p-alice', _openid: 'oAlice', title: 'Alice' });
  await db.collection('posts').add({ _id: 'p-bob', _openid: 'oBob', title: 'Bob' });
  await db.collection('diaries').add({ _id: 'd-alice', _openid: 'oAlice', text: 'dear diary' });
  await db.collection('diaries').add({ _id: 'd-bob', _openid: 'oBob', text: 'secret' });
});
afterAll(async () => {
  await t.close();
});

/** One wx.cloud.database() request as `openid` (undefined = not signed in). */
function db(openid: string | undefined, body: Record<string, unknown>) {
  return http(t.emulator, '/__client/database', { body, headers: openid ? { 'X-WX-OPENID': openid } : {} });
}
const get = (openid: string | undefined, collectionName: string, query: object = {}) =>
  db(openid, { action: 'database.getDocument', collectionName, queryType: 'WHERE', query: EJSON.stringify(query, { relaxed: false }) });
const add = (openid: string | undefined, collectionName: string, doc: object) =>
  db(openid, { action: 'database.insertDocument', collectionName, data: [EJSON.stringify(doc, { relaxed: false })] });
const update = (openid: string | undefined, collectionName: string, query: object, set: object) =>
  db(openid, { action: 'database.modifyDocument', collectionName, queryType: 'WHERE', multi: true, query: EJSON.stringify(query, { relaxed: false }), data: EJSON.stringify({ $set: set }, { relaxed: false }) });
const remove = (openid: string | undefined, collectionName: string, query: object) =>
  db(openid, { action: 'database.removeDocument', collectionName, queryType: 'WHERE', multi: true, query: EJSON.stringify(query, { relaxed: false }) });
const titles = (res: { body: { data: { list: string[] } } }) => res.body.data.list.map((d) => EJSON.parse(d)).map((d: { title?: string; text?: string }) => d.title ?? d.text).sort();
const adminDocs = async (name: string) => (await t.app.database().collection(name).get()).data;

function expectDenied(res: { status: number; body: { errCode: number; code: string; errMsg: string } }) {
  expect(res.status).toBe(403);
  expect(res.body).toMatchObject({ errCode: -502003, code: 'DATABASE_PERMISSION_DENIED', errMsg: expect.stringContaining('permission denied') });
}

describe('database rules (client side)', () => {
  it('ADMINONLY (also the default for a collection declared without a rule): no client reads or writes at all', async () => {
    for (const name of ['locked', 'undeclared_rule']) {
      const before = await adminDocs(name);
      expectDenied(await get('oAlice', name));
      expectDenied(await db('oAlice', { action: 'database.calculateDocument', collectionName: name, query: '{}' }));
      expectDenied(await db('oAlice', { action: 'database.aggregateDocuments', collectionName: name, stages: [] }));
      expectDenied(await add('oAlice', name, { title: 'sneaked in' }));
      expectDenied(await update('oAlice', name, {}, { title: 'changed' }));
      expectDenied(await remove('oAlice', name, {}));
      expectDenied(await get(undefined, name));
      expect(await adminDocs(name)).toEqual(before);
    }
  });

  it('GET /__emulator/collections shows each collection\'s level', async () => {
    const listed = (await http(t.emulator, '/__emulator/collections')).body.collections as { name: string; acl: string }[];
    expect(Object.fromEntries(listed.map((c) => [c.name, c.acl]))).toMatchObject({ undeclared_rule: 'ADMINONLY', locked: 'ADMINONLY', notices: 'ADMINWRITE', posts: 'READONLY', diaries: 'PRIVATE', signed_in: 'CUSTOM' });
  });

  it('a collection nobody declared (created on the fly) is admin-only too', async () => {
    await t.app.database().createCollection('made_later');
    expectDenied(await get('oAlice', 'made_later'));
    expectDenied(await add('oAlice', 'made_later', { x: 1 }));
  });

  it('ADMINWRITE: everyone reads, nobody writes', async () => {
    expect(titles(await get(undefined, 'notices'))).toEqual(['notices by admin']);
    expectDenied(await add('oAlice', 'notices', { title: 'fake notice' }));
    expectDenied(await update('oAlice', 'notices', {}, { title: 'changed' }));
    expect((await adminDocs('notices')).map((d: { title: string }) => d.title)).toEqual(['notices by admin']);
  });

  it('READONLY: everyone reads everything, each writes only their own documents; inserts carry the caller as _openid', async () => {
    expect(titles(await get('oAlice', 'posts'))).toEqual(['Alice', 'Bob']);
    expect((await update('oAlice', 'posts', {}, { title: 'hacked' })).body.data.updated).toBe(1);
    expect((await t.app.database().collection('posts').doc('p-bob').get()).data[0].title).toBe('Bob');
    expect((await remove('oAlice', 'posts', { _id: 'p-bob' })).body.data.deleted).toBe(0);
    const added = await add('oAlice', 'posts', { title: 'mine', _openid: 'oBob' });
    const [id] = added.body.data.insertedIds ?? [added.body.data._id];
    expect((await t.app.database().collection('posts').doc(id).get()).data[0]._openid).toBe('oAlice');
    expectDenied(await update('oAlice', 'posts', { _id: 'p-alice' }, { _openid: 'oBob' }));
    expectDenied(await add(undefined, 'posts', { title: 'anonymous' }));
  });

  it('PRIVATE: each reads and writes only their own documents', async () => {
    expect(titles(await get('oAlice', 'diaries'))).toEqual(['dear diary']);
    expect(titles(await get('oAlice', 'diaries', { _openid: 'oBob' }))).toEqual([]);
    expect((await db('oAlice', { action: 'database.calculateDocument', collectionName: 'diaries', query: '{}' })).body.data.total).toBe(1);
    const agg = await db('oAlice', { action: 'database.aggregateDocuments', collectionName: 'diaries', stages: [{ stageKey: '$project', stageValue: '{"text":1}' }] });
    expect(titles(agg)).toEqual(['dear diary']);
    expectDenied(await db('oAlice', { action: 'database.aggregateDocuments', collectionName: 'diaries', stages: [{ stageKey: '$lookup', stageValue: '{"from":"locked","localField":"x","foreignField":"y","as":"z"}' }] }));
    expect((await remove('oAlice', 'diaries', {})).body.data.deleted).toBe(1);
    expect((await adminDocs('diaries')).map((d: { _id: string }) => d._id)).toEqual(['d-bob']);
    expectDenied(await get(undefined, 'diaries'));
  });

  it('CUSTOM rules: "auth != null" lets signed-in callers read; write false refuses', async () => {
    expect(titles(await get('oAlice', 'signed_in'))).toEqual(['signed_in by admin']);
    expectDenied(await get(undefined, 'signed_in'));
    expectDenied(await add('oAlice', 'signed_in', { title: 'x' }));
  });

  it('transactions and creating collections are admin-only; the admin SDK is never restricted', async () => {
    expectDenied(await db('oAlice', { action: 'database.startTransaction' }));
    expectDenied(await db('oAlice', { action: 'database.addCollection', collectionName: 'mine' }));
    await t.app.database().collection('locked').add({ title: 'admin may' });
    expect((await t.app.database().collection('locked').count()).total).toBe(2);
  });

  it('refuses a rules file with an expression it cannot evaluate, instead of guessing', async () => {
    const file = path.join(dir, 'bad-collections.json');
    writeFileSync(file, JSON.stringify([{ name: 'x', permission: { acl: 'CUSTOM', rule: { read: 'doc.level > 3' } } }]));
    await expect(startTestEmulator({ functionsDir: undefined, collectionsFile: file })).rejects.toThrow(/not emulated/);
  });
});

describe('storage rule (client side): creator-only', () => {
  const as = (openid: string) => ({ 'X-WX-OPENID': openid });

  it('the uploader downloads, gets temp URLs for and deletes their file; anyone else is refused and nothing changes', async () => {
    expect((await upload('oAlice', 'photos/oAlice/a.jpg', JPEG, 'image/jpeg')).status).toBe(200);
    const download = (openid?: string) => http(t.emulator, `/__client/download?fileID=${encodeURIComponent(fileId('photos/oAlice/a.jpg'))}`, { headers: openid ? as(openid) : {} });
    expect((await download('oAlice')).status).toBe(200);
    for (const other of ['oBob', undefined]) {
      const res = await download(other);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ errCode: -503002, code: 'STORAGE_EXCEED_AUTHORITY' });
    }
    const urls = await http(t.emulator, '/__client/temp-urls', { body: { fileList: [fileId('photos/oAlice/a.jpg')] }, headers: as('oBob') });
    expect(urls.body.fileList[0]).toMatchObject({ tempFileURL: '', errMsg: 'STORAGE_EXCEED_AUTHORITY' });
    expect((await upload('oBob', 'photos/oAlice/a.jpg', JPEG, 'image/jpeg')).status).toBe(403); // no overwrite
    const del = await http(t.emulator, '/__client/delete-files', { body: { fileList: [fileId('photos/oAlice/a.jpg')] }, headers: as('oBob') });
    expect(del.body.fileList[0]).toMatchObject({ status: -503002, errMsg: 'STORAGE_EXCEED_AUTHORITY' });
    expect((await t.app.downloadFile({ fileID: fileId('photos/oAlice/a.jpg') })).fileContent).toEqual(JPEG);
    const mine = await http(t.emulator, '/__client/delete-files', { body: { fileList: [fileId('photos/oAlice/a.jpg')] }, headers: as('oAlice') });
    expect(mine.body.fileList[0].status).toBe(0);
  });

  it('files the admin side stored (functions, seed) are not readable by clients directly; a signed temp URL from a function is', async () => {
    const { fileID } = await t.app.uploadFile({ cloudPath: 'results/certificate.pdf', fileContent: PDF });
    expect((await http(t.emulator, `/__client/download?fileID=${encodeURIComponent(fileID)}`, { headers: as('oAlice') })).status).toBe(403);
    const { fileList } = await t.app.getTempFileURL({ fileList: [{ fileID, maxAge: 600 }] });
    const res = await fetch(fileList[0].tempFileURL);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
  });

  it('accepts only images and PDF whose bytes match, with a clear error otherwise', async () => {
    expect((await upload('oAlice', 'u/oAlice/p.png', PNG, 'image/png')).status).toBe(200);
    expect((await upload('oAlice', 'u/oAlice/f.pdf', PDF, 'application/pdf')).status).toBe(200);
    // the bytes decide the stored type: a PNG the app named .jpg is kept, and served, as image/png
    expect((await upload('oAlice', 'u/oAlice/named.jpg', PNG, 'image/png')).status).toBe(200);
    const named = await http(t.emulator, `/__client/download?fileID=${encodeURIComponent(fileId('u/oAlice/named.jpg'))}`, { headers: { 'X-WX-OPENID': 'oAlice' } });
    expect(named.headers.get('content-type')).toBe('image/png');
    const refused = [
      await upload('oAlice', 'u/oAlice/page.html', Buffer.from('<script>alert(1)</script>'), 'text/html'),
      await upload('oAlice', 'u/oAlice/x.svg', Buffer.from('<svg onload="alert(1)"/>'), 'image/svg+xml'),
      await upload('oAlice', 'u/oAlice/fake.jpg', Buffer.from('<html><script>alert(1)</script>'), 'image/jpeg'),
      await upload('oAlice', 'u/oAlice/mismatch.jpg', JPEG, 'text/html'),
      await upload('oAlice', 'u/oAlice/noext', JPEG, 'image/jpeg'),
      await upload('oAlice', 'u/oAlice/empty.pdf', Buffer.alloc(0), 'application/pdf'),
    ];
    for (const res of refused) {
      expect(res.status).toBe(415);
      expect(res.body.errMsg).toMatch(/image\/jpeg, image\/png, image\/webp, image\/gif, application\/pdf/);
    }
    const files = (await http(t.emulator, '/__emulator/export')).body.files.map((f: { path: string }) => f.path);
    expect(files.filter((p: string) => p.startsWith('u/oAlice/')).sort()).toEqual(['u/oAlice/f.pdf', 'u/oAlice/named.jpg', 'u/oAlice/p.png']);
    expect((await upload(undefined, 'u/anon/p.png', PNG, 'image/png')).status).toBe(403);
  });
});

describe('temporary URLs and how files are served', () => {
  it('are signed, honour maxAge and expire; unsigned or tampered /__cos GETs are refused', async () => {
    const { fileID } = await t.app.uploadFile({ cloudPath: 'tmp/short.png', fileContent: PNG });
    const { fileList } = await t.app.getTempFileURL({ fileList: [{ fileID, maxAge: 1 }] });
    const url = new URL(fileList[0].tempFileURL);
    expect(url.searchParams.get('sign')).toMatch(/^[0-9a-f]{64}$/);
    expect(Number(url.searchParams.get('t')) * 1000).toBeLessThanOrEqual(Date.now() + 2000);
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(`${url.origin}${url.pathname}`)).status).toBe(403);
    const tampered = new URL(url);
    tampered.searchParams.set('t', String(Number(url.searchParams.get('t')) + 3600));
    expect((await fetch(tampered)).status).toBe(403);
    const otherFile = new URL(url);
    otherFile.pathname = '/__cos/tmp/other.png';
    expect((await fetch(otherFile)).status).toBe(403);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const expired = await fetch(url);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toMatch(/expired/);
    // the default is one day, like CloudBase
    const [day] = (await t.app.getTempFileURL({ fileList: [fileID] })).fileList;
    const t2 = Number(new URL(day.tempFileURL).searchParams.get('t'));
    expect(t2 * 1000 - Date.now()).toBeGreaterThan(86400 * 1000 - 5000);
    const client = await http(t.emulator, '/__client/temp-urls', { body: { fileList: [{ fileID, maxAge: 999999 }] }, headers: { 'X-WX-OPENID': 'oAny' } });
    expect(client.body.fileList[0].errMsg).toBe('STORAGE_EXCEED_AUTHORITY');
  });

  it('an upload URL PUT needs the signature getUploadMetadata handed out', async () => {
    const put = await fetch(`${t.emulator.url}/__cos/${encodeURIComponent('sneaky/x.png')}`, { method: 'PUT', body: PNG });
    expect(put.status).toBe(403);
    expect(await put.text()).toMatch(/SignatureDoesNotMatch/);
    expect((await t.app.getTempFileURL({ fileList: [fileId('sneaky/x.png')] })).fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
  });

  it('every file response says nosniff, is sandboxed, and never serves HTML on the app origin', async () => {
    const { fileID } = await t.app.uploadFile({ cloudPath: 'admin/page.html', fileContent: Buffer.from('<script>alert(document.cookie)</script>') });
    const [html] = (await t.app.getTempFileURL({ fileList: [fileID] })).fileList;
    const res = await fetch(html.tempFileURL);
    expect(res.headers.get('content-type')).toBe('application/octet-stream');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/sandbox/);
    await upload('oCarol', 'u/oCarol/p.png', PNG, 'image/png');
    const own = await fetch(`${t.emulator.url}/__client/download?fileID=${encodeURIComponent(fileId('u/oCarol/p.png'))}`, { headers: { 'X-WX-OPENID': 'oCarol' } });
    expect(own.headers.get('content-type')).toBe('image/png');
    expect(own.headers.get('content-disposition')).toMatch(/^inline/);
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(own.headers.get('content-security-policy')).toMatch(/sandbox/);
    // a PDF opens inline in the browser's viewer (which a sandboxed document would block), still nosniff
    const { fileID: pdfId } = await t.app.uploadFile({ cloudPath: 'results/r.pdf', fileContent: PDF });
    const pdf = await fetch((await t.app.getTempFileURL({ fileList: [pdfId] })).fileList[0].tempFileURL);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^inline/);
    expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

function upload(openid: string | undefined, cloudPath: string, bytes: Buffer, type: string) {
  return http(t.emulator, `/__client/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { raw: bytes, headers: { 'content-type': type, ...(openid ? { 'X-WX-OPENID': openid } : {}) } });
}
function fileId(p: string) {
  return `cloud://local-env.6c6f-local-env/${p}`;
}
