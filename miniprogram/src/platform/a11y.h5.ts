import type { A11yRole } from './a11y';

export type { A11yRole } from './a11y';

type Props = Record<string, unknown>;

export function roleProps(role: A11yRole): Props {
  return { role };
}

export function headingProps(level: 1 | 2 | 3): Props {
  return { role: 'heading', 'aria-level': String(level) };
}

/** A tappable element that is not a native button: focusable, announced, and activated by Enter or Space. */
export function pressableProps(role: 'button' | 'link', onPress: () => void): Props {
  return {
    role,
    tabIndex: 0,
    onClick: () => onPress(),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' || (role === 'button' && event.key === ' ')) {
        event.preventDefault();
        onPress();
      }
    },
  };
}

/** The accessible name of a text input: Taro's H5 `<Input>` wraps a native input, reached via nativeProps. */
export function inputLabelProps(label: string): Props {
  return { nativeProps: { 'aria-label': label } };
}
