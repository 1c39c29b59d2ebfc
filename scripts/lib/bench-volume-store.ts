import type { BenchRow } from './bench-volume';

/** Not measured yet: see issue 14. */
export async function storeVolumeBench(rows: BenchRow[], _root: string): Promise<void> {
  rows.push(['volume: store', 'not measured yet', 'issue 14']);
}
