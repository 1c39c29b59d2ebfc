import { Text, View } from '@tarojs/components';
import type { FormField } from '@shared/catalog/schema';
import { beijingDate } from '@shared/calendar/working-days';
import { ANY_DATE, dateBounds } from '@shared/values/dates';
import { Choice, ChoiceGroup as ChoiceList } from '@/components/Choice';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { Field } from '@/components/Field';
import { PickerField } from '@/components/PickerField';

/** Beyond this many options a list of large buttons gets too long to scan: a picker wheel instead (民族: 56). */
const MOST_BUTTONS = 8;

export interface FormFieldInputProps {
  field: FormField;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
  error?: string;
}

/** One field of the one form, by its type; choices as large buttons, everything else typed. */
export function FormFieldInput({ field, value, onChange, error }: FormFieldInputProps) {
  const id = `form-${field.id}`;
  const label = field.required ? field.label : `${field.label}（可不填）`;
  if (field.type === 'date') {
    // The picker offers exactly the days the shared definition accepts (a newborn's: the past year up to today).
    const { min, max } = dateBounds(field.dateRange ?? ANY_DATE, beijingDate(new Date()));
    return (
      <PickerField id={id} mode="date" label={label} hint={field.help} start={min} end={max} value={typeof value === 'string' ? value : ''} onChange={onChange} error={error} />
    );
  }
  if (field.type === 'select' && (field.options?.length ?? 0) > MOST_BUTTONS) {
    return (
      <PickerField id={id} mode="selector" label={label} hint={field.help} options={field.options ?? []} value={typeof value === 'string' ? value : ''} onChange={onChange} error={error} />
    );
  }
  if (field.type === 'select' || field.type === 'multiSelect') {
    const options = field.options ?? [];
    const chosen = Array.isArray(value) ? value : value ? [value] : [];
    return (
      <View id={id} className="onething-form__choice">
        <Text className="onething-list__title">{label}</Text>
        {field.help ? <Text className="onething-list__note">{field.help}</Text> : null}
        {field.type === 'select' ? (
          <ChoiceGroup label={field.label} choices={options.map((o) => ({ value: o.value, label: o.label }))} value={chosen[0] ?? null} onChange={onChange} />
        ) : (
          <ChoiceList label={field.label}>
            {options.map((o) => (
              <Choice
                key={o.value}
                label={o.label}
                selected={chosen.includes(o.value)}
                onPress={() => onChange(chosen.includes(o.value) ? chosen.filter((v) => v !== o.value) : [...chosen, o.value])}
              />
            ))}
          </ChoiceList>
        )}
        {error ? <Text className="onething-field-error">! {error}</Text> : null}
      </View>
    );
  }
  return (
    <Field
      id={id}
      label={field.unit ? `${label}（${field.unit}）` : label}
      hint={field.help}
      placeholder={field.placeholder}
      type={field.type === 'number' ? 'digit' : field.type === 'phone' ? 'number' : 'text'}
      value={typeof value === 'string' ? value : ''}
      onChange={onChange}
      error={error}
      maxlength={field.type === 'textarea' ? 500 : 100}
    />
  );
}
