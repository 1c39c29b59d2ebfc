import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { ApiError } from '../api';

export interface RemoteState<T> {
  data: T | null;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
  /** Replace the shown data with the answer of an action (no reload round trip). */
  replace: (data: T) => void;
}

/**
 * One backend read for a page: loads when `key` changes (null = nothing to load yet), again when the page is
 * shown again (the data may have changed on another page, e.g. the profile editor), and on `reload()`.
 * Answers that arrive after a newer request are dropped.
 */
export function useRemote<T>(key: string | null, load: () => Promise<T>): RemoteState<T> {
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
    loader.current().then(
      (answer) => {
        if (mine !== ticket.current) return;
        setData(answer);
        setError(null);
        setLoading(false);
      },
      (cause: unknown) => {
        if (mine !== ticket.current) return;
        setError(cause instanceof ApiError ? cause : ApiError.network(cause));
        setLoading(false);
      },
    );
  }, [key]);

  useEffect(() => {
    reload();
  }, [reload]);

  useDidShow(() => {
    // The first show follows the mount, which already loads.
    if (!shownOnce.current) {
      shownOnce.current = true;
      return;
    }
    reload();
  });

  return { data, loading, error, reload, replace: setData };
}
