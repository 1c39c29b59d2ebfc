import { Text, View } from '@tarojs/components';
import type { FormField } from '@shared/catalog/schema';
import { Choice, ChoiceGroup as ChoiceList } from '../components/Choice';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { Field } from '../components/Field';

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
  const hint = field.type === 'date' ? `${field.help ? `${field.help} ` : ''}按“年-月-日”填写，例如 2026-03-08` : field.help;
  return (
    <Field
      id={id}
      label={field.unit ? `${label}（${field.unit}）` : label}
      hint={hint}
      placeholder={field.placeholder}
      type={field.type === 'number' ? 'digit' : field.type === 'phone' ? 'number' : 'text'}
      value={typeof value === 'string' ? value : ''}
      onChange={onChange}
      error={error}
      maxlength={field.type === 'textarea' ? 500 : 100}
    />
  );
}
