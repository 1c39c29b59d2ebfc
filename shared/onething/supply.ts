/**
 * Checks how the applicant supplies each material of the tailored checklist (submit and 补正) and turns it into
 * what the case stores: a reference to a shared record (电子证照), a ticked promise (告知承诺) or uploaded files.
 */
import type { MaterialSource, UploadSpec } from '../catalog/schema';
import { SHARED_RECORDS, type SharedRecordType } from '../catalog/shared-records';
import type { FieldIssue } from '../errors';

export type Supply =
  | { kind: 'shared'; recordId: string }
  | { kind: 'promise'; accepted: true }
  | { kind: 'upload'; files: UploadedFile[] };

export interface UploadedFile {
  fileId: string;
  name: string;
  mimeType: string;
  size: number;
}

/** A shared record as the provider answers for this person. */
export interface SharedRecordRef {
  recordId: string;
  type: SharedRecordType;
  holder: string;
  number: string;
  issuer: string;
}

/** What the case keeps for one material. */
export interface StoredMaterial {
  id: string;
  name: string;
  neededBy: { id: string; name: string }[];
  via: 'shared' | 'promise' | 'upload' | 'internal';
  sharedRecord: SharedRecordRef | null;
  promise: { text: string; supplyWithinDays: number | null; acceptedAt: Date } | null;
  files: UploadedFile[];
  fromSubItem: string | null;
  supplementedAt: Date | null;
}

/** The material as the checklist decided it (from the catalog evaluation). */
export interface ChecklistMaterial {
  id: string;
  name: string;
  neededBy: { id: string; name: string }[];
  source: MaterialSource;
}

function checkUpload(files: UploadedFile[], spec: UploadSpec, path: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (files.length < spec.count.min) issues.push({ path: `${path}.files`, message: `请至少上传 ${spec.count.min} 个文件` });
  if (files.length > spec.count.max) issues.push({ path: `${path}.files`, message: `最多上传 ${spec.count.max} 个文件` });
  files.forEach((file, i) => {
    if (!(spec.mimeTypes as readonly string[]).includes(file.mimeType)) {
      issues.push({ path: `${path}.files.${i}.mimeType`, message: `「${file.name}」的文件类型不对，只能上传 ${spec.mimeTypes.map(mimeLabel).join('、')}` });
    }
    if (file.size > spec.maxBytes) {
      issues.push({ path: `${path}.files.${i}.size`, message: `「${file.name}」太大了，不能超过 ${Math.round(spec.maxBytes / 1024 / 1024)}MB` });
    }
  });
  return issues;
}

function mimeLabel(mime: string): string {
  return mime === 'application/pdf' ? 'PDF' : mime === 'image/png' ? 'PNG' : 'JPG';
}

/** The upload spec that stands in for a source (shared → fallback, promise → supply later, upload → itself). */
function uploadSpecOf(source: MaterialSource): UploadSpec | null {
  switch (source.kind) {
    case 'shared':
      return source.fallback;
    case 'promise':
      return source.supplyAs;
    case 'upload':
      return source.upload;
    case 'internal':
      return null;
  }
}

export interface SupplyCheck {
  issues: FieldIssue[];
  materials: StoredMaterial[];
}

/**
 * Every material on the checklist must be supplied the way its source allows (internal ones never); nothing
 * else may be. `records` are this person's shared records by id. `allowPromise` is false for 补正, where what
 * was asked for has to be handed in now.
 */
export function checkSupplies(
  checklist: readonly ChecklistMaterial[],
  supplies: Record<string, Supply>,
  records: ReadonlyMap<string, SharedRecordRef>,
  now: Date,
  options: { path?: string; allowPromise?: boolean } = {},
): SupplyCheck {
  const base = options.path ?? 'materials';
  const allowPromise = options.allowPromise ?? true;
  const issues: FieldIssue[] = [];
  const materials: StoredMaterial[] = [];
  const known = new Set(checklist.map((m) => m.id));
  for (const id of Object.keys(supplies)) {
    if (!known.has(id)) issues.push({ path: `${base}.${id}`, message: '这份材料不在您的材料清单中，无需提交' });
  }
  for (const material of checklist) {
    const path = `${base}.${material.id}`;
    const supply = supplies[material.id];
    const stored: StoredMaterial = {
      id: material.id,
      name: material.name,
      neededBy: material.neededBy,
      via: 'upload',
      sharedRecord: null,
      promise: null,
      files: [],
      fromSubItem: null,
      supplementedAt: null,
    };
    const { source } = material;
    if (source.kind === 'internal') {
      if (supply) issues.push({ path, message: `${material.name}由部门之间流转，无需提交` });
      materials.push({ ...stored, via: 'internal', fromSubItem: source.fromSubItem });
      continue;
    }
    if (!supply) {
      issues.push({ path, message: `请提供${material.name}` });
      continue;
    }
    if (supply.kind === 'shared') {
      if (source.kind !== 'shared') {
        issues.push({ path: `${path}.kind`, message: `${material.name}不能从电子证照库获取，请上传` });
        continue;
      }
      const record = records.get(supply.recordId);
      if (!record || record.type !== source.record) {
        issues.push({ path: `${path}.recordId`, message: `没有找到您的${SHARED_RECORDS[source.record].label}电子证照，请上传${material.name}` });
        continue;
      }
      materials.push({ ...stored, via: 'shared', sharedRecord: record });
      continue;
    }
    if (supply.kind === 'promise') {
      if (source.kind !== 'promise' || !allowPromise) {
        issues.push({ path: `${path}.kind`, message: `${material.name}不能以告知承诺代替，请上传` });
        continue;
      }
      materials.push({ ...stored, via: 'promise', promise: { text: source.text, supplyWithinDays: source.supplyWithinDays ?? null, acceptedAt: now } });
      continue;
    }
    const spec = uploadSpecOf(source)!;
    const problems = checkUpload(supply.files, spec, path);
    if (problems.length) {
      issues.push(...problems);
      continue;
    }
    materials.push({ ...stored, via: 'upload', files: supply.files });
  }
  return { issues, materials };
}
