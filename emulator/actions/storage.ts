/** `storage.*` actions: upload metadata, download URLs, delete, copy. */
import { ApiError, Codes, invalidParam } from '../errors';
import { randomHex } from '../ids';
import { isPlainObject } from '../database/ejson';
import { UrlSigner } from '../security/signing';
import { normalizeCloudPath, type FileStore } from '../storage';
import { requireArray, requireString } from './params';
import type { ActionHandler } from './types';

export function storageActions(files: FileStore, signer: UrlSigner): Record<string, ActionHandler> {
  const signedUrl = (baseUrl: string, path: string, maxAge: unknown) => `${files.downloadUrl(baseUrl, path)}?${signer.downloadQuery(path, UrlSigner.clampMaxAge(maxAge))}`;

  const tryPath = (fileId: unknown): { path?: string; code?: string; message?: string } => {
    try {
      return { path: files.pathOf(fileId) };
    } catch (error) {
      return { code: Codes.INVALID_PARAM, message: (error as Error).message };
    }
  };

  return {
    'storage.getUploadMetadata': (ctx) => {
      const cloudPath = normalizeCloudPath(requireString(ctx.params, 'path'));
      const url = `${ctx.baseUrl}/__cos/${encodeURIComponent(cloudPath)}`;
      return {
        data: {
          url,
          token: `local-token-${randomHex(8)}`,
          authorization: signer.uploadAuthorization(cloudPath),
          fileId: files.fileIdFor(cloudPath),
          cosFileId: `cos-${randomHex(8)}`,
          download_url: signedUrl(ctx.baseUrl, cloudPath, undefined),
        },
      };
    },

    'storage.batchGetDownloadUrl': (ctx) => {
      const list = requireArray(ctx.params, 'file_list');
      const download_list = list.map((item, i) => {
        if (!isPlainObject(item)) throw invalidParam(`file_list[${i}] must be {fileid}`);
        const fileID = item.fileid;
        const { path, code, message } = tryPath(fileID);
        if (!path) return { fileID, tempFileURL: '', code, message };
        if (!files.exists(path)) return { fileID, tempFileURL: '', code: Codes.STORAGE_FILE_NONEXIST, message: 'file not exist' };
        return { fileID, tempFileURL: signedUrl(ctx.baseUrl, path, item.max_age), code: 'SUCCESS' };
      });
      return { data: { download_list } };
    },

    'storage.batchDeleteFile': (ctx) => {
      const list = requireArray(ctx.params, 'fileid_list');
      const delete_list = list.map((fileID) => {
        const { path, code, message } = tryPath(fileID);
        if (!path) return { fileID, code, message };
        return files.delete(path) ? { fileID, code: 'SUCCESS' } : { fileID, code: Codes.STORAGE_FILE_NONEXIST, message: 'file not exist' };
      });
      return { data: { delete_list } };
    },

    'storage.batchCopyFile': (ctx) => {
      const list = requireArray(ctx.params, 'file_list');
      const copy_list = list.map((item, i) => {
        if (!isPlainObject(item)) throw invalidParam(`file_list[${i}] must be {src_path, dst_path}`);
        const src = toCloudPath(files, item.src_path);
        const dst = toCloudPath(files, item.dst_path);
        const source = files.get(src);
        if (!source) return { fileId: item.src_path, code: Codes.STORAGE_FILE_NONEXIST, message: 'file not exist' };
        if (item.overwrite === false && files.exists(dst)) return { fileId: files.fileIdFor(dst), code: 'FILE_EXIST', message: 'destination exists' };
        files.put(dst, source.data, source.contentType, source.owner);
        if (item.remove_original) files.delete(src);
        return { fileId: files.fileIdFor(dst), code: 'SUCCESS' };
      });
      return { data: { copy_list } };
    },
  };
}

/** Copy accepts fileIDs or plain cloud paths. */
function toCloudPath(files: FileStore, value: unknown): string {
  if (typeof value === 'string' && value.startsWith('cloud://')) return files.pathOf(value);
  if (typeof value !== 'string') throw new ApiError(Codes.INVALID_PARAM, 'src_path and dst_path must be strings');
  return normalizeCloudPath(value);
}
