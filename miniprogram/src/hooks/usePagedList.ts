import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';

export interface PageAnswer<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedList<T> {
  /** null until the first page arrives. */
  items: T[] | null;
  error: ApiError | null;
  /** True while there are items not shown yet (the backend gave a cursor). */
  more: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
  setItems: (update: (items: T[]) => T[]) => void;
}

/** A list read a page at a time through a cursor: nothing is hidden behind a cap, the page says when there is more. */
export function usePagedList<T>(fetchPage: (cursor: string | undefined) => Promise<PageAnswer<T>>): PagedList<T> {
  const [items, setItemsState] = useState<T[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const reload = useCallback(() => {
    setError(null);
    fetchRef.current(undefined).then(
      (page) => {
        setItemsState(page.items);
        setCursor(page.nextCursor);
      },
      (cause: unknown) => setError(ApiError.of(cause)),
    );
  }, []);
  useEffect(reload, [reload]);

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    setError(null);
    fetchRef.current(cursor).then(
      (page) => {
        setLoadingMore(false);
        setItemsState((shown) => [...(shown ?? []), ...page.items]);
        setCursor(page.nextCursor);
      },
      (cause: unknown) => {
        setLoadingMore(false);
        setError(ApiError.of(cause));
      },
    );
  }, [cursor, loadingMore]);

  const setItems = useCallback((update: (items: T[]) => T[]) => setItemsState((shown) => (shown ? update(shown) : shown)), []);
  return { items, error, more: cursor !== null, loadingMore, loadMore, reload, setItems };
}
