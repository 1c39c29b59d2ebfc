import Taro from '@tarojs/taro';
import { currentPersonaOpenid } from '../local/persona';

/** H5 (local mode): pick photos in the browser and upload them to the local CloudBase (`/__client/upload`). */
export async function choosePhotosAndUpload(folder: string, max: number): Promise<string[]> {
  const picked = await Taro.chooseImage({ count: max, sizeType: ['compressed'], sourceType: ['album'] });
  const openid = currentPersonaOpenid() ?? 'anonymous';
  const ids: string[] = [];
  for (const [index, filePath] of picked.tempFilePaths.entries()) {
    const blob = await (await fetch(filePath)).blob();
    const cloudPath = `${folder}/${openid}/${Date.now()}-${index}.jpg`;
    const response = await fetch(`/__client/upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
      method: 'POST',
      headers: { 'content-type': blob.type || 'image/jpeg', 'x-wx-openid': openid },
      body: blob,
    });
    if (!response.ok) throw new Error(`upload failed: ${response.status}`);
    ids.push(((await response.json()) as { fileID: string }).fileID);
  }
  return ids;
}
