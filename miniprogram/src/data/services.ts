/**
 * What the home page offers: the four capabilities. The 一件事 themes themselves come from the onething
 * function (themes.list), so the catalog in shared/ is the one place they are defined.
 */

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
