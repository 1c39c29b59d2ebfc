import type { BenchRow } from './bench-volume';

/** Not measured yet: see issue 14. */
export async function functionsVolumeBench(rows: BenchRow[], _root: string): Promise<void> {
  rows.push(['volume: functions', 'not measured yet', 'issue 14']);
}
