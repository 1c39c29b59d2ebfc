/**
 * The one form (一表申请) for a theme given the answers: which sections and fields it shows, and checking what
 * was typed. Read from the shared catalog — the same definition the backend checks the submit against.
 */
import { catalog, evaluate } from '@shared/catalog';
import { validateFormValues } from '@shared/catalog/form-values';
import type { ProfilePath } from '@shared/catalog/profile-fields';
import type { FormField } from '@shared/catalog/schema';
import { cityConfig } from '@shared/config/city';
import type { FieldIssue } from '@shared/errors';
import type { DeliveryOption } from '@shared/catalog/schema';
import { DELIVERY_LABELS } from '@shared/catalog/schema';
import type { FormValues } from './drafts';
import type { GuideAnswers } from './guide';

export interface FormSectionView {
  id: string;
  title: string;
  fields: FormField[];
}

export interface FormDefinition {
  sections: FormSectionView[];
  fields: FormField[];
  delivery: { id: DeliveryOption; label: string }[];
}

export function formDefinition(themeId: string, answers: GuideAnswers): FormDefinition | null {
  const theme = catalog.get(themeId, { city: cityConfig().regionCode });
  if (!theme) return null;
  const evaluation = evaluate(theme, answers);
  return {
    sections: evaluation.formSections.map((s) => ({ id: s.id, title: s.title, fields: s.fields })),
    fields: evaluation.formFields,
    delivery: theme.delivery.map((id) => ({ id, label: DELIVERY_LABELS[id] })),
  };
}

/**
 * Typed text → the values the backend expects: numbers as numbers, empty optional fields left out, and an
 * empty required field sent as '' so its message says what to fill in ("请填写…").
 */
export function formInput(fields: readonly FormField[], values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.id];
    const empty = value === undefined || value === '' || (Array.isArray(value) && !value.length);
    if (empty) {
      if (field.required && field.type !== 'number' && field.type !== 'multiSelect') input[field.id] = '';
      continue;
    }
    input[field.id] = field.type === 'number' && typeof value === 'string' ? Number(value) : value;
  }
  return input;
}

/**
 * The form values with the profile filled in where nothing was typed yet: the person's name (who they are)
 * and what an earlier case holds for the same profile path.
 */
export function prefilled(fields: readonly FormField[], values: FormValues, profile: Partial<Record<ProfilePath, string>>): FormValues {
  const filled: FormValues = { ...values };
  for (const field of fields) {
    const known = field.prefillFrom ? profile[field.prefillFrom] : undefined;
    if (known && filled[field.id] === undefined && field.type !== 'select' && field.type !== 'multiSelect') filled[field.id] = known;
  }
  return filled;
}

export function formIssues(fields: readonly FormField[], values: FormValues): FieldIssue[] {
  return validateFormValues(fields, formInput(fields, values));
}
