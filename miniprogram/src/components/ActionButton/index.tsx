import { View } from '@tarojs/components';
import { pressableProps } from '@/platform/a11y';
import './index.scss';

export interface ActionButtonProps {
  /** The visible words, which are also what a screen reader says (a short verb: 重试, 返回, 切换身份). */
  label: string;
  onPress: () => void;
  variant?: 'primary' | 'secondary' | 'plain';
  /** Pressed state for toggle buttons (e.g. the chosen demo persona). */
  selected?: boolean;
  className?: string;
}

/** A full-height tap target with a visible label. Same look and behaviour in WeChat and H5. */
export function ActionButton({ label, onPress, variant = 'primary', selected, className }: ActionButtonProps) {
  const classes = ['action-button', `action-button--${variant}`, selected ? 'action-button--selected' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <View
      className={classes}
      hoverClass="action-button--pressed"
      {...(selected === undefined ? {} : { 'aria-pressed': String(selected) })}
      {...pressableProps('button', onPress)}
    >
      {label}
    </View>
  );
}
