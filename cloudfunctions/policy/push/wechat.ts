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

/** Keeps sends at or under `ratePerSecond`: the n-th send waits until n / rate seconds after the first. */
export class Pace {
  private started = 0;
  private sent = 0;

  constructor(private readonly ratePerSecond: number) {}

  async wait(): Promise<void> {
    const now = Date.now();
    if (this.sent === 0) this.started = now;
    const due = this.started + (this.sent * 1000) / this.ratePerSecond;
    this.sent += 1;
    if (due > now) await new Promise((resolve) => setTimeout(resolve, due - now));
  }
}
