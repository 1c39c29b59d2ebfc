import Taro from '@tarojs/taro';

/** WeChat can send subscribe messages; the person grants them one at a time from a tap. */
export const CAN_ASK_FOR_REMINDERS = true;

/**
 * Asks WeChat for one "policy fits your enterprise" reminder (a one-time subscription = one message). Must run
 * inside a tap handler. Answers how many grants the person gave (0 when declined, banned or failed).
 */
export async function askForPolicyReminder(templateId: string): Promise<number> {
  try {
    const answer = (await Taro.requestSubscribeMessage({ tmplIds: [templateId] } as never)) as unknown as Record<string, unknown>;
    return answer[templateId] === 'accept' ? 1 : 0;
  } catch {
    return 0;
  }
}
