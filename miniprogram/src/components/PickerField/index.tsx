import { Picker, Text, View } from '@tarojs/components';
import { roleProps } from '@/platform/a11y';
import '@/components/Field/index.scss';
import './index.scss';

interface Common {
  /** The visible label, also the accessible name of the box that opens the picker. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  id?: string;
}

export interface DatePickerFieldProps extends Common {
  mode: 'date';
  /** First and last day that can be picked (`YYYY-MM-DD`), from the field's shared date range. */
  start: string;
  end: string;
}

export interface OptionPickerFieldProps extends Common {
  mode: 'selector';
  options: readonly { value: string; label: string }[];
}

/**
 * A value chosen, never typed: a calendar day between `start` and `end`, or one of a fixed list (民族). The
 * platform's own picker (WeChat's wheel; Taro's in H5) shows only what the shared definition accepts.
 */
export function PickerField(props: DatePickerFieldProps | OptionPickerFieldProps) {
  const { label, value, onChange, hint, error, id } = props;
  const shown = props.mode === 'date' ? value : (props.options.find((o) => o.value === value)?.label ?? '');
  const box = (
    <View className="field__input picker-field__box" {...roleProps('button')} aria-label={label}>
      <Text className={shown ? 'picker-field__value' : 'field__placeholder'}>{shown || '请选择'}</Text>
      <Text className="picker-field__arrow" aria-hidden="true">
        ▾
      </Text>
    </View>
  );
  return (
    <View className={`field${error ? ' field--error' : ''}`} id={id}>
      <Text className="field__label" aria-hidden="true">
        {label}
      </Text>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      {props.mode === 'date' ? (
        <Picker
          mode="date"
          start={props.start}
          end={props.end}
          // An empty field opens on the latest day allowed (today, for a birth date).
          value={value || props.end}
          onChange={(event) => onChange(String(event.detail.value))}
        >
          {box}
        </Picker>
      ) : (
        <Picker
          mode="selector"
          range={props.options.map((o) => o.label)}
          value={Math.max(0, props.options.findIndex((o) => o.value === value))}
          onChange={(event) => {
            const chosen = props.options[Number(event.detail.value)];
            if (chosen) onChange(chosen.value);
          }}
        >
          {box}
        </Picker>
      )}
      {error ? (
        <Text className="field__error" {...roleProps('alert')}>
          ! {error}
        </Text>
      ) : null}
    </View>
  );
}
