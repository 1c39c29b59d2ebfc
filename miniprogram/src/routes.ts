import Taro from '@tarojs/taro';

import { ROUTES, TAB_ROUTES, type Route } from './route-table';

export { ROUTES, type Route } from './route-table';

function withQuery(url: string, query?: Record<string, string>): string {
  const pairs = Object.entries(query ?? {}).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
  return pairs.length ? `${url}?${pairs.join('&')}` : url;
}

/** Opens a page: tab pages by switching tab, the rest by pushing onto the page stack. */
export function openPage(route: Route, query?: Record<string, string>): void {
  if ((TAB_ROUTES as readonly string[]).includes(route)) {
    void Taro.switchTab({ url: route });
    return;
  }
  void Taro.navigateTo({ url: withQuery(route, query) });
}

/** Opens a page in place of this one (e.g. a submitted form gives way to what it created). */
export function replacePage(route: Route, query?: Record<string, string>): void {
  void Taro.redirectTo({ url: withQuery(route, query) });
}

/** The "not open yet" page for a feature that a later release brings. */
export function openComingSoon(title: string, note?: string): void {
  openPage(ROUTES.soon, note ? { title, note } : { title });
}

/** Back one page, or home when this page was opened directly (a shared link, a deep link in a test). */
export function goBack(): void {
  if (Taro.getCurrentPages().length > 1) {
    void Taro.navigateBack();
    return;
  }
  void Taro.switchTab({ url: ROUTES.home });
}
