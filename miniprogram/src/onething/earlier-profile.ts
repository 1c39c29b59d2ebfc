/**
 * Prefill from earlier cases: what the person typed into the form of their latest 一件事 case, by profile path
 * (person.idNumber, person.phone …), so a second application does not ask again. Choices are left out: the
 * case shows their labels, not their values.
 */
import { catalog } from '@shared/catalog';
import type { ProfilePath } from '@shared/catalog/profile-fields';
import { api, call } from '@/api';

export type Profile = Partial<Record<ProfilePath, string>> & { fromCase?: string };

export async function profileFromLatestCase(): Promise<Profile> {
  const { items } = await call(api.onething['applications.listMine'], { filter: 'all' });
  const latest = items[0];
  if (!latest) return {};
  const view = await call(api.onething['applications.get'], { caseId: latest.id });
  const theme = catalog.get(view.theme.id, view.theme.city ? { city: view.theme.city.code } : {});
  const fields = theme?.form.sections.flatMap((s) => s.fields) ?? [];
  const profile: Profile = { fromCase: view.number };
  for (const entry of view.form) {
    const field = fields.find((f) => f.id === entry.id);
    if (!field?.prefillFrom || field.type === 'select' || field.type === 'multiSelect' || profile[field.prefillFrom]) continue;
    profile[field.prefillFrom] = entry.value;
  }
  return profile;
}
