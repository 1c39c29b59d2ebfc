import { Text, View } from '@tarojs/components';
import type { HelpRequestSummary } from '@shared/contracts/help-views';
import { pressableProps, roleProps } from '@/platform/a11y';
import { HelpSummaryCard } from '@/components/HelpSummaryCard';
import './index.scss';

export interface HelpRequestListProps {
  items: readonly HelpRequestSummary[];
  /** What the list is, for screen readers. */
  label: string;
  /** Shown when there is nothing. */
  empty: string;
  /** The words of the link on each card, e.g. 查看并接单. */
  more: string;
  onOpen: (item: HelpRequestSummary) => void;
  showContact?: boolean;
}

/** Help requests as tappable cards. */
export function HelpRequestList({ items, label, empty, more, onOpen, showContact }: HelpRequestListProps) {
  if (!items.length) {
    return (
      <View className="help-list__empty" {...roleProps('status')}>
        <Text>{empty}</Text>
      </View>
    );
  }
  return (
    <View className="help-list" {...roleProps('list')} aria-label={label}>
      {items.map((item) => (
        <View key={item.id} {...roleProps('listitem')}>
          <View className="help-list__row" hoverClass="help-list__row--pressed" {...pressableProps('link', () => onOpen(item))}>
            <HelpSummaryCard request={item} showContact={showContact} />
            <Text className="help-list__more">{more} ›</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
