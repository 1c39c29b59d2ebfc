import { Text, View } from '@tarojs/components';
import { headingProps, roleProps } from '@/platform/a11y';
import './review.scss';

export interface Bar {
  key: string;
  label: string;
  /** 0–100, or null when there is nothing to show yet. */
  value: number | null;
  /** The figure written next to the bar (e.g. 好评率 97.5% · 40条). */
  text: string;
}

/**
 * A horizontal bar chart made of plain Views (no chart library: package size). Every bar has its words next to
 * it, and the bar itself carries a text alternative, so the chart reads the same without seeing it.
 */
export function BarChart({ title, bars, empty }: { title: string; bars: readonly Bar[]; empty: string }) {
  return (
    <View className="bar-chart">
      <Text className="bar-chart__title" {...headingProps(3)}>
        {title}
      </Text>
      {bars.length ? (
        <View className="bar-chart__rows" {...roleProps('list')} aria-label={title}>
          {bars.map((bar) => (
            <View key={bar.key} className="bar-chart__row" {...roleProps('listitem')}>
              <View className="bar-chart__labels">
                <Text className="bar-chart__label">{bar.label}</Text>
                <Text className="bar-chart__value">{bar.text}</Text>
              </View>
              <View className="bar-chart__track" {...roleProps('img')} aria-label={`${bar.label}：${bar.text}`}>
                <View className="bar-chart__fill" style={{ width: `${Math.max(0, Math.min(100, bar.value ?? 0))}%` }} />
              </View>
            </View>
          ))}
        </View>
      ) : (
        <Text className="review-empty">{empty}</Text>
      )}
    </View>
  );
}
