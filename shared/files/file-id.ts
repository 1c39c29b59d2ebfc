/**
 * CloudBase fileIDs: `cloud://<env>.<bucket>/<cloud path>`. Both sides read the uploader and the area out of the
 * path the server handed out (`<area>/<openid>/<random id>.<ext>`).
 */
export interface ParsedFileId {
  env: string;
  path: string;
  area: string;
  /** The openid the path was handed out to; null when the path does not have our shape. */
  uploader: string | null;
}

export function parseFileId(fileId: string): ParsedFileId | null {
  const match = /^cloud:\/\/([^./]+)\.[^/]+\/(.+)$/.exec(fileId);
  if (!match) return null;
  const path = match[2]!;
  const segments = path.split('/');
  const shaped = segments.length === 3 && segments.every((s) => s.length > 0 && s !== '.' && s !== '..');
  return { env: match[1]!, path, area: segments[0]!, uploader: shaped ? segments[1]! : null };
}
