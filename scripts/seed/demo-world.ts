import { idCheckCharacter } from '../../shared/idcard';
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

/** A valid (check character included) but fictitious ID number for a demo person. */
function demoIdNumber(first17: string): string {
  return `${first17}${idCheckCharacter(first17)}`;
}

const WEEKDAYS = [1, 2, 3, 4, 5];

/**
 * The three demo helpers, verified by the demo coordinator: 陈 (帮办 + 代办, 福田区), 刘 (上门 for the elderly and
 * people with limited mobility, 福田区), 周 (帮办 + 代办, 南山区).
 */
export function demoHelpers() {
  const base = {
    languages: [] as string[],
    status: 'verified',
    statusReason: null,
    verifiedAt: SEEDED_AT,
    verifiedBy: 'demo-coordinator',
    suspendedAt: null,
    history: [{ at: SEEDED_AT, byOpenid: 'demo-coordinator', decision: 'verify', reason: '演示数据：已核验身份' }],
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
  return [
    {
      _id: 'demo-helper-chen',
      identity: { realName: '陈帮办', idNumber: demoIdNumber('44030419880512103'), phone: '13800000101' },
      team: 'service_center',
      organisation: '福田区政务服务中心',
      skills: ['guidance', 'proxy'],
      supports: ['elderly'],
      serviceAreas: ['440304'],
      availability: { weekdays: WEEKDAYS, from: '09:00', to: '18:00', note: null },
      ...base,
    },
    {
      _id: 'demo-helper-liu',
      identity: { realName: '刘帮办', idNumber: demoIdNumber('44030419750823204'), phone: '13800000102' },
      team: 'grid_worker',
      organisation: '福田区南园街道网格站',
      skills: ['home_visit'],
      supports: ['elderly', 'mobility'],
      serviceAreas: ['440304'],
      availability: { weekdays: [1, 2, 3, 4, 5, 6], from: '08:30', to: '20:00', note: '周六上午也可上门' },
      ...base,
    },
    {
      _id: 'demo-helper-zhou',
      identity: { realName: '周帮办', idNumber: demoIdNumber('44030519900316305'), phone: '13800000103' },
      team: 'service_center',
      organisation: '南山区政务服务中心（企业开办专区）',
      skills: ['guidance', 'proxy'],
      supports: [],
      serviceAreas: ['440305'],
      availability: { weekdays: WEEKDAYS, from: '09:00', to: '17:30', note: null },
      ...base,
    },
  ];
}
