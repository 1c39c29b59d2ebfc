/**
 * Minimal multipart/form-data parser (wx-server-sdk sends `wx.openApi` calls this way). Parts with a
 * Content-Type header stay Buffers (the protobuf payload), others become strings.
 */
import { ApiError } from '../errors';

export function parseMultipart(body: Buffer, contentType: string): Record<string, string | Buffer> {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  if (!match) throw new ApiError('INVALID_MULTIPART', 'multipart body without a boundary', 400);
  const boundary = Buffer.from(`--${(match[1] ?? match[2]).trim()}`);
  const fields: Record<string, string | Buffer> = {};
  let position = body.indexOf(boundary);
  if (position < 0) throw new ApiError('INVALID_MULTIPART', 'multipart boundary not found in the body', 400);
  for (;;) {
    position += boundary.length;
    if (body.subarray(position, position + 2).toString() === '--') break;
    if (body.subarray(position, position + 2).toString() === '\r\n') position += 2;
    const headerEnd = body.indexOf('\r\n\r\n', position);
    if (headerEnd < 0) throw new ApiError('INVALID_MULTIPART', 'truncated multipart part headers', 400);
    const headers = body.subarray(position, headerEnd).toString('utf8');
    const next = body.indexOf(boundary, headerEnd + 4);
    if (next < 0) throw new ApiError('INVALID_MULTIPART', 'unterminated multipart part', 400);
    const content = body.subarray(headerEnd + 4, next - 2); // strip the CRLF before the boundary
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name !== undefined) {
      const binary = /^content-type:/im.test(headers) || /filename=/i.test(headers);
      fields[name] = binary ? Buffer.from(content) : content.toString('utf8');
    }
    position = next;
  }
  return fields;
}
