import { useCallback, useEffect, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { FeedbackTicket } from '@shared/contracts/feedback';
import { api, ApiError, call } from '../../api';

/** My tickets (feedback.listMine), reloaded when the page shows again. */
export function useMyTickets() {
  const [items, setItems] = useState<FeedbackTicket[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => {
    setError(null);
    call(api.account['feedback.listMine'], {}).then(
      (list) => setItems(list.items),
      (cause: unknown) => setError(ApiError.of(cause)),
    );
  }, []);
  useEffect(load, [load]);
  useDidShow(() => {
    if (items) load();
  });
  return { items, error, reload: load, setItems };
}
