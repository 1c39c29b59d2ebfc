/** The request form's state, and how it becomes a requests.create input. */
import type { InputOf } from '@shared/contract';
import type { AuthorizationScope } from '@shared/help/authorization';
import type { ConsentMethod, HelpKind, Relation, SpecialNeed } from '@shared/help/kinds';
import { api } from '@/api';
import type { RegionRef } from '@/components/RegionPicker';
import { beijingDate, beijingInstant } from '@/help/format';

export type CreateInput = InputOf<(typeof api.help)['requests.create']>;

export const SLOTS = {
  am: { label: '上午 9:00–12:00', from: '09:00', to: '12:00' },
  pm: { label: '下午 14:00–17:00', from: '14:00', to: '17:00' },
} as const;
export type Slot = keyof typeof SLOTS;

export const DAYS_AHEAD = [1, 2, 3] as const;
export const VALID_DAYS = [7, 15, 30] as const;

export interface HelpForm {
  kind: HelpKind | null;
  aboutType: 'text' | 'case';
  aboutText: string;
  caseNumber: string;
  description: string;
  daysAhead: number;
  slot: Slot;
  region: RegionRef[];
  streetAddress: string;
  contactName: string;
  contactPhone: string;
  specialNeeds: SpecialNeed[];
  language: string;
  disabilityConsent: boolean;
  forOther: boolean;
  relation: Relation | null;
  otherName: string;
  otherPhone: string;
  consentMethod: ConsentMethod | null;
  consentConfirmed: boolean;
  matter: string;
  scope: AuthorizationScope[];
  validDays: number;
}

export const EMPTY_FORM: HelpForm = {
  kind: null,
  aboutType: 'text',
  aboutText: '',
  caseNumber: '',
  description: '',
  daysAhead: 1,
  slot: 'am',
  region: [],
  streetAddress: '',
  contactName: '',
  contactPhone: '',
  specialNeeds: [],
  language: '',
  disabilityConsent: false,
  forOther: false,
  relation: null,
  otherName: '',
  otherPhone: '',
  consentMethod: null,
  consentConfirmed: false,
  matter: '',
  scope: ['fill_forms', 'submit_materials'],
  validDays: 15,
};

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Problems the schema cannot word for a person (nothing chosen yet), keyed like the schema's paths. */
export function missingChoices(form: HelpForm): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (!form.kind) problems.push({ path: 'kind', message: '请选择您需要哪种帮助' });
  if (!form.region.length) problems.push({ path: 'regionCode', message: '请选择所在的区' });
  if (form.forOther && !form.relation) problems.push({ path: 'forSomeoneElse.relation', message: '请选择被帮办人和您的关系' });
  if (form.forOther && !form.consentMethod) problems.push({ path: 'forSomeoneElse.consent.method', message: '请选择对方是怎么同意的' });
  if (form.forOther && !form.consentConfirmed) problems.push({ path: 'forSomeoneElse.consent.confirmed', message: '请确认已征得对方本人（或监护人）同意' });
  return problems;
}

export function toInput(form: HelpForm, now: Date = new Date()): CreateInput {
  const day = beijingDate(form.daysAhead, now);
  const slot = SLOTS[form.slot];
  const trimmed = (s: string) => s.trim() || undefined;
  return {
    kind: form.kind ?? 'guidance',
    about: form.aboutType === 'case' ? { type: 'case', caseNumber: form.caseNumber.trim() } : { type: 'text', text: form.aboutText.trim() },
    description: trimmed(form.description),
    window: { from: beijingInstant(day, slot.from), to: beijingInstant(day, slot.to) },
    regionCode: form.region.length ? form.region[form.region.length - 1].code : '',
    streetAddress: trimmed(form.streetAddress),
    contact: { name: form.contactName.trim(), phone: form.contactPhone.trim() },
    specialNeeds: form.specialNeeds,
    language: form.specialNeeds.includes('language') ? trimmed(form.language) : undefined,
    disabilityConsent: form.specialNeeds.includes('disability') ? form.disabilityConsent : false,
    forSomeoneElse:
      form.forOther && form.relation && form.consentMethod
        ? {
            relation: form.relation,
            name: form.otherName.trim(),
            phone: form.otherPhone.trim(),
            consent: { method: form.consentMethod, confirmed: form.consentConfirmed as true },
          }
        : undefined,
    authorization:
      form.kind === 'proxy'
        ? { matter: form.matter.trim(), scope: form.scope, validUntil: beijingDate(form.validDays, now), materials: [] }
        : undefined,
  };
}
