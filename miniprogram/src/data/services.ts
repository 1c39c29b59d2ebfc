/**
 * What the home page offers. The four capabilities, and the national first batch of
 * "高效办成一件事" (国办发〔2024〕, 13 items; domain.md §1). Static for now: a later release loads the
 * themes, their guides and this city's extra items from the onething function.
 */

export type Audience = 'personal' | 'enterprise';

export interface OneThingItem {
  /** Stable key, later the theme id. */
  key: string;
  name: string;
  /** One line in plain words: what gets done together. */
  summary: string;
  audience: Audience;
}

export const ONE_THING_FIRST_BATCH: readonly OneThingItem[] = [
  { key: 'newborn', name: '新生儿出生', summary: '出生证明、落户口、医保、社保卡一次办', audience: 'personal' },
  { key: 'school-entry', name: '教育入学', summary: '孩子上小学、初中报名一次办', audience: 'personal' },
  { key: 'social-security-card', name: '社会保障卡居民服务', summary: '社保卡申领、补换和相关服务', audience: 'personal' },
  { key: 'disability', name: '残疾人服务', summary: '办残疾人证，同时申请生活和护理补贴', audience: 'personal' },
  { key: 'retirement', name: '退休', summary: '领养老金、医保退休、提取公积金一次办', audience: 'personal' },
  { key: 'after-death', name: '身后', summary: '家人去世后，户口注销、丧葬补助、社保停发等一次办', audience: 'personal' },
  { key: 'enterprise-change', name: '企业信息变更', summary: '改名称、地址等信息，各部门同步变更', audience: 'enterprise' },
  { key: 'open-restaurant', name: '开办餐饮店', summary: '营业执照、食品经营许可、招牌、消防一次办', audience: 'enterprise' },
  { key: 'open-transport', name: '开办运输企业', summary: '营业执照和道路运输经营许可一次办', audience: 'enterprise' },
  { key: 'hire-employee', name: '员工录用', summary: '录用登记、参加社保和医保一次办', audience: 'enterprise' },
  { key: 'bankruptcy-check', name: '企业破产信息核查', summary: '破产管理人一次查清企业财产信息', audience: 'enterprise' },
  { key: 'credit-repair', name: '信用修复', summary: '行政处罚等信用记录修复一次申请', audience: 'enterprise' },
  { key: 'utilities', name: '水电气网联合报装', summary: '用水、用电、燃气、网络一次报装', audience: 'enterprise' },
];

export const AUDIENCE_LABELS: Record<Audience, string> = {
  personal: '个人办事',
  enterprise: '企业办事',
};

export type CapabilityKey = 'onething' | 'help' | 'policy' | 'review';

export interface Capability {
  key: CapabilityKey;
  name: string;
  /** One character drawn in the tile's icon: no image files. */
  glyph: string;
  summary: string;
  accent: 'blue' | 'teal' | 'amber' | 'green';
}

export const CAPABILITIES: readonly Capability[] = [
  { key: 'onething', name: '一件事一次办', glyph: '办', summary: '生孩子、上学、退休等，相关事项合起来一次办', accent: 'blue' },
  { key: 'help', name: '帮办代办', glyph: '帮', summary: '不会办、不方便跑，请工作人员帮您办、上门办', accent: 'teal' },
  { key: 'policy', name: '惠企政策', glyph: '惠', summary: '企业能享受的补贴和优惠，符合条件主动告诉您', accent: 'amber' },
  { key: 'review', name: '好差评', glyph: '评', summary: '评价办事体验，提投诉和建议', accent: 'green' },
];

/** Items whose name or summary contains the words typed (spaces split words; all must match). */
export function searchOneThing(query: string, items: readonly OneThingItem[] = ONE_THING_FIRST_BATCH): OneThingItem[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return [...items];
  return items.filter((item) => words.every((word) => item.name.includes(word) || item.summary.includes(word)));
}
