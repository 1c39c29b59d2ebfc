/** Indicator sets per channel (GB/T 39734-2020 / domain.md §2). Every indicator is rated on the five levels. */
export const CHANNELS = ['online', 'in_person', 'helper'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = { online: '网上办理', in_person: '窗口办理', helper: '帮办代办' };

export const INDICATORS = ['overall', 'efficiency', 'guide_accuracy', 'convenience', 'ease_of_use', 'service_level', 'attitude'] as const;
export type Indicator = (typeof INDICATORS)[number];

export const INDICATOR_LABELS: Record<Indicator, string> = {
  overall: '总体评价',
  efficiency: '办事效率',
  guide_accuracy: '办事指南准确性',
  convenience: '办理便捷程度',
  ease_of_use: '系统易用性',
  service_level: '服务水平',
  attitude: '服务态度',
};

export const INDICATORS_BY_CHANNEL: Record<Channel, readonly Indicator[]> = {
  online: ['overall', 'efficiency', 'guide_accuracy', 'convenience', 'ease_of_use'],
  in_person: ['overall', 'efficiency', 'service_level', 'attitude'],
  helper: ['overall', 'efficiency', 'service_level', 'attitude'],
};

/** Indicators given that do not belong to the channel (empty = fine). `overall` is the rating's level itself. */
export function foreignIndicators(channel: Channel, given: readonly string[]): string[] {
  const allowed = INDICATORS_BY_CHANNEL[channel];
  return given.filter((name) => !(allowed as readonly string[]).includes(name));
}
