/** Words for the 一件事 pages: working days, file limits, material sources. */

export function workingDays(days: number): string {
  return days === 0 ? '当场办结' : `${days} 个工作日`;
}

const MIME_LABELS: Record<string, string> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/pdf': 'PDF',
};

export function fileTypes(mimeTypes: readonly string[]): string {
  return mimeTypes.map((m) => MIME_LABELS[m] ?? m.split('/').pop()!.toUpperCase()).join('、');
}

export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export interface UploadSpecView {
  mimeTypes: readonly string[];
  maxBytes: number;
  count: { min: number; max: number };
  tip: string;
}

/** "JPG、PNG、PDF，每个不超过 5 MB，1 到 2 个" */
export function uploadLimits(spec: UploadSpecView): string {
  const count = spec.count.min === spec.count.max ? `${spec.count.min} 个` : `${spec.count.min} 到 ${spec.count.max} 个`;
  return `${fileTypes(spec.mimeTypes)}，每个不超过 ${fileSize(spec.maxBytes)}，${count}`;
}
