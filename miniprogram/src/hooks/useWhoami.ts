import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { OutputOf } from '@shared/contract';
import { api, ApiError, call } from '@/api';

export type Whoami = OutputOf<typeof api.account.whoami>;

export type WhoamiState =
  | { status: 'loading'; data: Whoami | null; error: null }
  | { status: 'ready'; data: Whoami; error: null }
  | { status: 'error'; data: Whoami | null; error: ApiError };

/**
 * Who the current user is (account.whoami). Loads on mount, again whenever the page is shown again
 * (the identity may have changed elsewhere, e.g. the demo persona), and on `reload()`.
 */
export function useWhoami(): WhoamiState & { reload: () => void } {
  const [state, setState] = useState<WhoamiState>({ status: 'loading', data: null, error: null });
  const latest = useRef(0);
  const shownOnce = useRef(false);

  const load = useCallback(() => {
    const ticket = ++latest.current;
    setState((prev) => ({ status: 'loading', data: prev.data, error: null }));
    call(api.account.whoami, {}).then(
      (data) => {
        if (ticket === latest.current) setState({ status: 'ready', data, error: null });
      },
      (error: unknown) => {
        if (ticket !== latest.current) return;
        const apiError = ApiError.of(error);
        setState((prev) => ({ status: 'error', data: prev.data, error: apiError }));
      },
    );
  }, []);

  useEffect(() => {
    load();
  }, [load]);

  useDidShow(() => {
    // The first show follows the mount, which already loads.
    if (!shownOnce.current) {
      shownOnce.current = true;
      return;
    }
    load();
  });

  return { ...state, reload: load };
}
