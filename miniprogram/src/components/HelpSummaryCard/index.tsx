import { Text, View } from '@tarojs/components';
import type { HelpRequestSummary } from '@shared/contracts/help-views';
import { formatWindow } from '@/help/format';
import { Tag } from '@/components/Tag';
import './index.scss';

export interface HelpSummaryCardProps {
  request: HelpRequestSummary;
  /** Show who asked and where (helpers, coordinator); the requester knows. */
  showContact?: boolean;
}

function stateTone(request: HelpRequestSummary): 'neutral' | 'primary' | 'notice' | 'success' {
  if (request.escalation || request.overdue) return 'notice';
  if (request.state === 'completed') return 'success';
  if (request.state === 'cancelled' || request.state === 'terminated') return 'neutral';
  return 'primary';
}

/** The facts of a request in a few lines: kind, matter, time, place, state and any warning, all in words. */
export function HelpSummaryCard({ request, showContact }: HelpSummaryCardProps) {
  return (
    <View className="help-card">
      <View className="help-card__top">
        <Text className="help-card__kind">{request.kind.label}</Text>
        <Tag text={request.stateLabel} tone={stateTone(request)} />
      </View>
      <Text className="help-card__title">{request.about.title}</Text>
      <Text className="help-card__line">时间：{formatWindow(request.window)}</Text>
      <Text className="help-card__line">地点：{request.address ?? request.region.name}</Text>
      {showContact ? (
        <Text className="help-card__line">
          联系人：{request.contact.name} {request.contact.phone}
        </Text>
      ) : null}
      {request.specialNeeds.length ? (
        <Text className="help-card__line">特殊需求：{request.specialNeeds.map((n) => n.label).join('、')}</Text>
      ) : null}
      {request.escalation ? <Text className="help-card__warn">注意：{request.escalation.label}</Text> : null}
      {request.overdue ? <Text className="help-card__warn">注意：{request.overdue.label}</Text> : null}
      <Text className="help-card__number">编号 {request.number}</Text>
    </View>
  );
}
