/**
 * Files: the one door to an upload path (`files.prepareUpload`, account) and the access-checked, short-lived URL
 * of a case's files (`files.open`, onething).
 */
import { z } from 'zod';
import { defineContract } from '../contract';
import { MAX_UPLOADS_PER_CALL, UPLOAD_AREA_IDS, UPLOAD_EXTENSIONS } from '../files/areas';
import { isoDateTime } from './common';
import { fileIdSchema } from './fields';
import { caseIdSchema } from './onething-cases';

const SIGNED_IN = ['citizen', 'helper', 'coordinator', 'staff', 'admin'] as const;

export const prepareUploadInput = z
  .object({
    area: z.enum(UPLOAD_AREA_IDS, { error: '不能上传到这里' }),
    /** One extension per file to upload, in order. */
    extensions: z
      .array(z.enum(UPLOAD_EXTENSIONS, { error: '只能上传 JPG、PNG 图片或 PDF 文件' }))
      .min(1, '请选择要上传的文件')
      .max(MAX_UPLOADS_PER_CALL, `一次最多上传 ${MAX_UPLOADS_PER_CALL} 个文件`),
  })
  .strict();

export const accountFileContracts = {
  'files.prepareUpload': defineContract({
    fn: 'account',
    action: 'files.prepareUpload',
    input: prepareUploadInput,
    output: z.object({ items: z.array(z.object({ cloudPath: z.string() })) }),
    roles: SIGNED_IN,
    summary: '上传前领取存储路径：每个文件一个 <用途>/<本人 openid>/<随机编号>.<扩展名>，之后只能提交自己领取并上传的文件',
  }),
} as const;

export const openCaseFilesInput = z
  .object({
    caseId: caseIdSchema,
    fileIds: z.array(fileIdSchema).min(1, '请指定要查看的文件').max(20, '一次最多查看 20 个文件'),
  })
  .strict();

export const onethingFileContracts = {
  'files.open': defineContract({
    fn: 'onething',
    action: 'files.open',
    input: openCaseFilesInput,
    output: z.object({
      files: z.array(
        z.object({
          fileId: z.string(),
          /** Short-lived download address; null when the file is no longer in storage. */
          url: z.string().nullable(),
          expiresAt: isoDateTime.nullable(),
        }),
      ),
    }),
    roles: SIGNED_IN,
    summary: '查看办件里的文件（申请材料、结果文书）：申请人本人或办件所涉部门的工作人员可看，返回几分钟内有效的临时链接，并记录查看',
  }),
} as const;
