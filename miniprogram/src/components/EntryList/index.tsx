import { Text, View } from '@tarojs/components';
import { pressableProps, roleProps } from '@/platform/a11y';
import { Tag, type TagProps } from '@/components/Tag';
import './index.scss';

export interface Entry {
  key: string;
  title: string;
  description?: string;
  /** e.g. 即将开通 */
  tag?: TagProps;
  onPress: () => void;
}

export interface EntryListProps {
  entries: readonly Entry[];
  /** What the list is, for screen readers (e.g. 个人办事). */
  label?: string;
}

/** A card of tappable rows, each leading somewhere. */
export function EntryList({ entries, label }: EntryListProps) {
  return (
    <View className="entry-list" {...roleProps('list')} {...(label ? { 'aria-label': label } : {})}>
      {entries.map((entry) => (
        <View className="entry-list__item" key={entry.key} {...roleProps('listitem')}>
          <View
            className="entry-list__row"
            hoverClass="entry-list__row--pressed"
            {...pressableProps('link', entry.onPress)}
          >
            <View className="entry-list__text">
              <Text className="entry-list__title">{entry.title}</Text>
              {entry.description ? <Text className="entry-list__description">{entry.description}</Text> : null}
            </View>
            {entry.tag ? <Tag {...entry.tag} /> : null}
            <Text className="entry-list__chevron" aria-hidden="true">
              ›
            </Text>
          </View>
        </View>
      ))}
    </View>
  );
}
