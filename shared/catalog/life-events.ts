/**
 * The life events the home page groups themes under. A theme names exactly one; the label is what a
 * 60-year-old sees on the home page tile.
 */
export const LIFE_EVENTS = {
  birth: { label: '生孩子', audience: 'person' },
  education: { label: '孩子上学', audience: 'person' },
  social_security: { label: '社保卡', audience: 'person' },
  disability: { label: '助残服务', audience: 'person' },
  retirement: { label: '退休', audience: 'person' },
  death: { label: '亲人身后事', audience: 'person' },
  start_business: { label: '开店办企业', audience: 'enterprise' },
  operate: { label: '经营用工', audience: 'enterprise' },
  change: { label: '企业变更', audience: 'enterprise' },
  credit: { label: '信用', audience: 'enterprise' },
  exit: { label: '破产退出', audience: 'enterprise' },
  // 2024 second batch
  marriage: { label: '结婚成家', audience: 'person' },
  housing: { label: '买房安家', audience: 'person' },
  hukou: { label: '迁户口', audience: 'person' },
  veteran: { label: '退役安置', audience: 'person' },
  listing: { label: '上市融资', audience: 'enterprise' },
  // 2025 first batch
  vehicle: { label: '买车换车', audience: 'person' },
} as const;

export type LifeEventId = keyof typeof LIFE_EVENTS;
export const LIFE_EVENT_IDS = Object.keys(LIFE_EVENTS) as [LifeEventId, ...LifeEventId[]];

export const AUDIENCES = ['person', 'enterprise'] as const;
export type Audience = (typeof AUDIENCES)[number];
