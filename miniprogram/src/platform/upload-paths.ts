import { uploadExtensionOf, type UploadArea } from '@shared/files/areas';
import { api, call } from '@/api';

/**
 * Where each picked file goes, as the server hands it out (files.prepareUpload): `<area>/<my openid>/<random id>.<ext>`.
 * The functions accept only files uploaded to such a path by the same person, so every upload asks here first.
 */
export async function uploadPaths(area: UploadArea, fileNames: string[]): Promise<string[]> {
  if (fileNames.length === 0) return [];
  const { items } = await call(api.account['files.prepareUpload'], { area, extensions: fileNames.map(uploadExtensionOf) });
  return items.map((item) => item.cloudPath);
}
