import { Text, View } from '@tarojs/components';
import type { RectificationView } from '@shared/contracts/review';
import { Tag } from '@/components/Tag';
import { formatDateTime } from '@/help/format';
import './review.scss';

/** Where a bad review's rectification stands: state, deadline, what the department did, the callbacks, the rater's verdict. */
export function RectificationProgress({ fix }: { fix: RectificationView }) {
  const lastCallback = fix.callbacks[fix.callbacks.length - 1];
  return (
    <View className="review-card__box">
      <View className="review-card__tags">
        <Tag text={fix.state.label} tone={fix.state.value === 'finished' ? 'success' : 'primary'} />
        {fix.overdue ? <Tag text="已超期" tone="notice" /> : null}
        {fix.reopenCount > 0 ? <Tag text="已重新整改" tone="notice" /> : null}
      </View>
      <Text className="review-card__line">
        {fix.department.name}，整改期限 {fix.dueDate}
      </Text>
      {fix.escalation ? <Text className="review-card__line">已上报管理员：{fix.escalation.label}</Text> : null}
      {fix.verification ? <Text className="review-card__line">{formatDateTime(fix.verification.at)} 已核实{fix.verification.note ? `：${fix.verification.note}` : ''}</Text> : null}
      {fix.handling ? (
        <Text className="review-card__text">
          {fix.handling.kind === 'rectify' ? '整改情况' : '解释说明'}：{fix.handling.text}
        </Text>
      ) : null}
      {lastCallback ? (
        <Text className="review-card__line">
          回访（{lastCallback.reached ? '已联系上' : '未联系上'}）：{lastCallback.note}
        </Text>
      ) : null}
      {fix.fixRating ? <Text className="review-card__line">评价人对整改结果：{fix.fixRating.label}</Text> : null}
    </View>
  );
}
