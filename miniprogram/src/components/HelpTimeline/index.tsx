import { Text, View } from '@tarojs/components';
import type { HelpRequestDetail } from '@shared/contracts/help-views';
import { formatDateTime } from '@/help/format';
import { roleProps } from '@/platform/a11y';
import './index.scss';

export interface HelpTimelineProps {
  timeline: HelpRequestDetail['timeline'];
}

/** Every step of a help request, oldest first: what happened, who did it, when, and any note or reason. */
export function HelpTimeline({ timeline }: HelpTimelineProps) {
  return (
    <View className="help-timeline" {...roleProps('list')} aria-label="办理进度">
      {timeline.map((entry, index) => (
        <View key={`${entry.at}-${index}`} className="help-timeline__item" {...roleProps('listitem')}>
          <View className="help-timeline__dot" aria-hidden="true" />
          <View className="help-timeline__body">
            <Text className="help-timeline__label">{entry.label}</Text>
            <Text className="help-timeline__meta">
              {formatDateTime(entry.at)} · {entry.actor.roleLabel}
              {entry.actor.name ? ` ${entry.actor.name}` : ''}
            </Text>
            {entry.reason ? <Text className="help-timeline__note">原因：{entry.reason}</Text> : null}
            {entry.note ? <Text className="help-timeline__note">说明：{entry.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
