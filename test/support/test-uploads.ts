/**
 * Files a test's personas have uploaded. Fixtures are synchronous (`photo()` inside an input literal), so a fixture
 * names the file now — under `<area>/<persona>/<random id>`, the shape files.prepareUpload hands out — and the bytes
 * are put into the local CloudBase through the client upload, as that persona, before the next call that is sent.
 * The functions then check those files for real: they exist, and they are the caller's or they are not.
 */
import { randomUUID } from 'node:crypto';

/** The local CloudBase's environment (emulator default) and its bucket, as in the fileIDs it hands out. */
const BUCKET = 'cloud://local-env.6c6f-local-env';

const pending = new Map<string, { owner: string; cloudPath: string; contentType: string }>();

const CONTENT_TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', pdf: 'application/pdf' };

/** The fileId of a file `owner` uploads to `area` (uploaded before the next call); `extension` picks its type. */
export function uploadedBy(owner: string, area: string, extension = 'jpg'): string {
  const cloudPath = `${area}/${owner}/${randomUUID().replace(/-/g, '')}.${extension}`;
  const fileId = `${BUCKET}/${cloudPath}`;
  pending.set(fileId, { owner, cloudPath, contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream' });
  return fileId;
}

/** A fileId of the right shape that nobody ever uploaded. */
export function neverUploaded(owner: string, area: string): string {
  return `${BUCKET}/${area}/${owner}/${randomUUID().replace(/-/g, '')}.jpg`;
}

type HostHttp = (url: string, init: { method: string; headers: Record<string, string>; body: string | number[] }) => Promise<{ status: number; text: string }>;

/** The first bytes of each type: the local CloudBase, like a careful bucket, stores only real images and PDFs. */
const MAGIC: Record<string, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff, 0xe0],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'application/pdf': [...Buffer.from('%PDF-1.4\n')],
};

function bytesOf(file: { cloudPath: string; contentType: string }): number[] {
  return [...(MAGIC[file.contentType] ?? []), ...Buffer.from(` test upload ${file.cloudPath}`)];
}

/** Uploads every named file not yet in `baseUrl`'s storage, each as its owner. */
export async function flushUploads(baseUrl: string): Promise<void> {
  const files = [...pending.values()];
  pending.clear();
  for (const file of files) {
    const headers = { 'content-type': file.contentType, 'x-wx-openid': file.owner };
    const body = bytesOf(file);
    const url = `${baseUrl}/__client/upload?cloudPath=${encodeURIComponent(file.cloudPath)}`;
    // The weapp tests' jsdom realm has no fetch; their environment lends the host's as `__hostHttp` (bytes as numbers
    // cross the realm boundary safely, a typed array would not).
    const host = (globalThis as { __hostHttp?: HostHttp }).__hostHttp;
    const status = host
      ? (await host(url, { method: 'POST', headers, body })).status
      : (await fetch(url, { method: 'POST', headers, body: Uint8Array.from(body) })).status;
    if (status !== 200) throw new Error(`test upload of ${file.cloudPath} failed with HTTP ${status}`);
  }
}
