import type { BenchRow } from './bench-volume';
import { reviewVolumeBench } from './bench-volume-review';

/** The functions at city volume (issue 14). Each part lives in its own file; see issue 14 for what is still to measure. */
export async function functionsVolumeBench(rows: BenchRow[], root: string): Promise<void> {
  await reviewVolumeBench(rows, root);
}
