import { describeApi } from '../describe';

/** FNV-1a over a string, twice with different seeds: a stable 16-hex-digit digest with no platform crypto. */
function digest(text: string): string {
  const run = (seed: number) => {
    let hash = seed >>> 0;
    for (let i = 0; i < text.length; i += 1) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash.toString(16).padStart(8, '0');
  };
  return run(0x811c9dc5) + run(0x01000193);
}

/** A digest of the whole API as described in docs/API.md: any change to a name, role, input or output changes it. */
export function contractFingerprint(): string {
  return digest(JSON.stringify(describeApi()));
}
