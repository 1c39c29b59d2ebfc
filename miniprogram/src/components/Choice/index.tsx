import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { pressableProps, roleProps } from '@/platform/a11y';
import './index.scss';

export interface ChoiceProps {
  label: string;
  /** A plain-words line under the label. */
  description?: string;
  selected: boolean;
  onPress: () => void;
}

/** One option of a choice group: a button that says whether it is chosen (✓ and words, not colour alone). */
export function Choice({ label, description, selected, onPress }: ChoiceProps) {
  return (
    <View
      className={`choice${selected ? ' choice--selected' : ''}`}
      hoverClass="choice--pressed"
      aria-pressed={String(selected)}
      {...pressableProps('button', onPress)}
    >
      <View className="choice__mark" aria-hidden="true">
        <Text>{selected ? '✓' : ''}</Text>
      </View>
      <View className="choice__text">
        <Text className="choice__label">{label}</Text>
        {description ? <Text className="choice__description">{description}</Text> : null}
      </View>
    </View>
  );
}

export interface ChoiceGroupProps {
  /** Read out before the options. */
  label: string;
  children: ReactNode;
  /** Side by side (short labels) or one per row (with descriptions). */
  inline?: boolean;
}

export function ChoiceGroup({ label, children, inline }: ChoiceGroupProps) {
  return (
    <View className={`choice-list${inline ? ' choice-list--inline' : ''}`} {...roleProps('group')} aria-label={label}>
      {children}
    </View>
  );
}
