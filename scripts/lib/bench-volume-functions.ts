import type { BenchRow } from './bench-volume';
import { onethingVolumeBench } from './bench-volume-onething';

/** Not measured yet: see issue 14. */
export async function functionsVolumeBench(rows: BenchRow[], _root: string): Promise<void> {
  rows.push(['volume: functions', 'not measured yet', 'issue 14']);
  await onethingVolumeBench(rows, _root);
}
