/** Sends one subscribe message through the platform's open API (node-sdk callWxOpenApi). Answers WeChat's errcode. */
import { cloudbase } from '../../_runtime/cloudbase';

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
}

/** 0 on success; a WeChat error code otherwise (43101 no grant left, 45009 slow down, …). -1 when the call itself failed. */
export async function sendSubscribeMessage(message: SubscribeMessage): Promise<number> {
  try {
    const res = await cloudbase().callWxOpenApi({
      apiName: '/cgi-bin/message/subscribe/send',
      requestData: { touser: message.touser, template_id: message.templateId, page: message.page, data: message.data, miniprogram_state: 'formal' },
    });
    const result = (typeof res.result === 'string' ? JSON.parse(res.result) : res.result) as { errcode?: number } | undefined;
    return result?.errcode ?? 0;
  } catch {
    return -1;
  }
}
