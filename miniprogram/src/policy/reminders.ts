import { api, call } from '@/api';
import { askForPolicyReminder } from './subscribe';

/**
 * From a tap: ask WeChat for a reminder and record the grant with the backend, which then sends the next
 * matching policy as a subscribe message instead of only an inbox item. Answers the grants left (null: none given).
 */
export async function requestReminder(templateId: string): Promise<number | null> {
  const granted = await askForPolicyReminder(templateId);
  if (!granted) return null;
  const { remaining } = await call(api.policy['subscriptions.record'], { templateId, granted });
  return remaining;
}
