import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEPARTMENTS } from '@shared/departments';
import { ROLES } from '@shared/roles';
import { isValidUscc } from '@shared/uscc';

const seedDir = path.resolve(__dirname, '../../emulator/seed');
const read = (file: string) => JSON.parse(readFileSync(path.join(seedDir, file), 'utf8'));

describe('the demo world', () => {
  const personas: { openid: string; name: string; roles: string[]; department?: string }[] = read('personas.json');
  const users: { _id: string; name: string; roles: string[]; department: string | null }[] = read('collections/users.json');

  it('has every persona the foundation promises', () => {
    const count = (role: string) => personas.filter((p) => p.roles.includes(role)).length;
    expect(count('citizen')).toBeGreaterThanOrEqual(3);
    expect(count('helper')).toBe(3);
    expect(count('coordinator')).toBeGreaterThanOrEqual(1);
    expect(count('admin')).toBeGreaterThanOrEqual(1);
    expect(new Set(personas.filter((p) => p.roles.includes('staff')).map((p) => p.department)).size).toBeGreaterThanOrEqual(5);
  });

  it('gives demo openids, known roles, and a department to every staff member', () => {
    for (const persona of personas) {
      expect(persona.openid).toMatch(/^demo-/);
      for (const role of persona.roles) expect(ROLES).toContain(role);
      if (persona.roles.includes('staff')) expect(Object.keys(DEPARTMENTS)).toContain(persona.department);
    }
  });

  it('seeds exactly one account per persona with the same roles (run scripts/gen-seed.ts after editing personas)', () => {
    expect(users.map((u) => ({ openid: u._id, name: u.name, roles: u.roles, department: u.department }))).toEqual(
      personas.map((p) => ({ openid: p.openid, name: p.name, roles: p.roles, department: p.department ?? null })),
    );
  });

  it('seeds the demo enterprise under a valid credit code', () => {
    const enterprises: { _id: string }[] = read('collections/enterprises.json');
    for (const enterprise of enterprises) expect(isValidUscc(enterprise._id)).toBe(true);
  });
});
