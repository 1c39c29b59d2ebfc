import type { BenchRow } from './bench-volume';
import { onethingVolumeBench } from './bench-volume-onething';
import { reviewVolumeBench } from './bench-volume-review';

/** The functions at city volume (issue 14): 一件事 submit and concurrent citizens (P2, P3), the 好差评 dashboard. */
export async function functionsVolumeBench(rows: BenchRow[], root: string): Promise<void> {
  await onethingVolumeBench(rows, root);
  await reviewVolumeBench(rows, root);
}
