import Taro from '@tarojs/taro';
import { fileProblem, mimeTypeOf, type UploadedFile } from './file-checks';
import type { UploadSpecView } from './format';
import { rememberPreview } from './previews';
import { uploadPaths } from '@/platform/upload-paths';

/**
 * WeChat: photos from the camera or album (chooseMedia), PDFs from a chat (chooseMessageFile); each file's
 * type and size are checked before it is uploaded to cloud storage. (H5: files.h5.ts.)
 */
export async function chooseAndUpload(spec: UploadSpecView, from: 'photo' | 'file', max: number): Promise<UploadedFile[]> {
  const picked =
    from === 'photo'
      ? (await Taro.chooseMedia({ count: max, mediaType: ['image'], sourceType: ['album', 'camera'], sizeType: ['compressed'] })).tempFiles.map((f, i) => ({
          path: f.tempFilePath,
          name: `照片${i + 1}.${/\.(\w+)$/.exec(f.tempFilePath)?.[1] ?? 'jpg'}`,
          size: f.size,
        }))
      : (await Taro.chooseMessageFile({ count: max, type: 'file', extension: ['pdf', 'jpg', 'jpeg', 'png'] })).tempFiles.map((f) => ({ path: f.path, name: f.name, size: f.size }));
  const files = picked.map((f) => ({ ...f, mimeType: mimeTypeOf(f.name) }));
  for (const file of files) {
    const problem = fileProblem(file, spec);
    if (problem) throw new Error(problem);
  }
  const paths = await uploadPaths('onething', files.map((file) => file.name));
  const uploaded: UploadedFile[] = [];
  for (const [index, file] of files.entries()) {
    const result = await Taro.cloud.uploadFile({ cloudPath: paths[index]!, filePath: file.path });
    if (file.mimeType.startsWith('image/')) rememberPreview(result.fileID, file.path);
    uploaded.push({ fileId: result.fileID, name: file.name, mimeType: file.mimeType as UploadedFile['mimeType'], size: file.size });
  }
  return uploaded;
}
