/** A case's files (materials, result documents), opened through a check: only the applicant and the case's departments. */
import type { onethingContracts } from '@shared/contracts/onething';
import { AppError } from '@shared/errors';
import { recordAccess } from '../../_runtime/access-log';
import { temporaryUrls } from '../../_runtime/files';
import { requireUser, type Handler } from '../../_runtime/router';
import { filesOfCase } from '../case-files';
import { loadCase } from '../store/cases';

/** Long enough to open a photo or a PDF, short enough that a forwarded link soon stops working. */
export const FILE_URL_MAX_AGE_SECONDS = 5 * 60;

export const openCaseFiles: Handler<(typeof onethingContracts)['files.open']> = async (input, ctx) => {
  const { openid, user } = requireUser(ctx);
  const doc = await loadCase(ctx.db, input.caseId);
  const isApplicant = doc?.applicantOpenid === openid;
  const isCaseStaff = !!doc && user.roles.includes('staff') && !!user.department && doc.departments.includes(user.department);
  // The same answer whether the case is missing or someone else's: its existence is not revealed.
  if (!doc || (!isApplicant && !isCaseStaff)) throw new AppError('FORBIDDEN', '您不能查看这件办件的文件：只有申请人本人和办理这件事的部门可以查看。');

  const held = filesOfCase(doc);
  const foreign = input.fileIds.filter((id) => !held.has(id));
  if (foreign.length) throw new AppError('NOT_FOUND', '这件办件里没有这个文件，请刷新后重试。', { fileIds: foreign });

  const fileIds = [...new Set(input.fileIds)];
  const now = new Date();
  const urls = await temporaryUrls(fileIds, FILE_URL_MAX_AGE_SECONDS);
  await recordAccess(ctx.db, {
    subjectOpenid: doc.applicantOpenid,
    viewerOpenid: openid,
    viewerRoles: user.roles,
    fields: [...new Set(fileIds.map((id) => held.get(id)!))],
    purpose: isApplicant ? `申请人本人查看一件事 ${doc.number} 的文件` : `部门查看一件事 ${doc.number} 的材料文件，用于审核办理`,
  });
  const expiresAt = new Date(now.getTime() + FILE_URL_MAX_AGE_SECONDS * 1000).toISOString();
  return { files: input.fileIds.map((fileId) => ({ fileId, url: urls.get(fileId) ?? null, expiresAt: urls.get(fileId) ? expiresAt : null })) };
};
