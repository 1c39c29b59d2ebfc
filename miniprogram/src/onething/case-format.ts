import type { OutputOf } from '@shared/contract';
import type { api } from '@/api';

export type CaseView = OutputOf<(typeof api.onething)['applications.get']>;
export type TaskView = CaseView['tasks'][number];

/** "2026-12-01" → "12月1日" */
export function formatDue(date: string): string {
  const [, month, day] = date.split('-');
  return `${Number(month)}月${Number(day)}日`;
}

/** The clock of one task in words: how long is left, overdue plainly, or why no clock runs. */
export function taskClock(task: Pick<TaskView, 'state' | 'dueOn' | 'countdown' | 'overdue' | 'clockPaused' | 'daysRemaining'>): string {
  if (task.state === 'approved' || task.state === 'rejected' || task.state === 'cancelled') return '';
  if (task.clockPaused) return `补正期间暂停计时（还剩 ${task.daysRemaining} 个工作日）`;
  if (task.state === 'waiting') return '等前面的事项办好后开始计时';
  if (!task.dueOn || task.countdown === null) return '';
  if (task.overdue || task.countdown < 0) return `已超期 ${Math.abs(task.countdown)} 个工作日（应在 ${formatDue(task.dueOn)} 前办结）`;
  if (task.countdown === 0) return `今天到期（${formatDue(task.dueOn)}）`;
  return `还剩 ${task.countdown} 个工作日，${formatDue(task.dueOn)} 前办结`;
}

/** Tasks grouped by department, in the order they first appear. */
export function byDepartment(tasks: readonly TaskView[]): { department: string; tasks: TaskView[] }[] {
  const groups = new Map<string, TaskView[]>();
  for (const task of tasks) groups.set(task.department.name, [...(groups.get(task.department.name) ?? []), task]);
  return [...groups].map(([department, list]) => ({ department, tasks: list }));
}
