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

type HostHttp = (url: string, init: RequestInit) => Promise<{ status: number; text: string }>;

/** Uploads every named file not yet in `baseUrl`'s storage, each as its owner. */
export async function flushUploads(baseUrl: string): Promise<void> {
  const files = [...pending.values()];
  pending.clear();
  for (const file of files) {
    const init: RequestInit = {
      method: 'POST',
      headers: { 'content-type': file.contentType, 'x-wx-openid': file.owner },
      body: `test upload ${file.cloudPath}`,
    };
    const url = `${baseUrl}/__client/upload?cloudPath=${encodeURIComponent(file.cloudPath)}`;
    // The weapp tests' jsdom realm has no fetch; their environment lends the host's as `__hostHttp`.
    const host = (globalThis as { __hostHttp?: HostHttp }).__hostHttp;
    const status = host ? (await host(url, init)).status : (await fetch(url, init)).status;
    if (status !== 200) throw new Error(`test upload of ${file.cloudPath} failed with HTTP ${status}`);
  }
}
