import Taro from '@tarojs/taro';
import type { UploadArea } from '@shared/files/areas';
import { currentPersonaOpenid } from '@/local/persona';
import { uploadPaths } from './upload-paths';

/** H5 (local mode): the bytes of one file to the local CloudBase (`/__client/upload`), as the current persona. */
export async function uploadToLocalCloud(cloudPath: string, body: Blob): Promise<string> {
  const response = await fetch(`/__client/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: { 'content-type': body.type || 'image/jpeg', 'x-wx-openid': currentPersonaOpenid() ?? 'anonymous' },
    body,
  });
  if (!response.ok) throw new Error(`上传没有成功（${response.status}），请重试`);
  return ((await response.json()) as { fileID: string }).fileID;
}

/** H5 (local mode): pick photos in the browser and upload them to the paths the server hands out. */
export async function choosePhotosAndUpload(area: UploadArea, max: number): Promise<string[]> {
  const picked = await Taro.chooseImage({ count: max, sizeType: ['compressed'], sourceType: ['album'] });
  const blobs = await Promise.all(picked.tempFilePaths.map(async (filePath) => (await fetch(filePath)).blob()));
  const paths = await uploadPaths(area, blobs.map((blob) => `photo.${blob.type.split('/')[1] ?? 'jpg'}`));
  const ids: string[] = [];
  for (const [index, blob] of blobs.entries()) ids.push(await uploadToLocalCloud(paths[index]!, blob));
  return ids;
}
