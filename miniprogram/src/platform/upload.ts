import Taro from '@tarojs/taro';
import type { UploadArea } from '@shared/files/areas';
import { uploadPaths } from './upload-paths';

/**
 * Pick photos and upload them to cloud storage; resolves with their `cloud://` file ids (WeChat: wx.cloud).
 * The H5 build (upload.h5.ts) posts to the local CloudBase instead. `area` is e.g. `feedback`.
 */
export async function choosePhotosAndUpload(area: UploadArea, max: number): Promise<string[]> {
  const picked = await Taro.chooseImage({ count: max, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  const paths = await uploadPaths(area, picked.tempFilePaths);
  const ids: string[] = [];
  for (const [index, filePath] of picked.tempFilePaths.entries()) {
    const uploaded = await Taro.cloud.uploadFile({ cloudPath: paths[index]!, filePath });
    ids.push(uploaded.fileID);
  }
  return ids;
}
