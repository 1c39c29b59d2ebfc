/**
 * H5: the functions were deployed with newer contracts than this page was built with. Reload once to fetch the
 * new build; if the page is already the newest build (the functions ran ahead of the H5 deployment), reloading
 * again cannot help, so at most once a minute.
 */
const KEY = 'yiwang.upgradeReloadAt';

export function restartIntoNewVersion(): void {
  if (typeof window === 'undefined') return;
  const last = Number(window.sessionStorage.getItem(KEY) ?? 0);
  if (Date.now() - last < 60_000) return;
  window.sessionStorage.setItem(KEY, String(Date.now()));
  window.location.reload();
}

/** H5 has no update manager: a reload is the update. */
export function watchForUpdates(): void {}
