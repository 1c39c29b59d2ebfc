import Taro from '@tarojs/taro';

/** WeChat: a PDF is downloaded from its short-lived address and opened in WeChat's document viewer. (H5: open-document.h5.ts.) */
export async function openDocument(url: string): Promise<void> {
  const { tempFilePath } = await Taro.downloadFile({ url });
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: false });
}
