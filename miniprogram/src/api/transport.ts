import Taro from '@tarojs/taro';

/**
 * WeChat transport: the platform's own cloud call. The caller's identity (OPENID) is attached by WeChat,
 * never by us. (The H5 build uses transport.h5.ts instead, which talks to the local CloudBase.)
 */
export async function invokeFunction(name: string, data: Record<string, unknown>): Promise<unknown> {
  const response = await Taro.cloud.callFunction({ name, data: data as never });
  return response.result;
}
