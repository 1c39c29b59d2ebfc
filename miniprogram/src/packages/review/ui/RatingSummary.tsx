import { Text, View } from '@tarojs/components';
import type { RatingView } from '@shared/contracts/review';
import { Tag } from '@/components/Tag';
import { formatDateTime } from '@/help/format';
import './review.scss';

/** One rating's facts: the case, the stage, the level (in words), the indicators and the comment. */
export function RatingSummary({ rating }: { rating: RatingView }) {
  const details = rating.indicators.filter((indicator) => indicator.name !== 'overall');
  return (
    <>
      <View className="review-card__head">
        <Text className="review-card__title">{rating.case.itemName}</Text>
        <Tag text={rating.level.label} tone={rating.bad ? 'notice' : 'success'} />
      </View>
      <Text className="review-card__line">
        办件编号 {rating.case.number} · {rating.stage.label}环节 · {rating.channel.label} · {formatDateTime(rating.createdAt)}
      </Text>
      {rating.rater ? <Text className="review-card__line">评价人：{rating.rater}</Text> : null}
      {rating.served?.name ? <Text className="review-card__line">服务人员：{rating.served.name}</Text> : null}
      {details.length ? <Text className="review-card__line">{details.map((indicator) => `${indicator.label}：${indicator.level.label}`).join('；')}</Text> : null}
      {rating.comment ? <Text className="review-card__text">“{rating.comment}”</Text> : null}
      {rating.excluded ? <Text className="review-card__line">申诉成立，这条评价不计入统计（记录保留）。</Text> : null}
    </>
  );
}
