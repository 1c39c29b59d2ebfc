import type { FieldError } from '@/components/ErrorSummary';
import type { OnethingDraft } from './drafts';
import { formIssues, type FormDefinition } from './form-definition';
import type { Material } from './MaterialCard';
import { materialsInput, missingMessage } from './supplies';

/** What is wrong before going on to the check page: form fields, materials, delivery. */
export function draftProblems(fields: FormDefinition | null, materials: readonly Material[], draft: OnethingDraft): FieldError[] {
  const problems: FieldError[] = [];
  if (fields) for (const issue of formIssues(fields.fields, draft.form)) problems.push({ field: `form-${issue.path.split('.')[0]}`, message: issue.message });
  for (const material of materialsInput(materials, draft).missing) problems.push({ field: `material-${material.id}`, message: missingMessage(material) });
  const delivery = draft.delivery;
  if (!delivery) problems.push({ field: 'delivery', message: '请选择办好后怎么拿' });
  else if (delivery.method === 'ems' && (!delivery.address.recipient.trim() || !/^1[3-9]\d{9}$/.test(delivery.address.phone) || delivery.address.address.trim().length < 5)) {
    problems.push({ field: 'delivery', message: '请填写完整的收件人、11 位手机号码和详细地址' });
  }
  return problems;
}

