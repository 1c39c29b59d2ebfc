import { cityConfig } from './config/city';
import { DEPARTMENT_IDS, type DepartmentId } from './department-ids';

export { DEPARTMENT_IDS, type DepartmentId };

/**
 * The departments of the city this build serves (cities/<id>.json → departments), id → name. The ids are the
 * stable keys the catalog routes to; names, addresses, phones and hours are the city's configuration.
 */
export const DEPARTMENTS: Readonly<Partial<Record<DepartmentId, string>>> = Object.fromEntries(cityConfig().departments.map((d) => [d.id, d.name]));

export function departmentName(id: string): string {
  return (DEPARTMENTS as Record<string, string>)[id] ?? id;
}

/**
 * The 综合窗口 (front window) that hands out the results of 一件事 cases (统一窗口出件), as the city configures
 * it. Its staff issue results; the departments only decide their own tasks.
 */
export const FRONT_WINDOW_DEPARTMENT: DepartmentId = cityConfig().frontWindowDepartment;
