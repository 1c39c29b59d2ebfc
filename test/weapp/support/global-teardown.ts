export default async function globalTeardown(): Promise<void> {
  await globalThis.__weappLocalCloud?.close();
  globalThis.__weappLocalCloud = undefined;
}
