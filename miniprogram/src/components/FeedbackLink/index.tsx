import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { pressableProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';
import './index.scss';

/** The page the person is on, e.g. `pages/me/index` (so a complaint says where it happened). */
function currentRoute(): string {
  const path = Taro.getCurrentInstance().router?.path ?? '';
  return path.split('?')[0].replace(/^\//, '');
}

/** 投诉建议 from any page: a small footer link that carries the current page along. */
export function FeedbackLink() {
  return (
    <View className="feedback-link">
      <Text className="feedback-link__hint">遇到问题、有好建议？</Text>
      <View
        className="feedback-link__action"
        hoverClass="feedback-link__action--pressed"
        {...pressableProps('link', () => openPage(ROUTES.feedbackNew, { page: currentRoute() }))}
      >
        投诉建议
      </View>
    </View>
  );
}
