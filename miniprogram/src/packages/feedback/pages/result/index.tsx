import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import { formatDay } from '@/format';
import { roleProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';
import '@/packages/feedback/pages/shared.scss';

function param(value: string | undefined): string {
  if (!value) return '';
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** After submitting: the ticket number to quote and the date the answer is due. */
export default function FeedbackResultPage() {
  const { params } = useRouter();
  const number = param(params.number);
  const due = param(params.due);
  const department = param(params.department);
  return (
    <PageShell title="已收到您的投诉建议" feedback={false}>
      <View className="fb-card fb-card--success" {...roleProps('status')}>
        <Text className="fb-card__label">受理编号</Text>
        <Text className="fb-card__number">{number}</Text>
        <Text className="fb-card__line">已转给：{department}</Text>
        <Text className="fb-card__line">最晚 {formatDay(due)} 前答复您（按工作日计算）。</Text>
      </View>
      <Text className="fb-card__line">请记下受理编号，打电话询问时报这个编号就行。</Text>
      <ActionButton label="查看我的投诉建议" onPress={() => openPage(ROUTES.feedbackMine)} />
      <ActionButton variant="secondary" label="回到首页" onPress={() => openPage(ROUTES.home)} />
    </PageShell>
  );
}
