import { DEFAULT_PERSONA, type Persona } from './personas';

export type { Persona } from './personas';

/**
 * H5 local mode: a demo persona stands in for the WeChat identity. The choice lives in localStorage; a
 * `?persona=<openid>` in the URL (query or hash query) on first load overrides it, so a link or a test
 * can open the app as anyone.
 */
const STORAGE_KEY = 'yiwangtongban.persona';
let urlApplied = false;

function personaFromUrl(): string | null {
  if (typeof window === 'undefined') return null;
  const { search, hash } = window.location;
  const hashQuery = hash.includes('?') ? hash.slice(hash.indexOf('?')) : '';
  for (const query of [search, hashQuery]) {
    const value = new URLSearchParams(query).get('persona');
    if (value) return value;
  }
  return null;
}

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null;
  }
}

export function currentPersonaOpenid(): string | null {
  if (!urlApplied) {
    urlApplied = true;
    const fromUrl = personaFromUrl();
    if (fromUrl) storage()?.setItem(STORAGE_KEY, fromUrl);
  }
  return storage()?.getItem(STORAGE_KEY) || DEFAULT_PERSONA;
}

export function setPersonaOpenid(openid: string): void {
  urlApplied = true;
  storage()?.setItem(STORAGE_KEY, openid);
}

/** The demo personas the local CloudBase was seeded with. */
export async function listPersonas(): Promise<Persona[]> {
  const response = await fetch('/__emulator/personas', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`personas: HTTP ${response.status}`);
  const body = (await response.json()) as unknown;
  const list = Array.isArray(body) ? body : (body as { personas?: unknown })?.personas;
  return Array.isArray(list) ? (list as Persona[]) : [];
}
