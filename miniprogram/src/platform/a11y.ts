/**
 * Accessibility attributes, mini-program flavour. WeChat reads `aria-role` / `aria-label` (our Taro plugin
 * config/plugins/weapp-a11y.js lets them through to WXML); it has no heading levels and no keyboard focus.
 * The H5 flavour (a11y.h5.ts) gives real `role`, `aria-level`, `tabIndex` and Enter/Space activation.
 */
export type A11yRole =
  | 'button'
  | 'link'
  | 'heading'
  | 'status'
  | 'alert'
  | 'list'
  | 'listitem'
  | 'img'
  | 'search'
  | 'region'
  | 'main'
  | 'group';

type Props = Record<string, unknown>;

export function roleProps(role: A11yRole): Props {
  return { 'aria-role': role };
}

export function headingProps(_level: 1 | 2 | 3): Props {
  return { 'aria-role': 'heading' };
}

/** A tappable element that is not a native button: role + tap handler. */
export function pressableProps(role: 'button' | 'link', onPress: () => void): Props {
  return { 'aria-role': role, onClick: () => onPress() };
}

/** The accessible name of a text input (WeChat reads `aria-label` on `<input>`). */
export function inputLabelProps(label: string): Props {
  return { 'aria-label': label };
}
