/**
 * What a client may upload: images (JPEG, PNG, WebP, GIF) and PDF, recognised by their first bytes, so an
 * HTML page renamed to photo.jpg is refused.
 */
import path from 'node:path';
import { contentTypeFor } from '../mime';

interface AllowedType {
  type: string;
  extensions: string[];
  magic: (bytes: Buffer) => boolean;
}

const starts = (bytes: Buffer, ...values: number[]) => values.every((value, i) => bytes[i] === value);

export const ALLOWED_UPLOAD_TYPES: readonly AllowedType[] = [
  { type: 'image/jpeg', extensions: ['.jpg', '.jpeg'], magic: (b) => starts(b, 0xff, 0xd8, 0xff) },
  { type: 'image/png', extensions: ['.png'], magic: (b) => starts(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  { type: 'image/webp', extensions: ['.webp'], magic: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { type: 'image/gif', extensions: ['.gif'], magic: (b) => /^GIF8[79]a$/.test(b.subarray(0, 6).toString('latin1')) },
  { type: 'application/pdf', extensions: ['.pdf'], magic: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

export const ALLOWED_UPLOAD_TYPE_NAMES = ALLOWED_UPLOAD_TYPES.map((t) => t.type);

/**
 * The type to store for an upload, or why it is refused. The bytes decide the type (a PNG saved as .jpg is
 * stored and served as image/png); the extension must be one of the allowed ones and a declared
 * Content-Type, if specific, must be an allowed one too, so nothing else is ever kept.
 */
export function checkUpload(cloudPath: string, declared: string | undefined, bytes: Buffer): { type: string } | { problem: string } {
  const extension = path.posix.extname(cloudPath).toLowerCase();
  const declaredType = declared?.split(';')[0].trim().toLowerCase();
  if (!ALLOWED_UPLOAD_TYPES.some((t) => t.extensions.includes(extension))) {
    return { problem: `file type "${extension || contentTypeFor(cloudPath)}" is not accepted` };
  }
  if (declaredType && declaredType !== 'application/octet-stream' && !ALLOWED_UPLOAD_TYPE_NAMES.includes(declaredType)) {
    return { problem: `Content-Type "${declaredType}" is not accepted` };
  }
  const sniffed = ALLOWED_UPLOAD_TYPES.find((t) => t.magic(bytes));
  if (!sniffed) return { problem: `the content of ${path.posix.basename(cloudPath)} is not an image or PDF` };
  return { type: sniffed.type };
}
