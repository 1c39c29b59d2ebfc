import Taro from '@tarojs/taro';

/** Copy text for the person (WeChat and H5 both have Taro.setClipboardData). */
export async function copyText(text: string): Promise<void> {
  await Taro.setClipboardData({ data: text });
}
