/**
 * Cloud storage: files keyed by their cloud path, bytes stored in the SQLite file under the data dir.
 * fileIDs look like the real ones: `cloud://<env>.<hex>-<env>/<path>`.
 */
import type { Sqlite } from './sqlite';
import { ApiError, Codes } from './errors';
import { chooseContentType } from './mime';

export interface StoredFile {
  path: string;
  contentType: string;
  size: number;
  owner: string | null;
  createdAt: number;
  data: Buffer;
}

export type FileInfo = Omit<StoredFile, 'data'>;

export class FileStore {
  constructor(
    private readonly db: Sqlite,
    private readonly envId: string,
  ) {}

  /** `cloud://local-env.6c6f-local-env/a/b.txt` (the hex is the env's first two characters, like the real bucket). */
  fileIdFor(cloudPath: string): string {
    const hex = Buffer.from(this.envId.slice(0, 2)).toString('hex');
    return `cloud://${this.envId}.${hex}-${this.envId}/${cloudPath}`;
  }

  /** The cloud path inside a fileID; throws INVALID_PARAM for anything that is not `cloud://bucket/path`. */
  pathOf(fileId: unknown): string {
    if (typeof fileId !== 'string') throw new ApiError(Codes.INVALID_PARAM, 'fileID must be a string');
    const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId);
    if (!match) throw new ApiError(Codes.INVALID_PARAM, `invalid fileID "${fileId}" (expected cloud://<env>.<bucket>/<path>)`);
    return normalizeCloudPath(match[1]);
  }

  put(cloudPath: string, data: Buffer, declaredType: string | undefined, owner: string | null): StoredFile {
    const path = normalizeCloudPath(cloudPath);
    const file: StoredFile = { path, contentType: chooseContentType(path, declaredType), size: data.length, owner, createdAt: Date.now(), data };
    this.db
      .prepare(
        `INSERT INTO files (path, content_type, size, owner, created_at, data) VALUES (@path, @contentType, @size, @owner, @createdAt, @data)
         ON CONFLICT(path) DO UPDATE SET content_type = excluded.content_type, size = excluded.size, owner = excluded.owner,
         created_at = excluded.created_at, data = excluded.data`,
      )
      .run(file);
    return file;
  }

  get(cloudPath: string): StoredFile | undefined {
    const row = this.db.prepare('SELECT path, content_type, size, owner, created_at, data FROM files WHERE path = ?').get(cloudPath) as
      | { path: string; content_type: string; size: number; owner: string | null; created_at: number; data: Buffer }
      | undefined;
    if (!row) return undefined;
    return { path: row.path, contentType: row.content_type, size: row.size, owner: row.owner, createdAt: row.created_at, data: row.data };
  }

  exists(cloudPath: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM files WHERE path = ?').get(cloudPath);
  }

  delete(cloudPath: string): boolean {
    return this.db.prepare('DELETE FROM files WHERE path = ?').run(cloudPath).changes > 0;
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM files').get() as { n: number }).n;
  }

  all(): StoredFile[] {
    const rows = this.db.prepare('SELECT path, content_type, size, owner, created_at, data FROM files ORDER BY path').all() as {
      path: string;
      content_type: string;
      size: number;
      owner: string | null;
      created_at: number;
      data: Buffer;
    }[];
    return rows.map((row) => ({ path: row.path, contentType: row.content_type, size: row.size, owner: row.owner, createdAt: row.created_at, data: row.data }));
  }

  /** URL that serves the bytes (what getTempFileURL hands out). Path segments stay readable, like COS URLs. */
  downloadUrl(baseUrl: string, cloudPath: string): string {
    return `${baseUrl}/__cos/${cloudPath.split('/').map(encodeURIComponent).join('/')}`;
  }
}

/** Cloud paths: relative, `/`-separated, no empty, `.` or `..` segments. */
export function normalizeCloudPath(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0) throw new ApiError(Codes.INVALID_PARAM, 'cloudPath must be a non-empty string');
  const trimmed = raw.replace(/^\/+/, '');
  const segments = trimmed.split('/');
  if (trimmed.length === 0 || trimmed.length > 1024 || segments.some((s) => s === '' || s === '.' || s === '..') || /[\u0000-\u001f]/.test(trimmed)) {
    throw new ApiError(Codes.INVALID_PARAM, `invalid cloudPath "${raw}" (relative path, no empty, "." or ".." segments)`);
  }
  return trimmed;
}
