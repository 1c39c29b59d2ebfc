import type { SubItem } from './schema';

export interface ScheduledSubItem {
  id: string;
  /** Working days after acceptance at which this sub-item can start (its predecessors are done). */
  startDay: number;
  finishDay: number;
  /** The predecessors that are in this bundle (a predecessor left out of the bundle does not hold it up). */
  after: string[];
}

export interface Schedule {
  items: ScheduledSubItem[];
  /** Length of the longest serial chain: parallel steps overlap, serial ones add up. */
  totalDays: number;
}

/**
 * 并+串: sub-items run in parallel unless `after` puts one behind another. `days` picks which limit to lay
 * out (promised or legal). A dependency cycle is a lint error; here it is cut so the function always ends.
 */
export function scheduleSubItems(subItems: readonly SubItem[], days: (s: SubItem) => number = (s) => s.promisedDays): Schedule {
  const byId = new Map(subItems.map((s) => [s.id, s]));
  const finish = new Map<string, number>();
  const visiting = new Set<string>();

  function finishOf(item: SubItem): number {
    const known = finish.get(item.id);
    if (known !== undefined) return known;
    if (visiting.has(item.id)) return 0;
    visiting.add(item.id);
    const start = Math.max(0, ...item.after.filter((id) => byId.has(id)).map((id) => finishOf(byId.get(id)!)));
    visiting.delete(item.id);
    const end = start + days(item);
    finish.set(item.id, end);
    return end;
  }

  const items = subItems.map((item) => {
    const finishDay = finishOf(item);
    return { id: item.id, startDay: finishDay - days(item), finishDay, after: item.after.filter((id) => byId.has(id)) };
  });
  return { items, totalDays: Math.max(0, ...items.map((i) => i.finishDay)) };
}

/** Ids on a dependency cycle, if any (each cycle reported once, as the ids in order). */
export function dependencyCycles(subItems: readonly SubItem[]): string[][] {
  const byId = new Map(subItems.map((s) => [s.id, s]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const stack: string[] = [];

  function visit(id: string): void {
    state.set(id, 'visiting');
    stack.push(id);
    for (const next of byId.get(id)?.after ?? []) {
      if (!byId.has(next)) continue;
      if (state.get(next) === 'visiting') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  }

  for (const item of subItems) if (!state.has(item.id)) visit(item.id);
  return cycles;
}

/** Whether `item` (transitively) comes after `predecessor`. */
export function comesAfter(subItems: readonly SubItem[], item: string, predecessor: string): boolean {
  const byId = new Map(subItems.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const queue = [...(byId.get(item)?.after ?? [])];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === predecessor) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(byId.get(id)?.after ?? []));
  }
  return false;
}
