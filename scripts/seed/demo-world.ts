import type { Role } from '../../shared/roles';

export interface Persona {
  openid: string;
  name: string;
  roles: Role[];
  department?: string;
  description: string;
}

const SEEDED_AT = { $date: '2026-01-05T01:00:00.000Z' };

/** The demo enterprise and who represents it. */
export const DEMO_ENTERPRISE = {
  _id: '91440304MA5F3XKQ87',
  name: '深圳市福田区赵记餐饮有限公司',
  legalRepresentative: 'demo-enterprise-zhao',
};

export function demoUsers(personas: Persona[]) {
  return personas.map((persona) => ({
    _id: persona.openid,
    name: persona.name,
    roles: persona.roles,
    department: persona.department ?? null,
    enterprises:
      persona.openid === DEMO_ENTERPRISE.legalRepresentative
        ? [{ enterpriseId: DEMO_ENTERPRISE._id, name: DEMO_ENTERPRISE.name, relation: 'legal_representative' }]
        : [],
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  }));
}

export function demoEnterprises() {
  return [
    {
      _id: DEMO_ENTERPRISE._id,
      name: DEMO_ENTERPRISE.name,
      region: '440304',
      members: [{ openid: DEMO_ENTERPRISE.legalRepresentative, relation: 'legal_representative' }],
      createdAt: SEEDED_AT,
      updatedAt: SEEDED_AT,
    },
  ];
}
