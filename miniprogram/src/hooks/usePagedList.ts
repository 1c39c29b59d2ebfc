import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { ApiError } from '@/api';

export interface PageAnswer<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedListOptions {
  /** A change of key (a filter, a tab) starts the list again from its first page. */
  key?: string;
  /** Read the first page again whenever the page is shown again (coming back from a detail page). */
  reloadOnShow?: boolean;
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
export function usePagedList<T>(fetchPage: (cursor: string | undefined) => Promise<PageAnswer<T>>, options: PagedListOptions = {}): PagedList<T> {
  const [items, setItemsState] = useState<T[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  // An answer that arrives after a newer request (a quicker filter change) is dropped.
  const ticket = useRef(0);
  const shownOnce = useRef(false);

  const reload = useCallback(() => {
    const mine = ++ticket.current;
    setError(null);
    setLoadingMore(false);
    fetchRef.current(undefined).then(
      (page) => {
        if (mine !== ticket.current) return;
        setItemsState(page.items);
        setCursor(page.nextCursor);
      },
      (cause: unknown) => mine === ticket.current && setError(ApiError.of(cause)),
    );
  }, []);
  useEffect(reload, [reload, options.key]);
  useDidShow(() => {
    if (shownOnce.current && options.reloadOnShow) reload();
    shownOnce.current = true;
  });

  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    const mine = ticket.current;
    setLoadingMore(true);
    setError(null);
    fetchRef.current(cursor).then(
      (page) => {
        if (mine !== ticket.current) return;
        setLoadingMore(false);
        setItemsState((shown) => [...(shown ?? []), ...page.items]);
        setCursor(page.nextCursor);
      },
      (cause: unknown) => {
        if (mine !== ticket.current) return;
        setLoadingMore(false);
        setError(ApiError.of(cause));
      },
    );
  }, [cursor, loadingMore]);

  const setItems = useCallback((update: (items: T[]) => T[]) => setItemsState((shown) => (shown ? update(shown) : shown)), []);
  return { items, error, more: cursor !== null, loadingMore, loadMore, reload, setItems };
}
