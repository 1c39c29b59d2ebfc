import { Text, View } from '@tarojs/components';
import { pressableProps, roleProps } from '@/platform/a11y';
import './index.scss';

export interface Choice<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

export interface ChoiceGroupProps<T extends string> {
  /** What is being chosen (the group's accessible name). */
  label: string;
  choices: readonly Choice<T>[];
  value: T | null;
  onChange: (value: T) => void;
}

/** One-of-several choice as large buttons, one per line; the chosen one says “已选”, not just a colour. */
export function ChoiceGroup<T extends string>({ label, choices, value, onChange }: ChoiceGroupProps<T>) {
  return (
    <View className="choice-group" {...roleProps('group')} aria-label={label}>
      {choices.map((choice) => {
        const selected = choice.value === value;
        return (
          <View
            key={choice.value}
            className={`choice-group__option${selected ? ' choice-group__option--selected' : ''}`}
            hoverClass="choice-group__option--pressed"
            aria-pressed={String(selected)}
            {...pressableProps('button', () => onChange(choice.value))}
          >
            <View className="choice-group__mark" aria-hidden="true">
              <Text>{selected ? '✓' : ''}</Text>
            </View>
            <View className="choice-group__text">
              <Text className="choice-group__label">{choice.label}</Text>
              {choice.hint ? <Text className="choice-group__hint">{choice.hint}</Text> : null}
            </View>
            {selected ? <Text className="choice-group__state">已选</Text> : null}
          </View>
        );
      })}
    </View>
  );
}
