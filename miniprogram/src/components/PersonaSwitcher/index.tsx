/**
 * The demo-persona switcher exists only in H5 local mode (index.h5.tsx). In WeChat the user is who WeChat
 * says: nothing to render.
 */
export interface PersonaSwitcherProps {
  /** Called after the persona changed: reload whatever depends on who the user is. */
  onChange?: (openid: string) => void;
  /** `card`: full list (我的); `chip`: a small floating link to 我的 (首页). */
  variant?: 'card' | 'chip';
  /** For the chip: the current user's name, when known. */
  name?: string | null;
}

export function PersonaSwitcher(_props: PersonaSwitcherProps) {
  return null;
}
