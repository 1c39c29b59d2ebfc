/**
 * Signed storage URLs. A temporary download URL carries `sign` and `t` (its expiry, Unix seconds), like
 * CloudBase's tempFileURL (`…?sign=…&t=…`); an upload URL is only accepted with the `Signature` header the
 * SDK got from getUploadMetadata. Signatures are HMAC-SHA256 under a secret drawn at start, so URLs handed
 * out before a restart stop working (as if they had expired).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** wx.cloud.getTempFileURL / getTempFileURL: maxAge defaults to one day and cannot exceed it. */
export const DEFAULT_URL_MAX_AGE_SECONDS = 86400;
export const MAX_URL_MAX_AGE_SECONDS = 86400;
/** How long an upload URL from getUploadMetadata stays usable. */
const UPLOAD_URL_SECONDS = 900;

export type Verdict = 'ok' | 'expired' | 'invalid';

export class UrlSigner {
  private readonly secret = randomBytes(32);

  constructor(private readonly now: () => number = Date.now) {}

  private mac(purpose: string, path: string, expires: number): string {
    return createHmac('sha256', this.secret).update(`${purpose}\n${path}\n${expires}`).digest('hex');
  }

  /** The maxAge actually granted: a positive whole number of seconds, at most one day. */
  static clampMaxAge(maxAge: unknown): number {
    if (typeof maxAge !== 'number' || !Number.isFinite(maxAge) || maxAge <= 0) return DEFAULT_URL_MAX_AGE_SECONDS;
    return Math.min(Math.ceil(maxAge), MAX_URL_MAX_AGE_SECONDS);
  }

  /** `sign=…&t=…` for a download of `path` valid `maxAgeSeconds` from now. */
  downloadQuery(path: string, maxAgeSeconds: number): string {
    const expires = Math.floor(this.now() / 1000) + maxAgeSeconds;
    return `sign=${this.mac('get', path, expires)}&t=${expires}`;
  }

  verifyDownload(path: string, sign: string | null, t: string | null): Verdict {
    return this.verify('get', path, sign, t);
  }

  /** The `authorization` getUploadMetadata hands out; the SDK sends it back as the PUT's `Signature` header. */
  uploadAuthorization(path: string): string {
    const expires = Math.floor(this.now() / 1000) + UPLOAD_URL_SECONDS;
    return `q-sign-${expires}-${this.mac('put', path, expires)}`;
  }

  verifyUpload(path: string, header: string | undefined): Verdict {
    const match = /^q-sign-(\d{1,12})-([0-9a-f]{64})$/.exec(header ?? '');
    return match ? this.verify('put', path, match[2], match[1]) : 'invalid';
  }

  private verify(purpose: string, path: string, sign: string | null, t: string | null): Verdict {
    if (!sign || !t || !/^\d{1,12}$/.test(t) || !/^[0-9a-f]{64}$/.test(sign)) return 'invalid';
    const expected = Buffer.from(this.mac(purpose, path, Number(t)), 'hex');
    if (!timingSafeEqual(expected, Buffer.from(sign, 'hex'))) return 'invalid';
    return Number(t) * 1000 < this.now() ? 'expired' : 'ok';
  }
}
