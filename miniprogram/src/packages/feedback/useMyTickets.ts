import { useDidShow } from '@tarojs/taro';
import type { FeedbackTicket } from '@shared/contracts/feedback';
import { api, call } from '@/api';
import { usePagedList } from '@/hooks/usePagedList';

/** My tickets (feedback.listMine), newest first, a page at a time; reloaded when the page shows again. */
export function useMyTickets() {
  const list = usePagedList<FeedbackTicket>((cursor) => call(api.account['feedback.listMine'], cursor ? { cursor } : {}));
  useDidShow(() => {
    if (list.items) list.reload();
  });
  return list;
}
