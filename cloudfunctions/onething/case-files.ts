/** The files of a 一件事 case: what a payload hands in (checked for ownership) and what a case already holds. */
import type { MaterialSupply } from '@shared/contracts/onething-cases';
import { COLLECTIONS } from '../collections';
import type { HandlerContext } from '../_runtime/router';
import { fileProblems, type FileClaim } from '../_runtime/files';
import { getById } from '../_runtime/read-all';
import type { StoredCase } from './store/types';

/** Each uploaded file of the supplied materials, named by its material for the person who has to fix it. */
export function materialFileClaims(materials: Record<string, MaterialSupply>, names: Map<string, string>): FileClaim[] {
  return Object.entries(materials).flatMap(([id, supply]) =>
    supply.kind !== 'upload'
      ? []
      : supply.files.map((file, i) => ({
          fileId: file.fileId,
          path: `materials.${id}.files.${i}.fileId`,
          label: `「${names.get(id) ?? id}」的文件「${file.name}」`,
        })),
  );
}

/** The applicant's materials must be their own uploads under `onething/<openid>/`. */
export function applicantFileProblems(openid: string, materials: Record<string, MaterialSupply>, names: Map<string, string>) {
  return fileProblems(materialFileClaims(materials, names), { area: 'onething', openid });
}

/** A result document may be uploaded by the deciding staff member or a colleague of a department of the case. */
export function resultFileProblems(ctx: HandlerContext, openid: string, doc: StoredCase, fileId: string) {
  return fileProblems([{ fileId, path: 'result.fileId', label: '结果文书文件' }], {
    area: 'onething-results',
    openid,
    alsoAccept: async (uploader) => {
      const user = await getById<{ roles?: string[]; department?: string | null }>(ctx.db, COLLECTIONS.users, uploader);
      return !!user && (user.roles ?? []).includes('staff') && !!user.department && doc.departments.includes(user.department);
    },
  });
}

/** Every fileId the case holds, with the material (or result) it belongs to. */
export function filesOfCase(doc: StoredCase): Map<string, string> {
  const files = new Map<string, string>();
  for (const material of doc.materials) for (const file of material.files) files.set(file.fileId, `material:${material.id}`);
  for (const task of doc.tasks) if (task.result?.fileId) files.set(task.result.fileId, `result:${task.id}`);
  return files;
}
