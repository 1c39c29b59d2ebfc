import Taro from '@tarojs/taro';

/** WeChat's font size setting: 17 is the standard size; a larger setting or scale factor means "enlarged". */
export function systemFontEnlarged(): boolean {
  try {
    const info = Taro.getSystemInfoSync() as { fontSizeSetting?: number; fontSizeScaleFactor?: number };
    if (typeof info.fontSizeScaleFactor === 'number' && info.fontSizeScaleFactor > 1) return true;
    if (typeof info.fontSizeSetting === 'number' && info.fontSizeSetting > 17) return true;
  } catch {
    // No system info (e.g. a test runtime): treat as the standard size.
  }
  return false;
}
