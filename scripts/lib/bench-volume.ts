/**
 * `npm run bench -- --volume`: city volume (issue 14), each figure a ratio with both measurements.
 * - the local CloudBase's store at 100,000 documents (scripts/lib/bench-volume-store.ts)
 * - the functions under load: submit vs bare add(), concurrent citizens, the dashboard, push rate
 *   (scripts/lib/bench-volume-functions.ts, scripts/lib/bench-volume-push.ts)
 */
import { storeVolumeBench } from './bench-volume-store';
import { functionsVolumeBench } from './bench-volume-functions';
import { pushVolumeBench } from './bench-volume-push';

export type BenchRow = [label: string, value: string, note: string];

export async function volumeBench(rows: BenchRow[], root: string): Promise<void> {
  await storeVolumeBench(rows, root);
  await functionsVolumeBench(rows, root);
  await pushVolumeBench(rows, root);
}
