import type { BenchRow } from './bench-volume';

/** Not measured yet: see issue 14. */
export async function pushVolumeBench(rows: BenchRow[], _root: string): Promise<void> {
  rows.push(['volume: push', 'not measured yet', 'issue 14']);
}
