import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { ApiError } from '../../../api';

export function asApiError(cause: unknown): ApiError {
  return cause instanceof ApiError ? cause : ApiError.network(cause);
}

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  reload: () => void;
  /** Show an action's answer without a round trip. */
  setData: (next: T) => void;
}

/**
 * Data a page loads on open and again whenever it shows again (coming back from a page that changed it).
 * A stale answer (an older load finishing last) is dropped.
 */
export function useLoaded<T>(load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(load);
  latest.current = load;
  const ticket = useRef(0);
  const shownOnce = useRef(false);

  const reload = useCallback(() => {
    const mine = ++ticket.current;
    latest.current().then(
      (next) => {
        if (mine !== ticket.current) return;
        setData(next);
        setError(null);
      },
      (cause: unknown) => {
        if (mine === ticket.current) setError(asApiError(cause));
      },
    );
  }, []);

  useEffect(reload, [reload]);
  useDidShow(() => {
    if (shownOnce.current) reload();
    shownOnce.current = true;
  });
  return { data, error, reload, setData };
}
