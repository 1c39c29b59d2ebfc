import Taro from '@tarojs/taro';

/**
 * Pick photos and upload them to cloud storage; resolves with their `cloud://` file ids (WeChat: wx.cloud).
 * The H5 build (upload.h5.ts) posts to the local CloudBase instead. `folder` is e.g. `feedback`.
 */
export async function choosePhotosAndUpload(folder: string, max: number): Promise<string[]> {
  const picked = await Taro.chooseImage({ count: max, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  const ids: string[] = [];
  for (const [index, filePath] of picked.tempFilePaths.entries()) {
    const extension = /\.(\w+)$/.exec(filePath)?.[1] ?? 'jpg';
    const uploaded = await Taro.cloud.uploadFile({ cloudPath: `${folder}/${Date.now()}-${index}.${extension}`, filePath });
    ids.push(uploaded.fileID);
  }
  return ids;
}
