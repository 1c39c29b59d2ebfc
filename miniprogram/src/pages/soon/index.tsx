import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import { HOTLINE } from '@/config';
import { goBack } from '@/routes';
import './index.scss';

function param(value: string | undefined, fallback: string): string {
  if (!value) return fallback;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A feature a later release brings: say so plainly and tell the person what they can do today. */
export default function ComingSoonPage() {
  const { params } = useRouter();
  const title = param(params.title, '这项服务');
  const note = param(params.note, '这项服务正在准备中，开通后就能在这里办理。');

  return (
    <PageShell title={title} subtitle="即将开通">
      <View className="soon-card">
        <View className="soon-card__badge" aria-hidden="true">
          <Text>建设中</Text>
        </View>
        <Text className="soon-card__text">{note}</Text>
      </View>
      <View className="soon-card soon-card--plain">
        <Text className="soon-card__heading">现在要办，可以：</Text>
        <Text className="soon-card__item">· 拨打 {HOTLINE} 政务服务热线咨询</Text>
        <Text className="soon-card__item">· 到就近的政务服务中心综合窗口办理</Text>
      </View>
      <ActionButton label="返回" variant="secondary" onPress={goBack} />
    </PageShell>
  );
}
