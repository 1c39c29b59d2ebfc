import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { ApiError } from '@/api';

export interface RemoteState<T> {
  data: T | null;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
  /** Show an action's answer in place of the loaded data, without a round trip. */
  replace: (data: T) => void;
}

export interface RemoteOptions {
  /**
   * Load again whenever the page shows again (coming back from a page that may have changed the data). Off for
   * pages with a form built from the data: picking a photo hides and re-shows the page.
   */
  reloadOnShow?: boolean;
}

/**
 * One backend read for a page: loads when `key` changes (null: nothing to load yet) and on `reload()`; an answer
 * that arrives after a newer request is dropped.
 */
export function useRemote<T>(key: string | null, load: () => Promise<T>, options: RemoteOptions = {}): RemoteState<T> {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(key !== null);
  const [error, setError] = useState<ApiError | null>(null);
  const ticket = useRef(0);
  const shownOnce = useRef(false);
  const loader = useRef(load);
  loader.current = load;

  const reload = useCallback(() => {
    if (key === null) return;
    const mine = ++ticket.current;
    setLoading(true);
    setError(null);
    loader.current().then(
      (answer) => {
        if (mine !== ticket.current) return;
        setData(answer);
        setLoading(false);
      },
      (cause: unknown) => {
        if (mine !== ticket.current) return;
        setError(ApiError.of(cause));
        setLoading(false);
      },
    );
  }, [key]);

  useEffect(() => {
    reload();
  }, [reload]);

  useDidShow(() => {
    // The first show follows the mount, which already loads.
    if (shownOnce.current && options.reloadOnShow) reload();
    shownOnce.current = true;
  });

  return { data, loading, error, reload, replace: setData };
}
