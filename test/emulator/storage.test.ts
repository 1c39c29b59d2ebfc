/**
 * Cloud storage through the SDK (upload → temp URL → download → delete, copy, file info) and the COS side.
 */
import { http, startTestEmulator, type TestEmulator } from './helpers';

let t: TestEmulator;

beforeAll(async () => {
  t = await startTestEmulator({ functionsDir: undefined, maxUploadBytes: 64 * 1024 });
});
afterAll(() => t.close());

it('uploads, hands out a temp URL that serves the bytes with a content type, downloads and deletes', async () => {
  const content = Buffer.from('hello 世界');
  const { fileID } = await t.app.uploadFile({ cloudPath: 'docs/报告 1.txt', fileContent: content });
  expect(fileID).toBe('cloud://local-env.6c6f-local-env/docs/报告 1.txt');

  const { fileList } = await t.app.getTempFileURL({ fileList: [fileID] });
  expect(fileList[0]).toMatchObject({ fileID, code: 'SUCCESS' });
  const served = await fetch(fileList[0].tempFileURL);
  expect(served.status).toBe(200);
  expect(served.headers.get('content-type')).toBe('text/plain; charset=utf-8');
  expect(Buffer.from(await served.arrayBuffer())).toEqual(content);

  const downloaded = await t.app.downloadFile({ fileID });
  expect(downloaded.fileContent).toEqual(content);

  const info = await t.app.getFileInfo({ fileList: [fileID] });
  expect(info.fileList[0]).toMatchObject({ code: 'SUCCESS', size: content.length, mime: 'text/plain', fileName: '报告 1.txt' });

  const deleted = await t.app.deleteFile({ fileList: [fileID, 'cloud://local-env.6c6f-local-env/never/was.txt'] });
  expect(deleted.fileList.map((f: { code: string }) => f.code)).toEqual(['SUCCESS', 'STORAGE_FILE_NONEXIST']);
  const after = await t.app.getTempFileURL({ fileList: [fileID] });
  expect(after.fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
  expect((await fetch(fileList[0].tempFileURL)).status).toBe(404);
});

it('keeps binary data intact and picks the content type from the extension', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 255]);
  const { fileID } = await t.app.uploadFile({ cloudPath: 'img/x.png', fileContent: png });
  const { fileList } = await t.app.getTempFileURL({ fileList: [fileID] });
  const res = await fetch(fileList[0].tempFileURL);
  expect(res.headers.get('content-type')).toBe('image/png');
  expect((await t.app.downloadFile({ fileID })).fileContent).toEqual(png);
});

it('copies files', async () => {
  const { fileID } = await t.app.uploadFile({ cloudPath: 'src/c.txt', fileContent: Buffer.from('copy me') });
  const res = await t.app.copyFile({ fileList: [{ srcPath: fileID, dstPath: 'dst/c.txt' }] });
  expect(res.fileList[0].code).toBe('SUCCESS');
  const copied = await t.app.downloadFile({ fileID: 'cloud://local-env.6c6f-local-env/dst/c.txt' });
  expect(copied.fileContent.toString()).toBe('copy me');
});

it('refuses uploads over the size cap with a clear storage error', async () => {
  const big = Buffer.alloc(65 * 1024, 1);
  await expect(t.app.uploadFile({ cloudPath: 'big.bin', fileContent: big })).rejects.toMatchObject({
    code: 'STORAGE_REQUEST_FAIL',
    message: expect.stringContaining('EntityTooLarge'),
  });
  const client = await http(t.emulator, '/__client/upload?cloudPath=big.pdf', { raw: big, headers: { 'content-type': 'application/pdf', 'X-WX-OPENID': 'oBig' } });
  expect(client.status).toBe(413);
  expect(client.body.errMsg).toMatch(/exceeds the limit of 64 KB|exceeds the limit/);
  expect((await t.app.getTempFileURL({ fileList: ['cloud://local-env.6c6f-local-env/big.bin'] })).fileList[0].code).toBe('STORAGE_FILE_NONEXIST');
});

it('rejects bad paths and fileIDs', async () => {
  expect((await http(t.emulator, '/__cos/..%2F..%2Fetc%2Fpasswd')).status).toBe(400);
  expect((await http(t.emulator, '/__cos/a%ZZ')).status).toBe(400);
  const meta = await http(t.emulator, '/admin?env=local-env', { body: { action: 'storage.getUploadMetadata', path: '../x' } });
  expect(meta.body.code).toBe('INVALID_PARAM');
  const urls = await t.app.getTempFileURL({ fileList: ['not-a-file-id'] });
  expect(urls.fileList[0].code).toBe('INVALID_PARAM');
});
