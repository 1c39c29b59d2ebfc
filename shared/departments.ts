/** The departments of the demo city. A real deployment configures its own list; ids are stable keys. */
export const DEPARTMENTS = {
  govservice: '政务服务数据管理局',
  samr: '市场监督管理局',
  police: '公安局',
  hrss: '人力资源和社会保障局',
  nhsa: '医疗保障局',
  health: '卫生健康委员会',
  cdpf: '残疾人联合会',
  edu: '教育局',
  fire: '消防救援支队',
  urban: '城市管理和综合执法局',
  tax: '税务局',
  civil: '民政局',
  housing: '住房和城乡建设局',
  transport: '交通运输局',
  tobacco: '烟草专卖局',
  fund: '住房公积金管理中心',
} as const;
export type DepartmentId = keyof typeof DEPARTMENTS;

export function departmentName(id: string): string {
  return (DEPARTMENTS as Record<string, string>)[id] ?? id;
}

/**
 * The 综合窗口 (front window) that hands out the results of 一件事 cases (统一窗口出件): in this city, the
 * 政务服务数据管理局's hall. Its staff issue results; the departments only decide their own tasks.
 */
export const FRONT_WINDOW_DEPARTMENT: DepartmentId = 'govservice';
