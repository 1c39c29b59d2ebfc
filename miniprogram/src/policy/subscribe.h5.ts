/** The browser has no WeChat subscribe messages: pushes reach the enterprise through its inbox only. */
export const CAN_ASK_FOR_REMINDERS = false;

export async function askForPolicyReminder(_templateId: string): Promise<number> {
  return 0;
}
