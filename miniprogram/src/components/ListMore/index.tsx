import { Text } from '@tarojs/components';
import { roleProps } from '@/platform/a11y';
import { ActionButton } from '@/components/ActionButton';
import './index.scss';

export interface ListMoreProps {
  shown: number;
  more: boolean;
  loading: boolean;
  onMore: () => void;
}

/** The foot of a paged list: 加载更多 while there is more, else says everything is shown — a list never just stops. */
export function ListMore({ shown, more, loading, onMore }: ListMoreProps) {
  if (more) return <ActionButton variant="secondary" label={loading ? '正在加载…' : `加载更多（已显示 ${shown} 条）`} onPress={() => !loading && onMore()} />;
  if (!shown) return null;
  return (
    <Text className="list-more__end" {...roleProps('status')}>
      已全部显示，共 {shown} 条
    </Text>
  );
}
