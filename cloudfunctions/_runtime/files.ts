/**
 * Every file has an owner. Upload paths are handed out here (`<area>/<openid>/<random id>.<ext>`), and every fileId a
 * payload carries is checked here before anything is written: it is a file of this environment, in the area the
 * action expects, uploaded by the caller (or by someone the action accepts), and it exists.
 */
import { randomBytes } from 'node:crypto';
import { AppError, type FieldIssue } from '@shared/errors';
import { UPLOAD_AREAS, type UploadArea, type UploadExtension } from '@shared/files/areas';
import { parseFileId } from '@shared/files/file-id';
import { cloudbase } from './cloudbase';

/** A fresh path under the caller: 128 random bits, so two uploads never meet (timestamps did). */
export function uploadPathFor(area: UploadArea, openid: string, extension: UploadExtension): string {
  return `${area}/${openid}/${randomBytes(16).toString('hex')}.${extension}`;
}

/** One fileId of a payload: where it sits (dotted field path) and how a person would name it (e.g. 「出生医学证明」的照片). */
export interface FileClaim {
  fileId: string;
  path: string;
  label: string;
}

export interface OwnershipRule {
  area: UploadArea;
  /** The caller's openid: their own uploads are accepted. */
  openid: string;
  /** Others whose uploads this action accepts too (e.g. a colleague of the same department for a result). */
  alsoAccept?: (uploader: string) => Promise<boolean>;
}

/** The environment the function runs in, as the platform sets it (TCB_ENV on CloudBase and in the local one). */
function currentEnv(): string | null {
  return process.env.TCB_ENV || process.env.SCF_NAMESPACE || null;
}

interface TempFileAnswer {
  fileID: string;
  code: string;
  tempFileURL: string;
}

/** The admin SDK's getTempFileURL over any number of fileIds (it takes 50 at a time); one answer per file. */
async function tempFileAnswers(fileIds: string[], maxAgeSeconds?: number): Promise<TempFileAnswer[]> {
  const answers: TempFileAnswer[] = [];
  for (let i = 0; i < fileIds.length; i += 50) {
    const batch = fileIds.slice(i, i + 50);
    const fileList = maxAgeSeconds === undefined ? batch : batch.map((fileID) => ({ fileID, maxAge: maxAgeSeconds }));
    const answer = await cloudbase().getTempFileURL({ fileList });
    answers.push(...(answer.fileList as TempFileAnswer[]));
  }
  return answers;
}

/** Whether each fileId is in storage now (getTempFileURL answers per file). */
async function existing(fileIds: string[]): Promise<Set<string>> {
  return new Set((await tempFileAnswers(fileIds)).filter((item) => item.code === 'SUCCESS').map((item) => item.fileID));
}

/** The problems of each claim; empty when every file is the caller's (or accepted) and exists. */
export async function fileProblems(claims: FileClaim[], rule: OwnershipRule): Promise<FieldIssue[]> {
  const env = currentEnv();
  const issues: FieldIssue[] = [];
  const toCheck: FileClaim[] = [];
  const accepted = new Map<string, boolean>();
  for (const claim of claims) {
    const parsed = parseFileId(claim.fileId);
    if (!parsed || !parsed.uploader || (env && parsed.env !== env) || parsed.area !== rule.area) {
      issues.push({ path: claim.path, message: `${claim.label}不是在这里上传的${UPLOAD_AREAS[rule.area]}，请重新上传` });
      continue;
    }
    if (parsed.uploader !== rule.openid) {
      if (!accepted.has(parsed.uploader)) accepted.set(parsed.uploader, (await rule.alsoAccept?.(parsed.uploader)) ?? false);
      if (!accepted.get(parsed.uploader)) {
        issues.push({ path: claim.path, message: `${claim.label}不是您本人上传的文件，请重新上传` });
        continue;
      }
    }
    toCheck.push(claim);
  }
  if (toCheck.length) {
    const present = await existing([...new Set(toCheck.map((c) => c.fileId))]);
    for (const claim of toCheck) {
      if (!present.has(claim.fileId)) issues.push({ path: claim.path, message: `${claim.label}找不到了（可能没有上传成功），请重新上传` });
    }
  }
  return issues;
}

/** Refuses the whole call (VALIDATION_FAILED naming each file's field) unless every claimed file passes; nothing is written before. */
export async function requireOwnedFiles(claims: FileClaim[], rule: OwnershipRule): Promise<void> {
  if (claims.length === 0) return;
  const issues = await fileProblems(claims, rule);
  if (issues.length) throw new AppError('VALIDATION_FAILED', `有 ${issues.length} 个文件需要重新上传：${issues[0]!.message}`, { fields: issues });
}

/** Short-lived download addresses (admin SDK), by fileId; a file no longer in storage maps to null. */
export async function temporaryUrls(fileIds: string[], maxAgeSeconds: number): Promise<Map<string, string | null>> {
  const answers = await tempFileAnswers(fileIds, maxAgeSeconds);
  return new Map(answers.map((item) => [item.fileID, item.code === 'SUCCESS' && item.tempFileURL ? item.tempFileURL : null]));
}

/** Claims for a plain list of fileIds (photos, evidence): `photos.1` is 「第2张评价照片」. */
export function listClaims(fileIds: string[], field: string, noun: string): FileClaim[] {
  return fileIds.map((fileId, i) => ({ fileId, path: `${field}.${i}`, label: `第${i + 1}${noun.endsWith('照片') ? '张' : '份'}${noun}` }));
}
