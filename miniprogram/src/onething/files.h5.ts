import { uploadToLocalCloud } from '@/platform/upload.h5';
import { uploadPaths } from '@/platform/upload-paths';
import { fileProblem, type UploadedFile } from './file-checks';
import type { UploadSpecView } from './format';
import { rememberPreview } from './previews';

/** The browser's file picker (photos or files alike), resolving with the chosen files (none if cancelled). */
function pickInBrowser(accept: string, max: number): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = max > 1;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []).slice(0, max));
      input.remove();
    });
    document.body.appendChild(input);
    input.click();
  });
}

/** H5 (local mode): pick files in the browser, check type and size, upload them to the local CloudBase. */
export async function chooseAndUpload(spec: UploadSpecView, _from: 'photo' | 'file', max: number): Promise<UploadedFile[]> {
  const files = await pickInBrowser(spec.mimeTypes.join(','), max);
  for (const file of files) {
    const problem = fileProblem({ name: file.name, mimeType: file.type, size: file.size }, spec);
    if (problem) throw new Error(problem);
  }
  const paths = await uploadPaths('onething', files.map((file) => file.name));
  const uploaded: UploadedFile[] = [];
  for (const [index, file] of files.entries()) {
    const fileID = await uploadToLocalCloud(paths[index]!, file);
    if (file.type.startsWith('image/')) rememberPreview(fileID, URL.createObjectURL(file));
    uploaded.push({ fileId: fileID, name: file.name, mimeType: file.type as UploadedFile['mimeType'], size: file.size });
  }
  return uploaded;
}
