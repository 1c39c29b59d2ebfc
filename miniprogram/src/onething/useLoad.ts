import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';

export interface LoadState<T> {
  data: T | null;
  loading: boolean;
  error: ApiError | null;
  reload: () => void;
}

/**
 * Loads one thing from the backend when `key` changes (and on `reload()`); a stale answer never overwrites a
 * newer one. `key` null: nothing to load yet.
 */
export function useLoad<T>(key: string | null, load: () => Promise<T>): LoadState<T> {
  const [data, setData] = useState<T | null>(null);
  const [loading, setLoading] = useState(key !== null);
  const [error, setError] = useState<ApiError | null>(null);
  const ticket = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const reload = useCallback(() => {
    if (key === null) return;
    const mine = ++ticket.current;
    setLoading(true);
    setError(null);
    loader.current().then(
      (value) => {
        if (mine !== ticket.current) return;
        setData(value);
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

  return { data, loading, error, reload };
}
