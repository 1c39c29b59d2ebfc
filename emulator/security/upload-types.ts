/**
 * What a client may upload: images (JPEG, PNG, WebP, GIF) and PDF, recognised by their first bytes as well
 * as by the declared type and the extension, so an HTML page renamed to photo.jpg is refused.
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

/** The type to store for an upload, or why it is refused. */
export function checkUpload(cloudPath: string, declared: string | undefined, bytes: Buffer): { type: string } | { problem: string } {
  const extension = path.posix.extname(cloudPath).toLowerCase();
  const declaredType = declared?.split(';')[0].trim().toLowerCase();
  const byDeclared = ALLOWED_UPLOAD_TYPES.find((t) => t.type === declaredType);
  const byExtension = ALLOWED_UPLOAD_TYPES.find((t) => t.extensions.includes(extension));
  const allowed = `${ALLOWED_UPLOAD_TYPE_NAMES.join(', ')}`;
  if (!byExtension) return { problem: `file type "${extension || contentTypeFor(cloudPath)}" is not accepted (allowed: ${allowed})` };
  if (declaredType && declaredType !== 'application/octet-stream' && byDeclared !== byExtension) {
    return { problem: `Content-Type "${declaredType}" does not match the extension "${extension}" (allowed: ${allowed})` };
  }
  if (!byExtension.magic(bytes)) return { problem: `the content is not a ${byExtension.type} file` };
  return { type: byExtension.type };
}
