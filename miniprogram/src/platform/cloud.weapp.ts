import Taro from '@tarojs/taro';
import { CLOUD_ENV } from '@/config';

/** WeChat: bind `wx.cloud` to our CloudBase environment once, at launch. */
export function initCloud(): void {
  Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
}
