import { fileSize, fileTypes, type UploadSpecView } from './format';

/** One uploaded file, as applications.submit and applications.supplement take it. */
export interface UploadedFile {
  fileId: string;
  name: string;
  mimeType: 'image/jpeg' | 'image/png' | 'application/pdf';
  size: number;
}

/** A file the person picked, before it is uploaded. */
export interface PickedFile {
  name: string;
  mimeType: string;
  size: number;
}

const BY_EXTENSION: Record<string, UploadedFile['mimeType']> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', pdf: 'application/pdf' };

/** The MIME type from a file name (WeChat's temp files carry no type). */
export function mimeTypeOf(name: string): string {
  return BY_EXTENSION[/\.(\w+)$/.exec(name.toLowerCase())?.[1] ?? ''] ?? 'application/octet-stream';
}

/** Why a picked file cannot be used for this material, or null: checked before anything is uploaded. */
export function fileProblem(file: PickedFile, spec: UploadSpecView): string | null {
  if (!spec.mimeTypes.includes(file.mimeType)) return `“${file.name}”的格式不对，只能上传 ${fileTypes(spec.mimeTypes)}`;
  if (file.size <= 0) return `“${file.name}”是空文件，请重新选择`;
  if (file.size > spec.maxBytes) return `“${file.name}”有 ${fileSize(file.size)}，超过了 ${fileSize(spec.maxBytes)}，请压缩或拍得小一些`;
  return null;
}
