import { Input, Text, View } from '@tarojs/components';
import { inputLabelProps, roleProps } from '@/platform/a11y';
import './index.scss';

export interface FieldProps {
  /** The visible label, also the input's accessible name. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  placeholder?: string;
  type?: 'text' | 'number' | 'digit';
  maxlength?: number;
  id?: string;
}

/** A labelled one-line input with its hint and its error in words. */
export function Field({ label, value, onChange, hint, error, placeholder, type = 'text', maxlength = 200, id }: FieldProps) {
  return (
    <View className={`field${error ? ' field--error' : ''}`} id={id}>
      <Text className="field__label" aria-hidden="true">
        {label}
      </Text>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      <Input
        className="field__input"
        type={type}
        value={value}
        placeholder={placeholder}
        placeholderClass="field__placeholder"
        maxlength={maxlength}
        onInput={(event) => onChange(event.detail.value)}
        {...inputLabelProps(label)}
      />
      {error ? (
        <Text className="field__error" {...roleProps('alert')}>
          ! {error}
        </Text>
      ) : null}
    </View>
  );
}
