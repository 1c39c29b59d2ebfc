import { useEffect, useRef, useState } from 'react';
import type { OutputOf } from '@shared/contract';
import { api, call } from '@/api';
import { messageOf } from '@/help/errors';
import { useRemote } from '@/hooks/useRemote';

export type ThemeSummary = OutputOf<(typeof api.onething)['themes.list']>['themes'][number];

/** Every 一件事 (themes.list), for the home page's tiles. */
export function useThemes() {
  return useRemote('all', () => call(api.onething['themes.list'], {}).then((answer) => answer.themes));
}

const SEARCH_DELAY_MS = 250;

/**
 * The themes matching what is typed, best first, each with what matched (the backend knows how people say
 * things: 生孩子, 开奶茶店). Waits for a pause in typing; `results` is null while the answer for the current
 * words is not in yet, so the page never shows another query's results as this one's.
 */
export function useThemeSearch(query: string): { results: ThemeSummary[] | null; error: string | null } {
  const words = query.trim().slice(0, 50);
  const [answer, setAnswer] = useState<{ words: string; results: ThemeSummary[] | null; error: string | null }>({ words: '', results: [], error: null });
  const ticket = useRef(0);

  useEffect(() => {
    if (!words) return undefined;
    const mine = ++ticket.current;
    const timer = setTimeout(() => {
      call(api.onething['themes.list'], { search: words }).then(
        (found) => {
          if (mine === ticket.current) setAnswer({ words, results: found.themes, error: null });
        },
        (cause: unknown) => {
          if (mine === ticket.current) setAnswer({ words, results: null, error: messageOf(cause) });
        },
      );
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [words]);

  if (answer.words !== words) return { results: null, error: null };
  return { results: answer.results, error: answer.error };
}
