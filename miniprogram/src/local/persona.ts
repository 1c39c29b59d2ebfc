/**
 * Demo personas exist only in H5 local mode (persona.h5.ts). In WeChat the identity is the real user's
 * OPENID, attached by the platform: these functions do nothing.
 */
import type { Persona } from './personas';

export type { Persona } from './personas';

export function currentPersonaOpenid(): string | null {
  return null;
}

export function setPersonaOpenid(_openid: string): void {}

export async function listPersonas(): Promise<Persona[]> {
  return [];
}
