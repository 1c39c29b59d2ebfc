import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { HelpRequestDetail } from '@shared/contracts/help-views';
import { api, ApiError, call } from '@/api';

export interface HelpRequestState {
  data: HelpRequestDetail | null;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
  /** Replace the shown request with the answer of an action (every help action answers the new detail). */
  replace: (detail: HelpRequestDetail) => void;
}

/**
 * One help request (requests.get), reloaded when the page shows again. `reveal` asks for the whole names and
 * numbers (the requester on what they sign; the backend records the view).
 */
export function useHelpRequest(id: string | undefined, reveal = false): HelpRequestState {
  const [data, setData] = useState<HelpRequestDetail | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const ticket = useRef(0);
  const shownOnce = useRef(false);

  const reload = useCallback(() => {
    if (!id) {
      setLoading(false);
      setError(new ApiError({ code: 'NOT_FOUND', message: '没有找到这件帮办申请。', details: null }));
      return;
    }
    const mine = ++ticket.current;
    setLoading(true);
    call(api.help['requests.get'], { id, reveal }).then(
      (detail) => {
        if (mine !== ticket.current) return;
        setData(detail);
        setError(null);
        setLoading(false);
      },
      (cause: unknown) => {
        if (mine !== ticket.current) return;
        setError(ApiError.of(cause));
        setLoading(false);
      },
    );
  }, [id, reveal]);

  useEffect(() => {
    reload();
  }, [reload]);

  useDidShow(() => {
    if (!shownOnce.current) {
      shownOnce.current = true;
      return;
    }
    reload();
  });

  const replace = useCallback((detail: HelpRequestDetail) => {
    ticket.current++;
    setData(detail);
    setError(null);
    setLoading(false);
  }, []);

  return { data, loading, error, reload, replace };
}
