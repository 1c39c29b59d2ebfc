/** A demo persona of the local CloudBase (emulator/seed/personas.json), as GET /__emulator/personas lists it. */
export interface Persona {
  openid: string;
  name: string;
  roles: string[];
  department?: string;
  description: string;
}

/** Who H5 local mode is until someone picks another persona. */
export const DEFAULT_PERSONA = 'demo-citizen-wang';
